import { assertCuts, binIndex } from './binning.js';
import { invalid } from './validate.js';
import { ModelgateError } from '../errors.js';

export interface HistogramJSON {
  cuts: number[];
  counts: number[];
}

/**
 * Counts per bin over fixed cut points (right-closed bins, open end bins: see binning.ts), filled in
 * chunks and merged across chunks, workers or days. Memory is O(bins) whatever the number of rows.
 */
export class FixedBinHistogram {
  readonly cuts: Float64Array;
  readonly counts: Float64Array;
  private n = 0;

  constructor(cuts: ArrayLike<number>) {
    assertCuts('FixedBinHistogram', cuts);
    this.cuts = Float64Array.from(cuts);
    this.counts = new Float64Array(this.cuts.length + 1);
  }

  get total(): number {
    return this.n;
  }

  add(v: number): void {
    if (!Number.isFinite(v))
      throw invalid('FixedBinHistogram.add', `value is ${v} (expected a finite number)`);
    this.counts[binIndex(this.cuts, v)]++;
    this.n++;
  }

  /** Adds every value; on a NaN/±Infinity nothing of this chunk is kept and the index is named. */
  addAll(values: ArrayLike<number>): void {
    const add = new Float64Array(this.counts.length);
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (!Number.isFinite(v))
        throw invalid('FixedBinHistogram.addAll', `values[${i}] is ${v} (expected a finite number)`);
      add[binIndex(this.cuts, v)]++;
    }
    for (let i = 0; i < add.length; i++) this.counts[i] += add[i];
    this.n += values.length;
  }

  /** Adds another histogram's counts; both must have identical cut points. */
  merge(other: FixedBinHistogram): this {
    if (other.cuts.length !== this.cuts.length || other.cuts.some((c, i) => c !== this.cuts[i])) {
      throw new ModelgateError(
        'stats_invalid_input',
        'FixedBinHistogram.merge: the histograms have different cut points',
      );
    }
    for (let i = 0; i < this.counts.length; i++) this.counts[i] += other.counts[i];
    this.n += other.n;
    return this;
  }

  /** Proportion per bin (throws on an empty histogram). */
  proportions(): Float64Array {
    if (this.n === 0) throw invalid('FixedBinHistogram.proportions', 'the histogram is empty');
    return this.counts.map((c) => c / this.n);
  }

  toJSON(): HistogramJSON {
    return { cuts: Array.from(this.cuts), counts: Array.from(this.counts) };
  }

  static fromJSON(json: HistogramJSON): FixedBinHistogram {
    const h = new FixedBinHistogram(json.cuts);
    if (!Array.isArray(json.counts) || json.counts.length !== h.counts.length) {
      throw invalid('FixedBinHistogram.fromJSON', `counts must have ${h.counts.length} entries (cuts + 1)`);
    }
    json.counts.forEach((c, i) => {
      if (!(Number.isFinite(c) && c >= 0))
        throw invalid('FixedBinHistogram.fromJSON', `counts[${i}] is ${c} (expected a count ≥ 0)`);
      h.counts[i] = c;
      h.n += c;
    });
    return h;
  }
}
