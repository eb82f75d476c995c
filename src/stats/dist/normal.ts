// Standard normal distribution. erfc and erfcx come from @stdlib (maintained, accurate to ~1 ulp in
// both tails, which 1 - cdf is not: 1 - Φ(9) is 0 in double precision while Φ(-9) = 1.1e-19).
import erfc from '@stdlib/math-base-special-erfc';
import erfcx from '@stdlib/math-base-special-erfcx';

/** Φ(x) = P(Z ≤ x) (SciPy `norm.cdf`, `special.ndtr`). */
export function normCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

/** 1 − Φ(x) = P(Z > x), accurate in the upper tail (SciPy `norm.sf`). */
export function normSf(x: number): number {
  return 0.5 * erfc(x / Math.SQRT2);
}

/** ln Φ(x), finite far into the lower tail (where Φ(x) itself underflows). */
export function normLogCdf(x: number): number {
  if (x > -5) return Math.log(normCdf(x));
  // Φ(x) = ½·erfcx(t)·exp(−t²) with t = −x/√2 > 0, so the exponent is kept out of the product.
  const t = -x / Math.SQRT2;
  return Math.log(0.5 * erfcx(t)) - t * t;
}

/** Standard normal density φ(x). */
export function normPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}
