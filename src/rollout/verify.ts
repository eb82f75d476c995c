import type { EndpointSnapshot } from './events.js';
import type { EndpointState } from './ports.js';

/** What the endpoint must look like after a wait. */
export interface Expectation {
  config: string;
  /** Production traffic percent per variant (only these variants may exist); omitted: not checked. */
  traffic?: Record<string, number>;
  /** Shadow variants that must be present. */
  shadow?: string[];
  /** Variants that must carry no production traffic (rollback: the candidate). */
  noTrafficOn?: string[];
}

export type Verification =
  | { ok: true }
  /** The endpoint answered and is not what was asked. */
  | { ok: false; kind: 'wrong'; detail: string }
  /** The endpoint's answer does not say (missing weights, describe failing). */
  | { ok: false; kind: 'unverifiable'; detail: string };

/** Percentage-point tolerance on traffic shares (weights are floats; SageMaker normalises). */
const TOLERANCE = 0.5;

/** Traffic share per production variant, percent, from the weights SageMaker reports. */
export function trafficShares(state: EndpointState): Record<string, number> | undefined {
  if (state.production.some((v) => v.currentWeight === undefined)) return undefined;
  const total = state.production.reduce((a, v) => a + (v.currentWeight ?? 0), 0);
  const out: Record<string, number> = {};
  for (const v of state.production) out[v.name] = total > 0 ? (100 * (v.currentWeight ?? 0)) / total : 0;
  return out;
}

/**
 * Verify, never assume: a failed or auto-rolled-back update ends InService on the OLD config
 * with only a FailureReason, so the status alone proves nothing.
 */
export function verifyState(state: EndpointState | undefined, exp: Expectation): Verification {
  if (!state) return { ok: false, kind: 'wrong', detail: 'the endpoint does not exist' };
  if (state.status !== 'InService')
    return { ok: false, kind: 'wrong', detail: `status is ${state.status}, expected InService` };
  if (state.configName === undefined)
    return { ok: false, kind: 'unverifiable', detail: 'DescribeEndpoint returned no EndpointConfigName' };
  if (state.configName !== exp.config) {
    const why = state.failureReason ? ` (FailureReason: ${state.failureReason})` : '';
    return {
      ok: false,
      kind: 'wrong',
      detail: `serving config ${state.configName}, expected ${exp.config}${why}`,
    };
  }
  const shares = trafficShares(state);
  if (exp.traffic || exp.noTrafficOn?.length) {
    if (!shares)
      return {
        ok: false,
        kind: 'unverifiable',
        detail: 'DescribeEndpoint returned no CurrentWeight for some variant',
      };
  }
  if (exp.traffic && shares) {
    for (const name of Object.keys(shares)) {
      if (!(name in exp.traffic))
        return { ok: false, kind: 'wrong', detail: `unexpected production variant ${name}` };
    }
    for (const [name, want] of Object.entries(exp.traffic)) {
      const got = shares[name];
      if (got === undefined)
        return { ok: false, kind: 'wrong', detail: `production variant ${name} is missing` };
      if (Math.abs(got - want) > TOLERANCE)
        return {
          ok: false,
          kind: 'wrong',
          detail: `${name} has ${fmt(got)}% of traffic, expected ${fmt(want)}%`,
        };
    }
  }
  for (const name of exp.noTrafficOn ?? []) {
    if ((shares?.[name] ?? 0) > 0)
      return { ok: false, kind: 'wrong', detail: `${name} still has ${fmt(shares![name])}% of traffic` };
  }
  for (const name of exp.shadow ?? []) {
    if (!state.shadow.some((v) => v.name === name))
      return { ok: false, kind: 'wrong', detail: `shadow variant ${name} is missing` };
  }
  return { ok: true };
}

const fmt = (n: number) => `${+n.toFixed(2)}`;

export function snapshot(state: EndpointState | undefined, endpoint: string): EndpointSnapshot {
  if (!state) return { endpoint, status: 'NotFound', variants: [] };
  return {
    endpoint,
    status: state.status,
    ...(state.configName ? { endpointConfig: state.configName } : {}),
    ...(state.failureReason ? { failureReason: state.failureReason } : {}),
    variants: [
      ...state.production.map((v) => ({
        name: v.name,
        weight: v.currentWeight ?? v.desiredWeight ?? 0,
        instances: v.currentInstances,
      })),
      ...state.shadow.map((v) => ({
        name: v.name,
        weight: v.currentWeight ?? v.desiredWeight ?? 0,
        instances: v.currentInstances,
        shadow: true,
      })),
    ],
  };
}
