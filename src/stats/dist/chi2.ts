// Chi-square distribution through the regularized incomplete gamma function of @stdlib, whose upper
// branch keeps relative accuracy in the far tail (chi2.sf(300, 10) = 1.6e-58, where 1 − cdf gives 0).
import gammainc from '@stdlib/math-base-special-gammainc';

/** P(X > x) for X ~ χ²(k) (SciPy `chi2.sf`). */
export function chi2Sf(x: number, k: number): number {
  if (x <= 0) return 1;
  return gammainc(x / 2, k / 2, true, true);
}

/** P(X ≤ x) for X ~ χ²(k) (SciPy `chi2.cdf`). */
export function chi2Cdf(x: number, k: number): number {
  if (x <= 0) return 0;
  return gammainc(x / 2, k / 2, true, false);
}
