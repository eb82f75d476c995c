import type { Behaviour } from './profiles.js';
import type { Rng } from './rng.js';
import type { Latency, ModelProfile } from './scenario/types.js';

export type Outcome = 'ok' | '4xx' | '5xx' | 'modelError';

export interface SimulatedResponse {
  outcome: Outcome;
  /** Microseconds; undefined when the request never reached the model (4xx, 5xx). */
  modelLatencyUs?: number;
  overheadLatencyUs: number;
  /** The model's answer (label or score) when outcome is ok. */
  prediction?: string | number;
}

/** Per-request draws shared by the production variant and its shadow, so predictions can be compared. */
export interface Reference {
  u: number;
  z: number;
}

export function drawReference(rng: Rng): Reference {
  return { u: rng.uniform(), z: rng.normal() };
}

function drawLatencyMs(l: Latency, rng: Rng): number {
  return l.distribution === 'constant' ? l.median : rng.lognormal(l.median, l.sigma);
}

/**
 * The model's prediction: the shared reference mapped through this profile's distribution, replaced
 * by a different answer with probability `disagreement`. Two profiles with the same distribution
 * and disagreement 0 always agree; one with disagreement d departs from the reference in a fraction d.
 */
export function predict(profile: ModelProfile, ref: Reference, rng: Rng): string | number {
  const flip = rng.uniform() < profile.prediction.disagreement;
  const flipDraw = rng.uniform();
  const p = profile.prediction;
  if (p.kind === 'labels') {
    let idx = p.cumulative.findIndex((c) => ref.u < c);
    if (idx < 0) idx = p.labels.length - 1;
    if (flip && p.labels.length > 1)
      idx = (idx + 1 + Math.floor(flipDraw * (p.labels.length - 1))) % p.labels.length;
    return p.labels[idx];
  }
  const score = Math.min(1, Math.max(0, p.mean + p.sd * ref.z));
  return Math.round((flip ? 1 - score : score) * 1e6) / 1e6;
}

/** One request through one model: outcome, latencies, prediction. The number of draws is fixed. */
export function simulateRequest(b: Behaviour, ref: Reference, rng: Rng): SimulatedResponse {
  const u = rng.uniform();
  const overhead = drawLatencyMs(b.profile.overhead, rng);
  const model = drawLatencyMs(b.profile.latency, rng) * b.latencyFactor + b.latencyAddMs;
  const prediction = predict(b.profile, ref, rng);
  const overheadLatencyUs = Math.max(1, Math.round(overhead * 1000));
  const modelLatencyUs = Math.max(1, Math.round(model * 1000));
  if (u < b.rate4xx) return { outcome: '4xx', overheadLatencyUs };
  if (u < b.rate4xx + b.rate5xx) return { outcome: '5xx', overheadLatencyUs };
  if (u < b.rate4xx + b.rate5xx + b.modelErrorRate)
    return { outcome: 'modelError', overheadLatencyUs, modelLatencyUs };
  return { outcome: 'ok', overheadLatencyUs, modelLatencyUs, prediction };
}
