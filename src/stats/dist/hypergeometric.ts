// Hypergeometric distribution: drawing n items without replacement from a population of N that holds K
// "successes" (SciPy's hypergeom(M=N, n=K, N=n)).
//
// Written here rather than taken from @stdlib or jstat: both compute the pmf as exp of a sum of nine
// log-factorials, which for N ≈ 2·10⁴ already carries a relative error of ~1e-11, and neither has an
// upper tail other than 1 − cdf. Fisher's two-sided test decides which tables count as "at least as
// extreme" by comparing pmfs with a relative slack of 1e-14 (SciPy's rule), so two tables of equal
// probability (e.g. the mirror images of a symmetric table) must get equal pmfs. Here the pmf is the
// exact rational K!(N−K)!n!(N−n)! / (N!·x!(K−x)!(n−x)!(N−K−n+x)!) reduced to prime powers (Legendre's
// formula), so equal probabilities give bit-identical doubles and the value is good to a few ulps, as
// Boost's prime-factor method used by SciPy is. Above PRIME_METHOD_MAX_N the sieve would get costly and
// Loader's saddle-point form is used (C. Loader, "Fast and Accurate Computation of Binomial
// Probabilities", 2000; R's dhyper): relative error ~1e-14, but mirror-image tables are then no longer
// guaranteed bit-identical (documented trade-off for populations above 8.4 million).
// Tail sums step from an exact anchor through the pmf ratio, summing the smaller tail directly.
import gammaln from '@stdlib/math-base-special-gammaln';

const LN_2PI = Math.log(2 * Math.PI);

const PRIME_METHOD_MAX_N = 1 << 23;

let sievedUpTo = 1;
let primes = new Int32Array(0);

function primesUpTo(n: number): Int32Array {
  if (n <= sievedUpTo) return primes;
  const limit = Math.max(n, Math.min(2 * sievedUpTo, PRIME_METHOD_MAX_N));
  const composite = new Uint8Array(limit + 1);
  const found: number[] = [];
  for (let i = 2; i <= limit; i++) {
    if (composite[i]) continue;
    found.push(i);
    for (let j = i * i; j <= limit; j += i) composite[j] = 1;
  }
  primes = Int32Array.from(found);
  sievedUpTo = limit;
  return primes;
}

/** Exponent of prime p in a! (Legendre). */
function legendre(a: number, p: number): number {
  let e = 0;
  while (a >= p) {
    a = Math.floor(a / p);
    e += a;
  }
  return e;
}

const TWO_500 = 2 ** 500;
const TWO_M500 = 2 ** -500;

/** ∏ p^e over primes, from the numerator factorials over the denominator factorials, scaled to avoid overflow. */
function factorialRatio(num: readonly number[], den: readonly number[]): number {
  const top = Math.max(...num, ...den);
  const ps = primesUpTo(top);
  let m = 1;
  let e2 = 0; // result = m · 2^(500·e2)
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i];
    if (p > top) break;
    let e = 0;
    for (const a of num) if (a >= p) e += legendre(a, p);
    for (const a of den) if (a >= p) e -= legendre(a, p);
    if (e === 0) continue;
    // p^|e| in pieces small enough not to overflow (p^k < 2^500).
    const chunk = Math.max(1, Math.floor(500 / Math.log2(p)));
    let left = Math.abs(e);
    while (left > 0) {
      const k = Math.min(left, chunk);
      const f = Math.pow(p, k);
      m = e > 0 ? m * f : m / f;
      left -= k;
      if (m > TWO_500) {
        m *= TWO_M500;
        e2 += 1;
      } else if (m < TWO_M500) {
        m *= TWO_500;
        e2 -= 1;
      }
    }
  }
  while (e2 > 0 && m < Infinity) {
    m *= TWO_500;
    e2 -= 1;
  }
  while (e2 < 0 && m > 0) {
    m *= TWO_M500;
    e2 += 1;
  }
  return m;
}

/** ln(n!) − ln(√(2πn)(n/e)ⁿ), the error of Stirling's formula (Loader 2000). */
function stirlerr(n: number): number {
  if (n <= 15) return gammaln(n + 1) - (n + 0.5) * Math.log(n) + n - LN_2PI / 2;
  const nn = n * n;
  const [s0, s1, s2, s3, s4] = [1 / 12, 1 / 360, 1 / 1260, 1 / 1680, 1 / 1188];
  if (n > 500) return (s0 - s1 / nn) / n;
  if (n > 80) return (s0 - (s1 - s2 / nn) / nn) / n;
  if (n > 35) return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / n;
  return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / n;
}

