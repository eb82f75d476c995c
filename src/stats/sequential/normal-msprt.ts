// Normal-mixture SPRT on a difference of means (Johari, Koomen, Pekelis & Walsh, "Always Valid
// Inference: Continuous Monitoring of A/B Tests", Operations Research 70(3), 2022, §4; the mixture is
// Robbins' 1970). With Δ̂ = mean(canary) − mean(baseline), v = s²_c/n_c + s²_b/n_b its variance and a
// N(θ0, τ²) mixture over the true difference,
//     Λ = √(v/(v+τ²)) · exp( τ²(Δ̂−θ0)² / (2v(v+τ²)) )                              (two-sided)
// and with a half-normal mixture on one side (one-sided; derived the same way):
//     Λ = 2·√(v/(v+τ²)) · exp( τ²(Δ̂−θ0)² / (2v(v+τ²)) ) · Φ( ±(Δ̂−θ0)·τ/√(v(v+τ²)) ).
// For Gaussian data with known variances Λ is a martingale under θ = θ0 (a supermartingale on the null
// side for the one-sided forms), so P_H0(∃ n: Λₙ ≥ 1/α) ≤ α at any stopping time (Ville). Here the
// variances are estimated (plug-in), which makes the guarantee asymptotic: it holds as the sample grows
// (Waudby-Smith, Arbour, Sinha, Kennedy & Ramdas, "Time-uniform central limit theory and asymptotic
// confidence sequences", Ann. Statist. 2024). The exact Bernoulli tests in bernoulli-msprt.ts need no
// such caveat; prefer them for error rates. The simulation tests check the false-positive rate with
// looks from `minSamples` on. τ should be of the order of the smallest difference worth detecting.
import { normLogCdf } from '../dist/normal.js';
import { finiteNumber, invalid, probability } from '../validate.js';
import type { SequentialAlternative } from './bernoulli-msprt.js';
import { sequentialResult, type SequentialResult } from './types.js';

export interface ArmSummary {
  /** Observations so far. */
  n: number;
  mean: number;
  /** Unbiased sample variance. */
  variance: number;
}

export interface MeanDifferenceMsprtOptions {
  /** Mixture standard deviation τ > 0, in the unit of the data. */
  tau: number;
  /** Null difference θ0 (canary − baseline), default 0. 'greater' tests H0: θ ≤ θ0. */
  theta0?: number;
  alternative?: SequentialAlternative;
  alpha?: number;
  /** Looks with fewer observations in either arm report no evidence (Λ = 1); default 30. */
  minSamples?: number;
}

function armOf(fn: string, name: string, a: ArmSummary): ArmSummary {
  if (!a || typeof a !== 'object') throw invalid(fn, `${name} is missing (expected { n, mean, variance })`);
  if (!Number.isSafeInteger(a.n) || a.n < 0) throw invalid(fn, `${name}.n is ${a.n} (expected a count ≥ 0)`);
  finiteNumber(fn, `${name}.mean`, a.mean);
  const v = finiteNumber(fn, `${name}.variance`, a.variance);
  if (v < 0) throw invalid(fn, `${name}.variance is ${v} (expected ≥ 0)`);
  return a;
}

/** Mixture SPRT of H0: mean(canary) − mean(baseline) = θ0 (or ≤ / ≥), from running summaries of each arm. */
export function meanDifferenceMsprt(
  canary: ArmSummary,
  baseline: ArmSummary,
  options: MeanDifferenceMsprtOptions,
): SequentialResult {
  const fn = 'meanDifferenceMsprt';
  const c = armOf(fn, 'canary', canary);
  const b = armOf(fn, 'baseline', baseline);
  const tau = finiteNumber(fn, 'tau', options.tau);
  if (!(tau > 0)) throw invalid(fn, `tau is ${tau} (expected a positive mixture standard deviation)`);
  const theta0 = finiteNumber(fn, 'theta0', options.theta0 ?? 0);
  const alpha = probability(fn, 'alpha', options.alpha ?? 0.05, { open: true });
  const alternative = options.alternative ?? 'two-sided';
  const minSamples = options.minSamples ?? 30;
  const v = c.variance / Math.max(c.n, 1) + b.variance / Math.max(b.n, 1);
  if (c.n < Math.max(2, minSamples) || b.n < Math.max(2, minSamples) || !(v > 0))
    return sequentialResult(0, alpha);
  return sequentialResult(normalMixtureLogLR(c.mean - b.mean - theta0, v, tau, alternative), alpha);
}

/** ln Λ for an estimate with offset d = Δ̂ − θ0 and variance v under a N(0, τ²) (or half-normal) mixture. */
export function normalMixtureLogLR(
  d: number,
  v: number,
  tau: number,
  alternative: SequentialAlternative,
): number {
  const t2 = tau * tau;
  const twoSided = 0.5 * Math.log(v / (v + t2)) + (t2 * d * d) / (2 * v * (v + t2));
  if (alternative === 'two-sided') return twoSided;
  const arg = (d * tau) / Math.sqrt(v * (v + t2));
  return Math.LN2 + twoSided + normLogCdf(alternative === 'greater' ? arg : -arg);
}

/**
 * Difference of two proportions (e.g. error rates) with the normal mixture and Bernoulli plug-in
 * variances p̂(1−p̂)/n. Asymptotically valid (see above); rateRatioMsprt is the exact alternative when
 * traffic is split at random with a known share.
 */
export function twoProportionMsprt(
  canary: { events: number; trials: number },
  baseline: { events: number; trials: number },
  options: MeanDifferenceMsprtOptions,
): SequentialResult {
  const fn = 'twoProportionMsprt';
  const arm = (name: string, a: { events: number; trials: number }): ArmSummary => {
    if (
      !Number.isSafeInteger(a?.events) ||
      !Number.isSafeInteger(a?.trials) ||
      a.events < 0 ||
      a.events > a.trials
    ) {
      throw invalid(
        fn,
        `${name} is ${JSON.stringify(a)} (expected { events, trials } with 0 ≤ events ≤ trials)`,
      );
    }
    const p = a.trials > 0 ? a.events / a.trials : 0;
    return { n: a.trials, mean: p, variance: p * (1 - p) };
  };
  return meanDifferenceMsprt(arm('canary', canary), arm('baseline', baseline), options);
}
