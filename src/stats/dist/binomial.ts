// Binomial distribution. Tails come from the regularized incomplete beta function of @stdlib (each
// tail computed directly, so a p-value of 1e-160 keeps its digits); the pmf is @stdlib's.
import betainc from '@stdlib/math-base-special-betainc';
import pmf from '@stdlib/stats-base-dists-binomial-pmf';

/** P(X = k) for X ~ Binomial(n, p). */
export function binomPmf(k: number, n: number, p: number): number {
  return pmf(k, n, p);
}

/** P(X ≤ k) for X ~ Binomial(n, p) (SciPy `binom.cdf`). */
export function binomCdf(k: number, n: number, p: number): number {
  k = Math.floor(k);
  if (k < 0) return 0;
  if (k >= n) return 1;
  return betainc(p, k + 1, n - k, true, true);
}

/** P(X > k) for X ~ Binomial(n, p) (SciPy `binom.sf`). */
export function binomSf(k: number, n: number, p: number): number {
  k = Math.floor(k);
  if (k < 0) return 1;
  if (k >= n) return 0;
  return betainc(p, k + 1, n - k, true, false);
}
