import { binomCdf, binomPmf, binomSf } from './dist/binomial.js';
import { binarySearchIncreasing } from './fisher-exact.js';
import { alternativeOf, invalid, nonNegativeInteger, probability, type Alternative } from './validate.js';

export interface BinomTestResult {
  /** k/n, the observed proportion (SciPy `statistic`). */
  statistic: number;
  pvalue: number;
  k: number;
  n: number;
}

/**
 * Exact binomial test of H0: P(success) = p, as `scipy.stats.binomtest`. 'greater' is P(X ≥ k),
 * 'less' P(X ≤ k), 'two-sided' sums the outcomes no more probable than k (relative slack 1e-7, as SciPy).
 */
export function binomTest(
  k: number,
  n: number,
  options: { p?: number; alternative?: Alternative } = {},
): BinomTestResult {
  const fn = 'binomTest';
  nonNegativeInteger(fn, 'k', k);
  nonNegativeInteger(fn, 'n', n);
  if (n < 1) throw invalid(fn, 'n is 0 (at least one trial needed; SciPy raises too)');
  if (k > n) throw invalid(fn, `k (${k}) is greater than n (${n})`);
  const p = probability(fn, 'p', options.p ?? 0.5);
  const alternative = alternativeOf(fn, options.alternative);
  let pvalue: number;
  if (alternative === 'less') {
    pvalue = binomCdf(k, n, p);
  } else if (alternative === 'greater') {
    pvalue = binomSf(k - 1, n, p);
  } else {
    const d = binomPmf(k, n, p);
    const rerr = 1 + 1e-7;
    if (k === p * n) {
      pvalue = 1;
    } else if (k < p * n) {
      const ix = binarySearchIncreasing((x) => -binomPmf(x, n, p), -d * rerr, Math.ceil(p * n), n);
      const y = n - ix + (d * rerr === binomPmf(ix, n, p) ? 1 : 0);
      pvalue = binomCdf(k, n, p) + binomSf(n - y, n, p);
    } else {
      const ix = binarySearchIncreasing((x) => binomPmf(x, n, p), d * rerr, 0, Math.floor(p * n));
      pvalue = binomCdf(ix, n, p) + binomSf(k - 1, n, p);
    }
    pvalue = Math.min(1, pvalue);
  }
  return { statistic: k / n, pvalue, k, n };
}
