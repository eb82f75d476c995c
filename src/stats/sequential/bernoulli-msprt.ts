// Mixture sequential probability ratio tests on Bernoulli data that are *exactly* always valid.
//
// The statistic is Robbins' mixture likelihood ratio Λₙ = ∫ L(p)/L(p₀) dπ(p), L(p) = p^S (1−p)^F, with a
// Beta(a, b) mixing density π restricted to the alternative. For every p' in the alternative,
// L(p')/L(p₀) is a non-negative martingale when p = p₀ and a supermartingale for any p on the null side
// of p₀ (E_p[(p'/p₀)^X ((1−p')/(1−p₀))^(1−X)] ≤ 1 there), and so is any fixed mixture of them. Ville's
// inequality then gives P_H0(∃ n: Λₙ ≥ 1/α) ≤ α: the test may be looked at after every observation and
// stopped whenever it rejects (or whenever else), and its type-I error stays below α. The running
// minimum of 1/Λₙ is an always-valid p-value. References: H. Robbins, "Statistical methods related to
// the law of the iterated logarithm", Ann. Math. Statist. 41 (1970); R. Johari, P. Koomen, L. Pekelis,
// D. Walsh, "Always Valid Inference: Continuous Monitoring of A/B Tests", Operations Research 70(3)
// (2022) (mSPRT); A. Ramdas, P. Grünwald, V. Vovk, G. Shafer, "Game-theoretic statistics and safe
// anytime-valid inference", Statistical Science 38(4) (2023).
import betainc from '@stdlib/math-base-special-betainc';
import gammaln from '@stdlib/math-base-special-gammaln';
import { invalid, nonNegativeInteger, probability } from '../validate.js';
import { sequentialResult, type SequentialResult } from './types.js';

export type SequentialAlternative = 'greater' | 'less' | 'two-sided';

export interface BetaPrior {
  a: number;
  b: number;
}

export interface BernoulliMsprtOptions {
  /** Null rate. 'greater' tests H0: p ≤ p0, 'less' H0: p ≥ p0, 'two-sided' H0: p = p0. */
  p0: number;
  alternative?: SequentialAlternative;
  /** Type-I error bound over all looks (default 0.05). */
  alpha?: number;
  /**
   * The rate the test should detect fastest: the Beta prior is centred on it with standard deviation
   * |effect − p0| (default 2·p0 for 'greater', p0/2 for 'less'; for 'two-sided' the prior is centred on
   * p0 itself with that spread).
   */
  effect?: number;
  /** An explicit Beta(a, b) mixing prior instead of `effect`. */
  prior?: BetaPrior;
}

function lnBeta(a: number, b: number): number {
  return gammaln(a) + gammaln(b) - gammaln(a + b);
}

/** ln of the prior mass a Beta(a, b) gives to the alternative's side of p0. */
function logRegionMass(alternative: SequentialAlternative, p0: number, a: number, b: number): number {
  if (alternative === 'two-sided') return 0;
  // betainc(x, a, b, regularized, upper): upper = P(p > x)
  return Math.log(betainc(p0, a, b, true, alternative === 'greater'));
}

export function defaultPrior(p0: number, alternative: SequentialAlternative, effect?: number): BetaPrior {
  const target = effect ?? (alternative === 'greater' ? Math.min(2 * p0, (1 + p0) / 2) : p0 / 2);
  const mean = alternative === 'two-sided' ? p0 : target;
  const sd = Math.abs(target - p0);
  // Beta with the given mean and sd: a + b + 1 = m(1−m)/sd², kept ≥ 2 so the density is proper and smooth.
  const nu = Math.max(2, (mean * (1 - mean)) / (sd * sd) - 1);
  return { a: mean * nu, b: (1 - mean) * nu };
}

/**
 * Mixture SPRT for a rate after `successes` events in `trials` Bernoulli trials (e.g. errors among
 * requests). Exactly valid at every look; see the header comment for the guarantee.
 */
