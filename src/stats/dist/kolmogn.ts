// Two-sided one-sample Kolmogorov–Smirnov distribution for finite n: P(D_n ≤ x) with
// D_n = sup |F_n − F| (SciPy `kstwo`, `stats._ksstats.kolmogn` / `kolmogni`). ks2samp's asymptotic
// two-sided p-value is kolmogn(round(mn/(m+n)), d, sf), exactly as SciPy computes it.
//
// Written here: no maintained JavaScript library has it (@stdlib's kstest uses the Marsaglia–Tsang–Wang
// matrix method alone, which is slow and loses accuracy for large n·x²). The method per region follows
// Simard & L'Ecuyer, "Computing the Two-Sided Kolmogorov-Smirnov Distribution", J. Stat. Softw. 39(11)
// (2011), with SciPy's cut-offs so that the answers agree with SciPy's:
//   - Ruben–Gambino closed forms for n·x ≤ 1 and n·x ≥ n − 1;
//   - x ≥ 0.5: 2·smirnov(n, x) exactly (the one-sided events cannot both happen);
//   - n ≤ 140: Durbin's matrix (Marsaglia, Tsang & Wang, J. Stat. Softw. 8(18), 2003) for n·x² ≤ 0.754693,
//     Pomeranz's recursion (CACM 17(12), 1974) for n·x² ≤ 4, 2·smirnov beyond;
//   - n > 140: the sf is 2·smirnov for n·x² ≥ 2.2 (0 beyond 370); otherwise the cdf is Durbin's matrix when
//     n ≤ 10⁵ and n·x^1.5 ≤ 1.4, else the Pelz–Good asymptotic series (JRSS B 38(2), 1976), 1 for n·x² ≥ 18.
import { kolmogci } from './kolmogorov.js';
import { smirnov } from './smirnov.js';

const E128 = 128;
const EP128 = 2 ** 128;
const EM128 = 2 ** -128;
const LOG_2PI = Math.log(2 * Math.PI);
const SQRT2PI = Math.sqrt(2 * Math.PI);
const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;
// B_{2j}/(2j(2j−1)) for j = 8..1, the Stirling series for ln n!.
const STIRLING = [-3617 / 122400, 1 / 156, -691 / 360360, 1 / 1188, -1 / 1680, 1 / 1260, -1 / 360, 1 / 12];

function clip(p: number): number {
  return Math.min(1, Math.max(0, p));
}

function pick(cdfProb: number, sfProb: number, cdf: boolean): number {
  return clip(cdf ? cdfProb : sfProb);
}

/** ln(n!/nⁿ) by Stirling's series, with n·ln n removed up front. */
function logNFactorialOverNPowN(n: number): number {
  const rn = 1 / n;
  const y = rn / n;
  let poly = 0;
  for (const c of STIRLING) poly = poly * y + c;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}

function matmul(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k];
      if (aik === 0) continue;
      for (let j = 0; j < m; j++) out[i * m + j] += aik * b[k * m + j];
    }
  }
  return out;
}

/** Durbin's matrix method as arranged by Marsaglia, Tsang & Wang: P(D_n ≤ d). */
export function kolmogornDurbin(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  // v[j] = (1 − h^(j+1))/(j+1)!, w[j] = 1/j!, last entry of v corrected for h > 1/2.
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (1 - Math.pow(h, j)) * fac;
  }
  const tt = Math.pow(Math.max(2 * h - 1, 0), m) - 2 * Math.pow(h, m);
  v[m - 1] = (1 + tt) * fac;
  let H: Float64Array = new Float64Array(m * m);
  for (let i = 1; i < m; i++) {
    for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - i + 1];
  }
  for (let r = 0; r < m; r++) H[r * m] = v[r];
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c];

  let P: Float64Array = new Float64Array(m * m);
  for (let i = 0; i < m; i++) P[i * m + i] = 1;
  let nn = n;
  let expnt = 0;
  let hExpnt = 0;
  while (nn > 0) {
    if (nn % 2) {
      P = matmul(P, H, m);
      expnt += hExpnt;
    }
    H = matmul(H, H, m);
    hExpnt *= 2;
    if (Math.abs(H[(k - 1) * m + (k - 1)]) > EP128) {
      for (let i = 0; i < H.length; i++) H[i] /= EP128;
      hExpnt += E128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = P[(k - 1) * m + (k - 1)];
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < EM128) {
      p *= EP128;
      expnt -= E128;
    }
  }
  if (expnt !== 0) p *= Math.pow(2, expnt);
  return clip(p);
}

