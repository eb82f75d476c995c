import { ModelgateError } from '../errors.js';

/** Error code for every input the stats module refuses (NaN, ±Infinity, empty samples, bad tables). */
export const INVALID_INPUT = 'stats_invalid_input';
/** Error code where SciPy would answer NaN because the quantity is undefined for these inputs. */
export const UNDEFINED_RESULT = 'stats_undefined';
/** Error code for an exact computation that would take too long or overflow; the message names the alternative. */
export const TOO_LARGE = 'stats_too_large';

export type Alternative = 'two-sided' | 'less' | 'greater';

export function invalid(fn: string, message: string): ModelgateError {
  return new ModelgateError(INVALID_INPUT, `${fn}: ${message}`);
}

export function undefinedResult(fn: string, message: string): ModelgateError {
  return new ModelgateError(UNDEFINED_RESULT, `${fn}: ${message}`);
}

/**
 * Copies a sample into a fresh Float64Array, refusing NaN and ±Infinity with the argument name and index.
 * The caller owns the copy (it may sort it in place); the input is never modified.
 */
export function finiteSample(
  fn: string,
  name: string,
  values: ArrayLike<number>,
  minLength = 1,
): Float64Array {
  const n = values.length;
  if (n < minLength) {
    throw invalid(
      fn,
      n === 0
        ? `${name} is empty (SciPy returns NaN here; at least ${minLength} value${minLength === 1 ? '' : 's'} needed)`
        : `${name} has ${n} value(s); at least ${minLength} needed`,
    );
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw invalid(fn, `${name}[${i}] is ${describe(v)} (every value must be a finite number)`);
    }
    out[i] = v;
  }
  return out;
}

/** Checks a sample in place (no copy) for NaN and ±Infinity. */
export function assertFinite(fn: string, name: string, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw invalid(fn, `${name}[${i}] is ${describe(v)} (every value must be a finite number)`);
    }
  }
}

export function finiteNumber(fn: string, name: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw invalid(fn, `${name} is ${describe(v)} (expected a finite number)`);
  }
  return v;
}

export function nonNegativeInteger(fn: string, name: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
    throw invalid(fn, `${name} is ${describe(v)} (expected a non-negative integer)`);
  }
  return v;
}

export function probability(fn: string, name: string, v: unknown, { open = false } = {}): number {
  const p = finiteNumber(fn, name, v);
  if (open ? !(p > 0 && p < 1) : !(p >= 0 && p <= 1)) {
    throw invalid(
      fn,
      `${name} is ${p} (expected a probability ${open ? 'strictly between 0 and 1' : 'in [0, 1]'})`,
    );
  }
  return p;
}

export function alternativeOf(fn: string, v: unknown): Alternative {
  if (v === undefined) return 'two-sided';
  if (v === 'two-sided' || v === 'less' || v === 'greater') return v;
  throw invalid(fn, `alternative is ${describe(v)} (expected 'two-sided', 'less' or 'greater')`);
}

export function oneOf<T extends string>(
  fn: string,
  name: string,
  v: unknown,
  allowed: readonly T[],
  dflt: T,
): T {
  if (v === undefined) return dflt;
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  throw invalid(fn, `${name} is ${describe(v)} (expected one of ${allowed.map((a) => `'${a}'`).join(', ')})`);
}

export function describe(v: unknown): string {
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'NaN';
    if (v === Infinity) return 'Infinity';
    if (v === -Infinity) return '-Infinity';
    return String(v);
  }
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null) return 'null';
  if (v === undefined) return 'missing';
  return typeof v;
}
