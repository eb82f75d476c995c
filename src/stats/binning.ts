import { psi } from './divergence.js';
import { sortedValues, type SampleInput } from './sample.js';
import { assertFinite, invalid } from './validate.js';

/**
 * How modelgate cuts bins from raw data (used by psiFromSamples, FixedBinHistogram and the drift checks):
 *
 * 1. Cut points are the reference quantiles at j/B, j = 1..B−1, for B requested bins, by the inverse of
 *    the empirical cdf (NumPy's 'inverted_cdf', Hyndman–Fan type 1): with the reference sorted as
 *    r₀ ≤ … ≤ r_{N−1}, c_j = r_{⌈N·j/B⌉−1}, the smallest value whose ECDF reaches j/B. Cut points are
 *    therefore observed values, never interpolated into a gap of the data.
 * 2. Duplicate cut points (ties in the reference, e.g. a feature that is 0 for 60% of rows) are merged,
 *    and a cut equal to the reference maximum is dropped, so such a feature gets fewer, wider bins and no
 *    bin is empty in the reference. A constant reference has no cut point: a single bin, so its PSI is 0
 *    whatever the live data holds; pair PSI with a range check or ks2samp for such features.
 * 3. Bins are closed on the right: bin 0 is (−∞, c₁], bin i is (cᵢ, cᵢ₊₁], the last is (c_last, +∞). A value
 *    equal to a cut point falls in the bin below it, so a mass of ties at a cut stays in one bin.
 * 4. The end bins are open: values below the reference minimum land in bin 0, values above its maximum
 *    in the last bin. NaN and ±Infinity are refused.
 * QuantileSketch.cuts applies the same rule to the sketch's approximate quantiles.
 */
export function quantileCuts(reference: SampleInput, bins = 10): Float64Array {
  const fn = 'quantileCuts';
  checkBins(fn, bins);
  return cutsFromSorted(sortedValues(fn, 'reference', reference), bins);
}

function checkBins(fn: string, bins: number): void {
  if (!Number.isInteger(bins) || bins < 2) throw invalid(fn, `bins is ${bins} (expected an integer ≥ 2)`);
}

function cutsFromSorted(r: Float64Array, bins: number): Float64Array {
  const n = r.length;
  const max = r[n - 1];
  const cuts: number[] = [];
  for (let j = 1; j < bins; j++) {
    const c = r[Math.max(0, Math.ceil((n * j) / bins) - 1)];
    if (c < max && (cuts.length === 0 || c > cuts[cuts.length - 1])) cuts.push(c);
  }
  return Float64Array.from(cuts);
}

/** Type-7 (linear, NumPy's default) quantile of sorted values, q in [0, 1]. Not used for cut points. */
export function quantileSorted(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Checks that cut points are finite and strictly increasing. */
export function assertCuts(fn: string, cuts: ArrayLike<number>): void {
  assertFinite(fn, 'cuts', cuts);
  for (let i = 1; i < cuts.length; i++) {
    if (!(cuts[i] > cuts[i - 1])) {
      throw invalid(
        fn,
        `cuts[${i}] = ${cuts[i]} is not above cuts[${i - 1}] = ${cuts[i - 1]} (cut points must increase strictly)`,
      );
    }
  }
}

/** Index of the right-closed bin holding v: the number of cut points strictly below v. */
export function binIndex(cuts: ArrayLike<number>, v: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cuts[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Counts of values per bin (cuts.length + 1 bins, rule above). */
export function binCounts(values: ArrayLike<number>, cuts: ArrayLike<number>): Float64Array {
  const fn = 'binCounts';
  assertCuts(fn, cuts);
  const counts = new Float64Array(cuts.length + 1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) throw invalid(fn, `values[${i}] is ${v} (every value must be a finite number)`);
    counts[binIndex(cuts, v)]++;
  }
  return counts;
}

export interface BinnedPsi {
  value: number;
  cuts: Float64Array;
  /** Reference proportion per bin. */
  expected: Float64Array;
  /** Live proportion per bin. */
  actual: Float64Array;
}

/** PSI between a reference and a live sample, bins cut at reference quantiles (rule above). */
export function psiFromSamples(
  reference: SampleInput,
  actual: ArrayLike<number>,
  options: { bins?: number; epsilon?: number } = {},
): BinnedPsi {
  const fn = 'psiFromSamples';
  const bins = options.bins ?? 10;
  checkBins(fn, bins);
  const ref = sortedValues(fn, 'reference', reference);
  const cuts = cutsFromSorted(ref, bins);
  if (actual.length === 0) throw invalid(fn, 'actual is empty (at least one value needed)');
  const e = binCounts(ref, cuts);
  const a = binCounts(actual, cuts);
  for (let i = 0; i < e.length; i++) {
    e[i] /= ref.length;
    a[i] /= actual.length;
  }
  return { value: psi(e, a, { epsilon: options.epsilon }), cuts, expected: e, actual: a };
}
