import { finiteNumber, finiteSample, invalid } from './validate.js';

function distribution(fn: string, name: string, values: ArrayLike<number>): Float64Array {
  const p = finiteSample(fn, name, values);
  let s = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i] < 0) throw invalid(fn, `${name}[${i}] is ${p[i]} (probabilities must be non-negative)`);
    s += p[i];
  }
  if (!(s > 0)) throw invalid(fn, `${name} sums to 0 (at least one positive entry needed)`);
  return p;
}

function relEntr(x: number, y: number): number {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Infinity;
}

/**
 * Jensen–Shannon distance (the square root of the divergence), as `scipy.spatial.distance.jensenshannon`:
 * p and q are normalized to sum 1; `base` defaults to e (pass 2 for a distance in [0, 1]).
 */
export function jensenShannon(
  p: ArrayLike<number>,
  q: ArrayLike<number>,
  options: { base?: number } = {},
): number {
  const fn = 'jensenShannon';
  const P = distribution(fn, 'p', p);
  const Q = distribution(fn, 'q', q);
  if (P.length !== Q.length)
    throw invalid(fn, `p has ${P.length} entries and q ${Q.length} (they must match)`);
  let base: number | undefined;
  if (options.base !== undefined) {
    base = finiteNumber(fn, 'base', options.base);
    if (!(base > 0) || base === 1)
      throw invalid(fn, `base is ${base} (expected a positive number other than 1)`);
  }
  let sp = 0;
  let sq = 0;
  for (let i = 0; i < P.length; i++) {
    sp += P[i];
    sq += Q[i];
  }
  let left = 0;
  let right = 0;
  for (let i = 0; i < P.length; i++) {
    const pi = P[i] / sp;
    const qi = Q[i] / sq;
    const m = (pi + qi) / 2;
    left += relEntr(pi, m);
    right += relEntr(qi, m);
  }
  let js = left + right;
  if (base !== undefined) js /= Math.log(base);
  return Math.sqrt(Math.max(0, js / 2));
}

/**
 * Population stability index on binned proportions: each proportion is floored at `epsilon` (default
 * 1e-4), then PSI = Σ (actual − expected)·ln(actual/expected). Proportions are used as given (not
 * renormalized); use psiFromCounts for raw bin counts.
 */
export function psi(
  expected: ArrayLike<number>,
  actual: ArrayLike<number>,
  options: { epsilon?: number } = {},
): number {
  const fn = 'psi';
  const e = finiteSample(fn, 'expected', expected);
  const a = finiteSample(fn, 'actual', actual);
  if (e.length !== a.length)
    throw invalid(fn, `expected has ${e.length} bins and actual ${a.length} (they must match)`);
  const eps = finiteNumber(fn, 'epsilon', options.epsilon ?? 1e-4);
  if (!(eps > 0 && eps < 1)) throw invalid(fn, `epsilon is ${eps} (expected a number in (0, 1))`);
  let sum = 0;
  for (let i = 0; i < e.length; i++) {
    if (e[i] < 0) throw invalid(fn, `expected[${i}] is ${e[i]} (proportions must be non-negative)`);
    if (a[i] < 0) throw invalid(fn, `actual[${i}] is ${a[i]} (proportions must be non-negative)`);
    const ei = Math.max(e[i], eps);
    const ai = Math.max(a[i], eps);
    sum += (ai - ei) * Math.log(ai / ei);
  }
  return sum;
}

/** PSI from bin counts: each count vector is turned into proportions of its total, then `psi`. */
export function psiFromCounts(
  expectedCounts: ArrayLike<number>,
  actualCounts: ArrayLike<number>,
  options: { epsilon?: number } = {},
): number {
  const fn = 'psiFromCounts';
  const toProportions = (name: string, c: ArrayLike<number>) => {
    const v = finiteSample(fn, name, c);
    let total = 0;
    for (let i = 0; i < v.length; i++) {
      if (v[i] < 0) throw invalid(fn, `${name}[${i}] is ${v[i]} (counts must be non-negative)`);
      total += v[i];
    }
    if (!(total > 0)) throw invalid(fn, `${name} sums to 0 (no observations)`);
    for (let i = 0; i < v.length; i++) v[i] /= total;
    return v;
  };
  return psi(
    toProportions('expectedCounts', expectedCounts),
    toProportions('actualCounts', actualCounts),
    options,
  );
}
