// One-sided Kolmogorov–Smirnov distribution for finite n: smirnov(n, x) = P(D_n⁺ ≥ x)
// (SciPy `special.smirnov`, the survival function of `ksone`).
//
// Written here: no maintained JavaScript library has it. Birnbaum & Tingey's (1951) sum
//   P(D_n⁺ ≥ x) = x · Σ_{v=0}^{⌊n(1−x)⌋} C(n,v) (x + v/n)^(v−1) (1 − x − v/n)^(n−v)
// has only positive terms, so it is summed in log space (the terms under- and overflow doubles long
// before n = 10⁶) with the binomial coefficient's logarithm accumulated with compensated summation.
// The special cases and the n > 10⁶ approximation exp(−(6nx+1)²/(18n)) follow SciPy (xsf, after
// van Mulbregt, arXiv:1802.06966). Only the survival function is computed to full relative
// precision; the cdf is 1 − sf.

const MAX_EXACT_N = 1_000_000;
const LOG_MIN = -708.3964185322641; // ln(smallest normal double)

export function smirnov(n: number, x: number): number {
  if (!(n > 0 && Number.isInteger(n)) || !(x >= 0 && x <= 1)) return NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const nx = n * x;
  if (nx <= 1) return 1 - x * Math.pow(1 + x, n - 1);
  if (-2 * n * x * x < LOG_MIN) return 0;
  if (nx >= n - 1) return Math.pow(1 - x, n);
  if (n > MAX_EXACT_N) {
    const logp = -Math.pow(6 * nx + 1, 2) / 18 / n;
    return Math.exp(logp);
  }
  const nTerms = Math.ceil(n - nx); // v runs while 1 − x − v/n > 0
  let logC = 0; // ln C(n, v), Kahan-compensated running sum of ln((n−v)/(v+1))
  let comp = 0;
  let maxLog = -Infinity;
  let scaled = 0; // Σ exp(logTerm − maxLog)
  for (let v = 0; v < nTerms; v++) {
    const rest = (n - v - nx) / n; // 1 − x − v/n
    if (!(rest > 0)) break;
    const head = x + v / n;
    const logRest = head < 0.5 ? Math.log1p(-head) : Math.log(rest);
    const logTerm = logC + (v - 1) * Math.log(head) + (n - v) * logRest;
    if (logTerm > maxLog) {
      scaled = scaled * Math.exp(maxLog - logTerm) + 1;
      maxLog = logTerm;
    } else {
      const t = Math.exp(logTerm - maxLog);
      scaled += t;
      if (v !== nTerms - 1 && 4 * (nTerms - v) * t < Number.EPSILON * scaled) break;
    }
    // logC += ln((n − v)/(v + 1)), compensated
    const y = Math.log((n - v) / (v + 1)) - comp;
    const s = logC + y;
    comp = s - logC - y;
    logC = s;
  }
  const sf = Math.exp(Math.log(x) + maxLog + Math.log(scaled));
  return Math.min(1, Math.max(0, sf));
}

/** P(D_n⁺ < x) = 1 − smirnov(n, x). */
export function smirnovCdf(n: number, x: number): number {
  return 1 - smirnov(n, x);
}