function pomeranzBounds(i: number, n: number, ll: number, ceilf: number, roundf: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = half - 1 - ll - roundf - 1;
        j2 = half + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/** Pomeranz's recursion: P(D_n ≤ x). */
export function kolmogornPomeranz(n: number, x: number): number {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  // Poisson-like weights (a/n)^j/j! for a = g, 2g, 1 − 2g.
  const gp = new Float64Array(npwrs);
  const twoGp = new Float64Array(npwrs);
  const oneM2Gp = new Float64Array(npwrs);
  gp[0] = twoGp[0] = oneM2Gp[0] = 1;
  for (let j = 1; j < npwrs; j++) {
    gp[j] = (gp[j - 1] * (g / n)) / j;
    twoGp[j] = (twoGp[j - 1] * ((2 * g) / n)) / j;
    oneM2Gp[j] = (oneM2Gp[j - 1] * ((1 - 2 * g) / n)) / j;
  }
  let V0 = new Float64Array(npwrs);
  let V1 = new Float64Array(npwrs);
  V1[0] = 1;
  let V0s = 0;
  let V1s = 0;
  let expnt = 0;
  let [j1, j2] = pomeranzBounds(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [V0, V1] = [V1, V0];
    [V0s, V1s] = [V1s, V0s];
    V1.fill(0);
    [j1, j2] = pomeranzBounds(i, n, ll, ceilf, roundf);
    const pw = i === 1 || i === 2 * n + 1 ? gp : i % 2 ? twoGp : oneM2Gp;
    const len = j2 - k1 + 1;
    if (len > 0) {
      const aStart = k1 - V0s;
      const aLen = Math.min(len, npwrs - aStart);
      const start = j1 - k1;
      const count = j2 - j1 + 1;
      let max = 0;
      for (let c = 0; c < count; c++) {
        const kk = start + c; // index into the full convolution of a (aLen) with pw[0..len)
        let s = 0;
        const iLo = Math.max(0, kk - len + 1);
        const iHi = Math.min(aLen - 1, kk);
        for (let ii = iLo; ii <= iHi; ii++) s += V0[aStart + ii] * pw[kk - ii];
        V1[c] = s;
        if (s > max) max = s;
      }
      if (max > 0 && max < EM128) {
        for (let c = 0; c < count; c++) V1[c] *= EP128;
        expnt -= E128;
      }
      V1s = V0s + j1 - k1;
    }
  }
  let ans = V1[n - V1s];
  for (let m = 1; m <= n; m++) {
    if (Math.abs(ans) > EP128) {
      ans *= EM128;
      expnt += E128;
    }
    ans *= m;
  }
  if (expnt !== 0) ans *= Math.pow(2, expnt);
  return clip(ans);
}

/** Pelz–Good asymptotic expansion of P(D_n ≤ x), suited to small √n·x. */
export function kolmogornPelzGood(n: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z3 = z2 * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qlog = -PI2 / 8 / z2;
  if (qlog < -708) return 0;
  let q = Math.exp(qlog);
  const k1a = -z2;
  const k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
  const k2c = (PI4 * (1 - 2 * z2)) / 16;
  const k3d = (PI6 * (5 - 30 * z2)) / 64;
  const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z4 * z4;
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil((16 * z) / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qp = Math.pow(q, 8 * k);
    K[0] = K[0] * qp + 1;
    K[1] = K[1] * qp + (k1a + k1b * m2);
    K[2] = K[2] * qp + (k2a + k2b * m2 + k2c * m4);
    K[3] = K[3] * qp + (k3a + k3b * m2 + k3c * m4 + k3d * m6);
  }
  const denom = [z, 6 * z4, 72 * z6 * z, 6480 * z6 * z4];
  for (let i = 0; i < 4; i++) K[i] = (K[i] * q * SQRT2PI) / denom[i];
  q = Math.exp(-PI2 / 2 / z2);
  let k2extra = 0;
  let k3extra = 0;
  const s3z = Math.sqrt(3) * z;
  for (let k = maxk; k > 0; k--) {
    const k2 = k * k;
    const qk = Math.pow(q, k2);
    const kpi = Math.PI * k;
    k2extra += k2 * qk;
    k3extra += (s3z + kpi) * (s3z - kpi) * k2 * qk;
  }
  K[2] += (k2extra * PI2 * SQRT2PI) / (-36 * z3);
  K[3] += (k3extra * PI2 * SQRT2PI) / (216 * z6);
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += K[i] / Math.pow(n, i / 2);
  return sum;
}

/**
 * P(D_n ≤ x) (cdf = true) or P(D_n > x) (cdf = false) for the two-sided one-sample KS statistic
 * (SciPy `kstwo.cdf` / `kstwo.sf`).
 */
export function kolmogn(n: number, x: number, cdf = true): number {
  if (!(n > 0 && Number.isInteger(n)) || Number.isNaN(x)) return NaN;
  if (x >= 1) return pick(1, 0, cdf);
  if (x <= 0) return pick(0, 1, cdf);
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return pick(0, 1, cdf);
    let prob: number;
    if (n <= 140) {
      prob = 1;
      for (let i = 1; i <= n; i++) prob *= i * (1 / n) * (2 * t - 1);
    } else {
      prob = Math.exp(logNFactorialOverNPowN(n) + n * Math.log(2 * t - 1));
    }
    return pick(prob, 1 - prob, cdf);
  }
  if (t >= n - 1) {
    const prob = 2 * Math.pow(1 - x, n);
    return pick(1 - prob, prob, cdf);
  }
  if (x >= 0.5) {
    const prob = 2 * smirnov(n, x);
    return pick(1 - prob, prob, cdf);
  }
  const nx2 = t * x;
  if (n <= 140) {
    if (nx2 <= 0.754693) {
      const prob = kolmogornDurbin(n, x);
      return pick(prob, 1 - prob, cdf);
    }
    if (nx2 <= 4) {
      const prob = kolmogornPomeranz(n, x);
      return pick(prob, 1 - prob, cdf);
    }
    const prob = 2 * smirnov(n, x);
    return pick(1 - prob, prob, cdf);
  }
  if (!cdf) {
    if (nx2 >= 370) return 0;
    if (nx2 >= 2.2) return clip(2 * smirnov(n, x));
  }
  let cdfProb: number;
  if (nx2 >= 18) cdfProb = 1;
  else if (n <= 100000 && n * Math.pow(x, 1.5) <= 1.4) cdfProb = kolmogornDurbin(n, x);
  else cdfProb = kolmogornPelzGood(n, x);
  return pick(cdfProb, 1 - cdfProb, cdf);
}

