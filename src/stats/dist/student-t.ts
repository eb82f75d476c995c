// Student t distribution through the regularized incomplete beta function of @stdlib. The @stdlib t cdf
// (and jstat's) return 1 − cdf for the upper tail, which is 0 beyond ~1e-16; here each tail is its own
// incomplete beta, picking the argument that stays away from 1 so no digits are lost.
import betainc from '@stdlib/math-base-special-betainc';
import { normSf } from './normal.js';

/** P(T > t) for T ~ t(df), df > 0 (SciPy `t.sf`). */
export function tSf(t: number, df: number): number {
  if (t < 0) return 1 - tSf(-t, df);
  if (t === 0) return 0.5;
  if (df === Infinity) return normSf(t);
  const t2 = t * t;
  // P(|T| > t) = I_{df/(df+t²)}(df/2, 1/2) = 1 − I_{t²/(df+t²)}(1/2, df/2).
  if (t2 < df) return 0.5 * betainc(t2 / (df + t2), 0.5, df / 2, true, true);
  return 0.5 * betainc(df / (df + t2), df / 2, 0.5, true, false);
}

/** P(T ≤ t) for T ~ t(df) (SciPy `t.cdf`). */
export function tCdf(t: number, df: number): number {
  return tSf(-t, df);
}
