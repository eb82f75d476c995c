import { finiteSample } from './validate.js';

/**
 * A validated (finite, non-empty) sample sorted ascending, reusable across tests without re-sorting:
 * a drift check sorts its reference window once and compares many live windows against it.
 */
export class SortedSample {
  readonly values: Float64Array;
  private constructor(values: Float64Array) {
    this.values = values;
  }

  /** Copies, validates (NaN/±Infinity refused with the index) and sorts. The input is not modified. */
  static from(values: ArrayLike<number>, name = 'sample'): SortedSample {
    const copy = finiteSample('sortedSample', name, values);
    copy.sort();
    return new SortedSample(copy);
  }

  get length(): number {
    return this.values.length;
  }
}

export type SampleInput = ArrayLike<number> | SortedSample;

/** The sorted values of a sample (a fresh sorted copy unless it is already a SortedSample). */
export function sortedValues(fn: string, name: string, input: SampleInput, minLength = 1): Float64Array {
  if (input instanceof SortedSample) {
    if (input.length < minLength) finiteSample(fn, name, input.values, minLength); // throws the usual message
    return input.values;
  }
  const copy = finiteSample(fn, name, input, minLength);
  copy.sort();
  return copy;
}