/** x·ln(x/m) + m − x without cancellation (Loader's deviance term). */
function bd0(x: number, m: number): number {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    let v = (x - m) / (x + m);
    let s = (x - m) * v;
    let ej = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const s1 = s + ej / (2 * j + 1);
      if (s1 === s) return s1;
      s = s1;
    }
    return s;
  }
  return x * Math.log(x / m) + m - x;
}

/** Binomial pmf by Loader's saddle-point expansion (p + q = 1 passed separately for precision). */
function dbinomRaw(x: number, n: number, p: number, q: number): number {
  if (p === 0) return x === 0 ? 1 : 0;
  if (q === 0) return x === n ? 1 : 0;
  if (x < 0 || x > n) return 0;
  if (x === 0) return n === 0 ? 1 : Math.exp(p < 0.1 ? -bd0(n, n * q) - n * p : n * Math.log(q));
  if (x === n) return Math.exp(q < 0.1 ? -bd0(n, n * p) - n * q : n * Math.log(p));
  const lc = stirlerr(n) - stirlerr(x) - stirlerr(n - x) - bd0(x, n * p) - bd0(n - x, n * q);
  const lf = LN_2PI + Math.log(x) + Math.log1p(-x / n);
  return Math.exp(lc - 0.5 * lf);
}

export interface HypergeomParams {
  /** Population size. */
  N: number;
  /** Successes in the population. */
  K: number;
  /** Draws. */
  n: number;
}

export function hypergeomSupport({ N, K, n }: HypergeomParams): [number, number] {
  return [Math.max(0, n + K - N), Math.min(K, n)];
}

/** floor((n+1)(K+1)/(N+2)): the (largest) mode of the distribution. */
export function hypergeomMode({ N, K, n }: HypergeomParams): number {
  return Math.floor(((n + 1) * (K + 1)) / (N + 2));
}

/** P(X = x) (SciPy `hypergeom.pmf(x, N, K, n)`). */
export function hypergeomPmf(x: number, prm: HypergeomParams): number {
  const { N, K, n } = prm;
  const [lo, hi] = hypergeomSupport(prm);
  if (!Number.isInteger(x) || x < lo || x > hi) return 0;
  const num = [K, N - K, n, N - n];
  const den = [N, x, K - x, n - x, N - K - n + x];
  if (N <= PRIME_METHOD_MAX_N) return factorialRatio(num, den);
  const p = n / N;
  const q = (N - n) / N;
  return (dbinomRaw(x, K, p, q) * dbinomRaw(n - x, N - K, p, q)) / dbinomRaw(n, N, p, q);
}

/** pmf(k+1)/pmf(k). */
function ratioUp(k: number, { N, K, n }: HypergeomParams): number {
  return ((K - k) * (n - k)) / ((k + 1) * (N - K - n + k + 1));
}

/** Σ_{k ≤ x} pmf(k), summed from x downward; meant for x at or below the mode (terms decrease). */
function sumDown(x: number, prm: HypergeomParams): number {
  const [lo] = hypergeomSupport(prm);
  let term = hypergeomPmf(x, prm);
  let sum = 0;
  for (let k = x; k >= lo && term > 0; k--) {
    sum += term;
    if (term < sum * 1e-17) break;
    term /= ratioUp(k - 1, prm);
  }
  return sum;
}

/** Σ_{k ≥ x} pmf(k), summed from x upward; meant for x at or above the mode. */
function sumUp(x: number, prm: HypergeomParams): number {
  const [, hi] = hypergeomSupport(prm);
  let term = hypergeomPmf(x, prm);
  let sum = 0;
  for (let k = x; k <= hi && term > 0; k++) {
    sum += term;
    if (term < sum * 1e-17) break;
    term *= ratioUp(k, prm);
  }
  return sum;
}

/** P(X ≤ x) (SciPy `hypergeom.cdf`). */
export function hypergeomCdf(x: number, prm: HypergeomParams): number {
  x = Math.floor(x);
  const [lo, hi] = hypergeomSupport(prm);
  if (x < lo) return 0;
  if (x >= hi) return 1;
  if (x <= hypergeomMode(prm)) return Math.min(1, sumDown(x, prm));
  return Math.max(0, 1 - sumUp(x + 1, prm));
}

/** P(X > x) (SciPy `hypergeom.sf`). */
export function hypergeomSf(x: number, prm: HypergeomParams): number {
  x = Math.floor(x);
  const [lo, hi] = hypergeomSupport(prm);
  if (x < lo) return 1;
  if (x >= hi) return 0;
  if (x + 1 >= hypergeomMode(prm)) return Math.min(1, sumUp(x + 1, prm));
  return Math.max(0, 1 - sumDown(x, prm));
}
