import { hypergeomCdf, hypergeomPmf, hypergeomSf, type HypergeomParams } from './dist/hypergeometric.js';
import { validTable } from './table.js';
import { alternativeOf, invalid, type Alternative } from './validate.js';

export interface FisherExactResult {
  /** Sample odds ratio a·d/(b·c): Infinity when b·c = 0 < a·d; NaN when a row or column sums to 0 (as SciPy). */
  statistic: number;
  pvalue: number;
}

/**
 * Largest index i in [lo, hi] with a(i) ≤ d for an increasing a (SciPy's `_binary_search_for_binom_tst`,
 * used by both fisher_exact and binomtest; kept identical so the same tables are counted).
 */
export function binarySearchIncreasing(a: (i: number) => number, d: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    const midval = a(mid);
    if (midval < d) lo = mid + 1;
    else if (midval > d) hi = mid - 1;
    else return mid;
  }
  return a(lo) <= d ? lo : lo - 1;
}

/**
 * Fisher's exact test on a 2×2 table [[a, b], [c, d]], as `scipy.stats.fisher_exact`. The two-sided
 * p-value sums the probabilities of all tables with the same margins that are no more probable than the
 * observed one (relative slack 1e-14, as SciPy).
 */
export function fisherExact(
  table: ArrayLike<ArrayLike<number>>,
  options: { alternative?: Alternative } = {},
): FisherExactResult {
  const fn = 'fisherExact';
  const t = validTable(fn, table, { integers: true });
  if (t.length !== 2 || t[0].length !== 2) {
    throw invalid(
      fn,
      `table is ${t.length}×${t[0].length} (expected 2×2; use chi2Contingency for larger tables)`,
    );
  }
  const alternative = alternativeOf(fn, options.alternative);
  const [[a, b], [c, d]] = t;
  if (a + b === 0 || c + d === 0 || a + c === 0 || b + d === 0) return { statistic: NaN, pvalue: 1 };
  const oddsRatio = c > 0 && b > 0 ? (a * d) / (c * b) : Infinity;
  const n1 = a + b;
  const n2 = c + d;
  const n = a + c;
  const prm: HypergeomParams = { N: n1 + n2, K: n1, n };
  const pmf = (x: number) => hypergeomPmf(x, prm);
  let pvalue: number;
  if (alternative === 'less') {
    pvalue = hypergeomCdf(a, prm);
  } else if (alternative === 'greater') {
    pvalue = hypergeomCdf(b, { N: n1 + n2, K: n1, n: b + d });
  } else {
    const mode = Math.floor(((n + 1) * (n1 + 1)) / (n1 + n2 + 2));
    const pexact = pmf(a);
    const pmode = pmf(mode);
    const epsilon = 1e-14;
    const gamma = 1 + epsilon;
    if (Math.abs(pexact - pmode) / Math.max(pexact, pmode) <= epsilon)
      return { statistic: oddsRatio, pvalue: 1 };
    if (a < mode) {
      const plower = hypergeomCdf(a, prm);
      if (pmf(n) > pexact * gamma) return { statistic: oddsRatio, pvalue: plower };
      const guess = binarySearchIncreasing((x) => -pmf(x), -pexact * gamma, mode, n);
      pvalue = plower + hypergeomSf(guess, prm);
    } else {
      const pupper = hypergeomSf(a - 1, prm);
      if (pmf(0) > pexact * gamma) return { statistic: oddsRatio, pvalue: pupper };
      const guess = binarySearchIncreasing(pmf, pexact * gamma, 0, mode);
      pvalue = pupper + hypergeomCdf(guess, prm);
    }
  }
  return { statistic: oddsRatio, pvalue: Math.min(pvalue, 1) };
}