/**
 * Inverse of kolmogn: x with P(D_n ≤ x) = q (cdf = true) or P(D_n > x) = q (cdf = false)
 * (SciPy `kstwo.ppf` / `kstwo.isf`), by bisection to 1e-14 inside SciPy's bracket.
 */
export function kolmogni(n: number, q: number, cdf = true): number {
  if (!(n > 0 && Number.isInteger(n)) || !(q >= 0 && q <= 1)) return NaN;
  const p = cdf ? q : 1 - q; // target cdf
  const s = cdf ? 1 - q : q; // target sf
  if (p <= 0) return 1 / n;
  if (s <= 0) return 1;
  const delta = Math.exp((Math.log(p) - logFactorial(n)) / n);
  if (delta <= 1 / n) return (delta + 1 / n) / 2;
  const xHi = -Math.expm1(Math.log(s / 2) / n);
  if (xHi >= 1 - 1 / n) return xHi;
  let a = 1 / n;
  let b = Math.min(kolmogci(p) / Math.sqrt(n), 1 - 1 / n);
  // Work on whichever tail is smaller so tiny probabilities keep their precision.
  const f = (xx: number) => (p <= 0.5 ? kolmogn(n, xx, true) - p : s - kolmogn(n, xx, false));
  let fa = f(a);
  if (f(b) < 0) b = xHi;
  for (let i = 0; i < 200 && b - a > 1e-14; i++) {
    const mid = (a + b) / 2;
    const fm = f(mid);
    if (fm === 0) return mid;
    if (Math.sign(fm) === Math.sign(fa)) {
      a = mid;
      fa = fm;
    } else {
      b = mid;
    }
  }
  return (a + b) / 2;
}

function logFactorial(n: number): number {
  let s = 0;
  if (n <= 170) {
    for (let i = 2; i <= n; i++) s += Math.log(i);
    return s;
  }
  return logNFactorialOverNPowN(n) + n * Math.log(n);
}
