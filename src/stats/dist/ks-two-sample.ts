// Exact null distribution of the two-sample Kolmogorov–Smirnov statistic D_{m,n}: lattice-path counts
// after Hodges, "The Significance Probability of the Smirnov Two-Sample Test", Arkiv för Matematik 3
// (1958), in the arrangement SciPy's ks_2samp uses, so that the exact p-values agree with SciPy's.
// Written here: no JavaScript library computes it.
import gammaln from '@stdlib/math-base-special-gammaln';

/**
 * C(n, k) as a double, Infinity when it overflows. Small k by the product formula (exact for the
 * integers involved), larger k through log-gamma (relative error ~1e-13, like SciPy's `special.binom`).
 */
export function binomialCoefficient(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  if (k > n - k) k = n - k;
  if (k < 20) {
    let r = 1;
    for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
    return r;
  }
  return Math.exp(gammaln(n + 1) - gammaln(k + 1) - gammaln(n - k + 1));
}

/** P(D_{n,n} ≥ h/n) for two samples of equal size n (0 < h ≤ n). */
export function probOutsideSquare(n: number, h: number): number {
  // 2·Σ_k (−1)^(k−1) C(2n, n−kh)/C(2n, n), evaluated Horner-style on the ratios to avoid cancellation:
  // P = 2·A₁(1 − A₂(1 − A₃(1 − …))).
  let P = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1 - P);
  }
  return 2 * P;
}

/**
 * P(D_{m,n} ≥ h/lcm(m,n)) for m ≠ n: the share of lattice paths from (0,0) to (m,n) that leave the band
 * |x/m − y/n| < h/lcm, computed as 1 − (paths inside) with the recursion of Viehmann,
 * "Numerically more stable computation of the p-values for the two-sample Kolmogorov-Smirnov test",
 * arXiv:2102.08037, keeping one sliding column of the path table.
 */
export function probOutsideBand(m: number, n: number, g: number, h: number): number {
  if (m < n) [m, n] = [n, m];
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  for (let j = minj; j < maxj; j++) A[j] = 0;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return A[maxj - minj - 1];
}

/**
 * Number of lattice paths from (0,0) to (m,n) that reach the line m·y ≤ n·x − h·g (the one-sided event),
 * as a double. Returns Infinity when an intermediate overflows.
 */
export function countPathsOutside(m: number, n: number, g: number, h: number): number {
  if (m < n) [m, n] = [n, m];
  const mg = m / g;
  const ng = n / g;
  const lxj = n + Math.floor((mg - h) / mg);
  if (lxj <= 0) return binomialCoefficient(m + n, n);
  // Only the x where n·x/m crosses an integer matter.
  const xj = new Float64Array(lxj);
  for (let j = 0; j < lxj; j++) xj[j] = Math.floor((h + mg * j + ng - 1) / ng);
  const B = new Float64Array(lxj);
  B[0] = 1;
  for (let j = 1; j < lxj; j++) {
    let bj = binomialCoefficient(xj[j] + j, j);
    for (let i = 0; i < j; i++) bj -= binomialCoefficient(xj[j] - xj[i] + j - i, j - i) * B[i];
    B[j] = bj;
  }
  let paths = 0;
  for (let j = 0; j < lxj; j++) paths += B[j] * binomialCoefficient(m - xj[j] + (n - j), n - j);
  return paths;
}
