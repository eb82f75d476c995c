import { sortedValues, SortedSample, type SampleInput } from './sample.js';
import { finiteSample, invalid } from './validate.js';

export interface WassersteinOptions {
  /** Non-negative weights of u's values (same length), as SciPy `u_weights`. */
  uWeights?: ArrayLike<number>;
  vWeights?: ArrayLike<number>;
}

/** Values sorted ascending with their cumulative weights (cum[0] = 0, cum[i+1] = weight of the i smallest). */
function weighted(fn: string, name: string, values: SampleInput, weights: ArrayLike<number> | undefined) {
  if (weights === undefined) {
    const sorted = sortedValues(fn, name, values);
    return { sorted, cum: null as Float64Array | null, total: sorted.length };
  }
  const raw = values instanceof SortedSample ? values.values : finiteSample(fn, name, values);
  const w = finiteSample(fn, `${name}Weights`, weights);
  if (w.length !== raw.length) {
    throw invalid(fn, `${name}Weights has ${w.length} entries for ${raw.length} values (they must match)`);
  }
  let total = 0;
  for (let i = 0; i < w.length; i++) {
    if (w[i] < 0) throw invalid(fn, `${name}Weights[${i}] is ${w[i]} (weights must be non-negative)`);
    total += w[i];
  }
  if (!(total > 0 && Number.isFinite(total)))
    throw invalid(fn, `${name}Weights sum to ${total} (must be positive and finite)`);
  const order = new Uint32Array(raw.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((i, j) => raw[i] - raw[j]);
  const sorted = new Float64Array(raw.length);
  const cum = new Float64Array(raw.length + 1);
  for (let i = 0; i < order.length; i++) {
    sorted[i] = raw[order[i]];
    cum[i + 1] = cum[i] + w[order[i]];
  }
  return { sorted, cum, total: cum[raw.length] };
}

/**
 * Wasserstein-1 (earth mover's) distance between two empirical distributions, optionally weighted, as
 * `scipy.stats.wasserstein_distance`: ∫ |U(t) − V(t)| dt over the merged support, by one merge pass.
 */
export function wassersteinDistance(
  u: SampleInput,
  v: SampleInput,
  options: WassersteinOptions = {},
): number {
  const fn = 'wassersteinDistance';
  const U = weighted(fn, 'u', u, options.uWeights);
  const V = weighted(fn, 'v', v, options.vWeights);
  const a = U.sorted;
  const b = V.sorted;
  let i = 0;
  let j = 0;
  let sum = 0;
  let prev = NaN;
  let cdfDiff = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
    if (i + j > 0) sum += Math.abs(cdfDiff) * (x - prev);
    while (i < a.length && a[i] === x) i++;
    while (j < b.length && b[j] === x) j++;
    const cu = U.cum ? U.cum[i] / U.total : i / U.total;
    const cv = V.cum ? V.cum[j] / V.total : j / V.total;
    cdfDiff = cu - cv;
    prev = x;
  }
  return sum;
}
