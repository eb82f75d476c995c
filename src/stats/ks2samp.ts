import { kolmogn } from './dist/kolmogn.js';
import {
  countPathsOutside,
  binomialCoefficient,
  probOutsideBand,
  probOutsideSquare,
} from './dist/ks-two-sample.js';
import { sortedValues, type SampleInput } from './sample.js';
import { alternativeOf, oneOf, undefinedResult, type Alternative } from './validate.js';

export interface KsOptions {
  alternative?: Alternative;
  /** SciPy's `method`: 'auto' is exact when both samples have at most 10 000 values. */
  method?: 'auto' | 'exact' | 'asymp';
}

export interface KsResult {
  /** D (two-sided), D⁺ = max(F_x − F_y) ('greater') or D⁻ = max(F_y − F_x) ('less'). */
  statistic: number;
  pvalue: number;
  /** The method actually used: 'exact' falls back to 'asymp' where SciPy's does (overflow, huge lcm). */
  method: 'exact' | 'asymp';
  /** The value at which the ECDF difference attains the statistic (SciPy `statistic_location`). */
  statisticLocation: number;
  /** +1 when F_x − F_y attains it, −1 when F_y − F_x does (SciPy `statistic_sign`). */
  statisticSign: 1 | -1;
}

const MAX_AUTO_N = 10000;
const INT32_MAX = 2147483647;

/** Round half to even, as numpy's `np.round`. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * Two-sample Kolmogorov–Smirnov test, as `scipy.stats.ks_2samp` (SciPy 1.17): same statistic, same
 * exact/asymptotic choice and fallbacks, p-values within 1e-9 absolute or 1e-7 relative.
 * Ties are handled as SciPy does (ECDFs compared right-continuously at every observed value).
 * O((n₁ + n₂) log) for the sorts plus one merge pass; the exact two-sided p-value for unequal sizes is
 * O(n₁·n₂·D) and is used only up to 10 000 values per sample with method 'auto', as in SciPy.
 */
export function ks2samp(x: SampleInput, y: SampleInput, options: KsOptions = {}): KsResult {
  const fn = 'ks2samp';
  const alternative = alternativeOf(fn, options.alternative);
  let method = oneOf(fn, 'method', options.method, ['auto', 'exact', 'asymp'] as const, 'auto');
  const a = sortedValues(fn, 'x', x);
  const b = sortedValues(fn, 'y', y);
  const n1 = a.length;
  const n2 = b.length;

  // One pass over the merged order, evaluating F_x − F_y just after each distinct value. SciPy takes the
  // first extreme in the order (x values, then y values); `fromX`/value reproduce that tie-break.
  let maxS = -Infinity;
  let maxLoc = NaN;
  let maxFromX = false;
  let minS = Infinity;
  let minLoc = NaN;
  let minFromX = false;
  let i = 0;
  let j = 0;
  while (i < n1 || j < n2) {
    const v = j >= n2 || (i < n1 && a[i] <= b[j]) ? a[i] : b[j];
    const inX = i < n1 && a[i] === v;
    while (i < n1 && a[i] === v) i++;
    while (j < n2 && b[j] === v) j++;
    const diff = i / n1 - j / n2;
    if (diff > maxS || (diff === maxS && inX && !maxFromX)) {
      maxS = diff;
      maxLoc = v;
      maxFromX = inX;
    }
    if (diff < minS || (diff === minS && inX && !minFromX)) {
      minS = diff;
      minLoc = v;
      minFromX = inX;
    }
  }
  const minD = Math.min(1, Math.max(0, -minS));
  let d: number;
  let location: number;
  let sign: 1 | -1;
  if (alternative === 'less' || (alternative === 'two-sided' && minD > maxS)) {
    d = minD;
    location = minLoc;
    sign = -1;
  } else {
    d = maxS;
    location = maxLoc;
    sign = 1;
  }

  const g = gcd(n1, n2);
  const n1g = n1 / g;
  const n2g = n2 / g;
  if (method === 'auto') method = Math.max(n1, n2) <= MAX_AUTO_N ? 'exact' : 'asymp';
  else if (method === 'exact' && n1g >= INT32_MAX / n2g) method = 'asymp';

  let prob = NaN;
  if (method === 'exact') {
    const exact = attemptExact(n1, n2, g, d, alternative);
    if (exact.ok) {
      d = exact.d;
      prob = exact.prob;
    } else {
      method = 'asymp';
    }
  }
  if (method === 'asymp') {
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    const en = (m * n) / (m + n);
    if (alternative === 'two-sided') {
      const nEff = roundHalfEven(en);
      if (nEff < 1) {
        throw undefinedResult(
          fn,
          `the asymptotic p-value needs m·n/(m+n) ≥ 0.5 (sizes ${n1}, ${n2}); use method 'exact'`,
        );
      }
      prob = kolmogn(nEff, d, false);
    } else {
      // Hodges' (1958) approximation, eq. 5.3 (m the larger sample).
      const z = Math.sqrt(en) * d;
      const expt = -2 * z * z - (2 * z * (m + 2 * n)) / Math.sqrt(m * n * (m + n)) / 3;
      prob = Math.exp(expt);
    }
  }
  return {
    statistic: d,
    pvalue: Math.min(1, Math.max(0, prob)),
    method: method === 'exact' ? 'exact' : 'asymp',
    statisticLocation: location,
    statisticSign: sign,
  };
}

function attemptExact(
  n1: number,
  n2: number,
  g: number,
  d: number,
  alternative: Alternative,
): { ok: true; d: number; prob: number } | { ok: false } {
  const lcm = (n1 / g) * n2;
  const h = roundHalfEven(d * lcm);
  d = h / lcm;
  if (h === 0) return { ok: true, d, prob: 1 };
  let prob: number;
  if (alternative === 'two-sided') {
    prob = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideBand(n1, n2, g, h);
  } else if (n1 === n2) {
    // C(2n, n−h)/C(2n, n) as a product, avoiding the rounding of two huge binomials.
    prob = 1;
    for (let k = 0; k < h; k++) prob *= (n1 - k) / (n1 + k + 1);
  } else {
    const total = binomialCoefficient(n1 + n2, n1);
    if (!Number.isFinite(total)) return { ok: false };
    const paths = countPathsOutside(n1, n2, g, h);
    if (!Number.isFinite(paths) || paths > total) return { ok: false };
    prob = paths / total;
  }
  if (!(prob >= 0 && prob <= 1)) return { ok: false };
  return { ok: true, d, prob };
}