export function bernoulliMsprt(
  successes: number,
  trials: number,
  options: BernoulliMsprtOptions,
): SequentialResult {
  const fn = 'bernoulliMsprt';
  nonNegativeInteger(fn, 'successes', successes);
  nonNegativeInteger(fn, 'trials', trials);
  if (successes > trials) throw invalid(fn, `successes (${successes}) exceed trials (${trials})`);
  const p0 = probability(fn, 'p0', options.p0, { open: true });
  const alpha = probability(fn, 'alpha', options.alpha ?? 0.05, { open: true });
  const alternative = options.alternative ?? 'greater';
  if (!['greater', 'less', 'two-sided'].includes(alternative)) {
    throw invalid(fn, `alternative is ${String(alternative)} (expected 'greater', 'less' or 'two-sided')`);
  }
  if (options.effect !== undefined) {
    const e = probability(fn, 'effect', options.effect, { open: true });
    if ((alternative === 'greater' && !(e > p0)) || (alternative === 'less' && !(e < p0)) || e === p0) {
      throw invalid(fn, `effect is ${e} (it must lie on the alternative's side of p0 = ${p0})`);
    }
  }
  const prior = options.prior ?? defaultPrior(p0, alternative, options.effect);
  if (!(prior.a > 0 && prior.b > 0 && Number.isFinite(prior.a) && Number.isFinite(prior.b))) {
    throw invalid(fn, `prior is Beta(${prior.a}, ${prior.b}) (a and b must be positive and finite)`);
  }
  const s = successes;
  const f = trials - successes;
  const logLR =
    lnBeta(prior.a + s, prior.b + f) -
    lnBeta(prior.a, prior.b) +
    logRegionMass(alternative, p0, prior.a + s, prior.b + f) -
    logRegionMass(alternative, p0, prior.a, prior.b) -
    s * Math.log(p0) -
    f * Math.log1p(-p0);
  return sequentialResult(logLR, alpha);
}

export interface RateRatioMsprtOptions {
  /** Share of requests routed to the canary (each request independently), 0 < w < 1. */
  canaryShare: number;
  /** Null ratio r0 of canary rate to baseline rate; 'greater' tests H0: ratio ≤ r0 (default 1). */
  ratio0?: number;
  alternative?: SequentialAlternative;
  alpha?: number;
  /** The ratio the test should detect fastest (default 2·r0 for 'greater', r0/2 for 'less'). */
  effectRatio?: number;
}

/**
 * Two-arm error-rate comparison without a nuisance parameter: when each request goes to the canary with
 * probability w independently of everything else, an error is the canary's with probability
 * q = w·r/(w·r + 1 − w), r = canary rate / baseline rate, whatever the baseline rate is. So the sequence
 * "whose was each error" is Bernoulli(q), and bernoulliMsprt on it with q0 = q(r0) is an exactly valid
 * sequential test of H0: r ≤ r0 (or ≥, or =). Needs per-request random routing at a known share (as
 * SageMaker's weighted production variants do); sticky routing breaks the premise.
 */
export function rateRatioMsprt(
  canaryEvents: number,
  baselineEvents: number,
  options: RateRatioMsprtOptions,
): SequentialResult {
  const fn = 'rateRatioMsprt';
  nonNegativeInteger(fn, 'canaryEvents', canaryEvents);
  nonNegativeInteger(fn, 'baselineEvents', baselineEvents);
  const w = probability(fn, 'canaryShare', options.canaryShare, { open: true });
  const r0 = options.ratio0 ?? 1;
  if (!(r0 > 0 && Number.isFinite(r0))) throw invalid(fn, `ratio0 is ${r0} (expected a positive number)`);
  const alternative = options.alternative ?? 'greater';
  const q = (r: number) => (w * r) / (w * r + 1 - w);
  let effect: number | undefined;
  if (options.effectRatio !== undefined) {
    const er = options.effectRatio;
    if (!(er > 0 && Number.isFinite(er)))
      throw invalid(fn, `effectRatio is ${er} (expected a positive number)`);
    effect = q(er);
  } else if (alternative !== 'two-sided') {
    effect = q(alternative === 'greater' ? 2 * r0 : r0 / 2);
  }
  return bernoulliMsprt(canaryEvents, canaryEvents + baselineEvents, {
    p0: q(r0),
    alternative,
    alpha: options.alpha,
    effect,
  });
}

/**
 * Sign-test form for latency: H0 "the q-quantile of latency is at most the threshold", i.e.
 * P(latency > threshold) ≤ 1 − q, tested on the count of requests slower than the threshold. Exactly
 * valid like bernoulliMsprt (no distributional assumption on latencies). 'less' tests the reverse
 * (H0: the quantile is above the threshold; rejecting it lets a gate promote early).
 */
export function latencyQuantileMsprt(
  slowRequests: number,
  requests: number,
  options: { quantile: number; alternative?: 'greater' | 'less'; alpha?: number; effect?: number },
): SequentialResult {
  const q = probability('latencyQuantileMsprt', 'quantile', options.quantile, { open: true });
  return bernoulliMsprt(slowRequests, requests, {
    p0: 1 - q,
    alternative: options.alternative ?? 'greater',
    alpha: options.alpha,
    effect: options.effect,
  });
}
