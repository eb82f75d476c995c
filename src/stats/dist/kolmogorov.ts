// The limiting Kolmogorov distribution: K(x) = lim P(√n·D_n ≤ x) (SciPy `kstwobign`,
// `special.kolmogorov` = its survival function, `special.kolmogi` = the inverse of that).
//
// Written here: no maintained JavaScript library provides it with both tails accurate (@stdlib only has
// the one-sample test, jstat nothing). Two series are used, switching at x = 0.82 as in
// Marsaglia/Tsang/Wang and van Mulbregt (arXiv:1803.00426), each needing at most four terms:
//   x ≤ 0.82:  K(x)   = √(2π)/x · Σ_{k≥1} exp(−(2k−1)²π²/(8x²))
//   x > 0.82:  1−K(x) = 2 Σ_{k≥1} (−1)^(k−1) exp(−2k²x²)

export interface KolmogorovProbs {
  sf: number;
  cdf: number;
  pdf: number;
}

const LOG_MIN = -746; // exp of anything below this is 0 in double precision

export function kolmogorovProbs(x: number): KolmogorovProbs {
  if (x <= 0 || x <= Math.PI / Math.sqrt(-LOG_MIN * 8)) return { sf: 1, cdf: 0, pdf: 0 };
  let sf: number;
  let cdf: number;
  let pdf: number;
  if (x <= 0.82) {
    const w = Math.sqrt(2 * Math.PI) / x;
    const logu8 = -(Math.PI * Math.PI) / (x * x); // log(u⁸), u = exp(−π²/(8x²))
    const u = Math.exp(logu8 / 8);
    if (u === 0) {
      cdf = Math.exp(logu8 / 8 + Math.log(w));
      pdf = 0;
    } else {
      // P = 1 + u⁸ + u²⁴ + u⁴⁸ (the sum over k of u^((2k−1)²−1)), D its derivative companion.
      const u8 = Math.exp(logu8);
      const u24 = u8 * u8 * u8;
      let P = 1 + u24;
      let D = 25 + 49 * u24;
      P = 1 + u8 * u8 * P;
      D = 9 + u8 * u8 * D;
      P = 1 + u8 * P;
      D = 1 + u8 * D;
      pdf = ((w * u) / x) * (((Math.PI * Math.PI) / 4 / (x * x)) * D - P);
      cdf = w * u * P;
    }
    sf = 1 - cdf;
  } else {
    const v = Math.exp(-2 * x * x);
    // 1−K = 2(v − v⁴ + v⁹ − v¹⁶) = 2v(1 − v³(1 − v⁵(1 − v⁷)))
    const v3 = v * v * v;
    const v5 = v3 * v * v;
    const v7 = v5 * v * v;
    const P = 1 - v3 * (1 - v5 * (1 - v7));
    const D = 1 - 4 * v3 * (1 - (9 / 4) * v5 * (1 - (16 / 9) * v7));
    sf = 2 * v * P;
    cdf = 1 - sf;
    pdf = 8 * v * x * D;
  }
  return {
    sf: Math.min(1, Math.max(0, sf)),
    cdf: Math.min(1, Math.max(0, cdf)),
    pdf: Math.max(0, pdf),
  };
}

/** Survival function of the limiting Kolmogorov distribution (SciPy `special.kolmogorov`). */
export function kolmogorov(x: number): number {
  return kolmogorovProbs(x).sf;
}

/** Cdf of the limiting Kolmogorov distribution (SciPy `kstwobign.cdf`). */
export function kolmogorovCdf(x: number): number {
  return kolmogorovProbs(x).cdf;
}

/**
 * Inverse of the survival function: x with kolmogorov(x) = p (SciPy `special.kolmogi`).
 * `p` and `q = 1 − p` are both passed so either tail keeps full precision (kolmogci uses q).
 */
export function kolmogi(p: number, q = 1 - p): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  if (q === 0) return 0;
  if (p === 0) return Infinity;
  // Bracket: K(x) ≥ 1 − 2exp(−2x²) makes b = sqrt(−ln(p/2)/2) an upper bound; the series cutoff a lower one.
  let a = Math.PI / Math.sqrt(-LOG_MIN * 8);
  let b = Math.max(Math.sqrt(-Math.log(p / 2) / 2), 1);
  const useCdf = q < 0.5;
  let x = (a + b) / 2;
  for (let iter = 0; iter < 500; iter++) {
    const probs = kolmogorovProbs(x);
    // f(x) increases with x when expressed as cdf − q, or as p − sf.
    const f = useCdf ? probs.cdf - q : p - probs.sf;
    if (f === 0) break;
    if (f > 0) b = x;
    else a = x;
    let next = probs.pdf > 0 ? x - f / probs.pdf : (a + b) / 2;
    if (!(next > a && next < b)) next = (a + b) / 2;
    if (Math.abs(next - x) <= 4 * Number.EPSILON * Math.abs(x)) {
      x = next;
      break;
    }
    x = next;
  }
  return x;
}

/** x with kolmogorovCdf(x) = p (SciPy `special.kolmogci`). */
export function kolmogci(p: number): number {
  return kolmogi(1 - p, p);
}
