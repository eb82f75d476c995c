import { tCdf, tSf } from './dist/student-t.js';
import { alternativeOf, finiteSample, undefinedResult, type Alternative } from './validate.js';

export interface WelchResult {
  statistic: number;
  pvalue: number;
  /** Welch–Satterthwaite degrees of freedom. */
  df: number;
  /** mean(x) − mean(y). */
  estimate: number;
  /** √(s²ₓ/nₓ + s²ᵧ/nᵧ). */
  standardError: number;
}

/** Mean and unbiased variance with compensated (Neumaier) sums, two passes as numpy does. */
export function meanVariance(v: ArrayLike<number>): { mean: number; variance: number } {
  const n = v.length;
  let s = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const x = v[i];
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
  }
  const mean = (s + c) / n;
  s = 0;
  c = 0;
  for (let i = 0; i < n; i++) {
    const d = v[i] - mean;
    const x = d * d;
    const t = s + x;
    c += s >= x ? s - t + x : x - t + s;
    s = t;
  }
  return { mean, variance: (s + c) / (n - 1) };
}

/**
 * Welch's unequal-variance t-test, as `scipy.stats.ttest_ind(x, y, equal_var=False)`.
 * Each sample needs two values (SciPy returns NaN with one); two constant samples with equal means give
 * 0/0 (SciPy NaN) and are refused; constant samples with different means give ±Infinity and p = 0, as SciPy.
 */
export function welchTTest(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options: { alternative?: Alternative } = {},
): WelchResult {
  const fn = 'welchTTest';
  const alternative = alternativeOf(fn, options.alternative);
  const a = finiteSample(fn, 'x', x);
  const b = finiteSample(fn, 'y', y);
  if (a.length < 2 || b.length < 2) {
    const which = a.length < 2 ? 'x' : 'y';
    throw undefinedResult(
      fn,
      `${which} has one value; the variance needs at least 2 per sample (SciPy returns NaN)`,
    );
  }
  const mx = meanVariance(a);
  const my = meanVariance(b);
  const vn1 = mx.variance / a.length;
  const vn2 = my.variance / b.length;
  let df = (vn1 + vn2) ** 2 / (vn1 ** 2 / (a.length - 1) + vn2 ** 2 / (b.length - 1));
  if (Number.isNaN(df)) df = 1; // both variances 0: df is irrelevant (SciPy uses 1)
  const denom = Math.sqrt(vn1 + vn2);
  const estimate = mx.mean - my.mean;
  const t = estimate / denom;
  if (Number.isNaN(t)) {
    throw undefinedResult(fn, 'both samples are constant with the same value: t = 0/0 (SciPy returns NaN)');
  }
  let pvalue: number;
  if (alternative === 'less') pvalue = tCdf(t, df);
  else if (alternative === 'greater') pvalue = tSf(t, df);
  else pvalue = 2 * tSf(Math.abs(t), df);
  return { statistic: t, pvalue: Math.min(1, pvalue), df, estimate, standardError: denom };
}
