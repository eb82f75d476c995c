import type { RollbackReason } from './events.js';
import { ProviderError, type EndpointState } from './ports.js';
import type { RolloutState } from './state.js';
import { TAG } from './tags.js';
import { snapshot, trafficShares, verifyState } from './verify.js';
import { waitSettled } from './wait.js';

export interface RestoreResult {
  ok: boolean;
  /** The revert was sent but the process must exit before it could be verified. */
  interrupted: boolean;
  state?: EndpointState;
  error?: string;
}

/**
 * Rolls back to the last known-good config. First, at once, one call that takes the traffic
 * off the candidate (weights back to the baseline, or the abort alarm for a native update);
 * then the last known-good config is restored and verified: InService, that config, no traffic
 * on the candidate. Retried; a rollback that still fails reports the exact endpoint state.
 */
export async function rollback(
  r: RolloutState,
  reason: RollbackReason,
  detail: string,
): Promise<RestoreResult> {
  r.emit('rolling-back', { reason, detail });
  const result = await restore(r, { reason: `${reason}: ${detail}` });
  if (result.ok) {
    r.emit('rolled-back', { endpointConfig: r.layout.lastGoodConfig ?? '', verified: true });
  } else if (result.interrupted) {
    r.emit('rolled-back', { endpointConfig: r.layout.lastGoodConfig ?? '', verified: false });
  } else {
    r.emit('rollback-failed', {
      error: result.error ?? 'unknown error',
      state: snapshot(result.state, r.endpoint),
    });
  }
  return result;
}

/** The same restore without the rollback events (an A/B test that keeps its baseline). */
export async function restore(r: RolloutState, o: { reason: string }): Promise<RestoreResult> {
  const hard = r.o.hardSignal;
  let lastError = '';
  let state: EndpointState | undefined;
  for (let attempt = 1; attempt <= r.t.rollbackAttempts; attempt++) {
    try {
      state = await revertOnce(r, attempt, o.reason);
      return { ok: true, interrupted: false, state };
    } catch (err) {
      lastError = (err as Error).message;
      if (hard?.aborted) return { ok: false, interrupted: true, error: lastError, state };
      r.emit('warning', {
        message: `rollback attempt ${attempt}/${r.t.rollbackAttempts} failed: ${lastError}`,
      });
      try {
        await r.o.clock.sleep(2 ** attempt * 5_000, hard);
      } catch {
        return { ok: false, interrupted: true, error: lastError, state };
      }
    }
  }
  try {
    state = await r.endpoints.describeEndpoint(r.endpoint);
  } catch (err) {
    lastError += `; DescribeEndpoint also failed: ${(err as Error).message}`;
  }
  return { ok: false, interrupted: false, error: lastError, state };
}

async function settle(r: RolloutState, onPoll?: (s: EndpointState | undefined) => Promise<void>) {
  return waitSettled({
    clock: r.o.clock,
    endpoints: r.endpoints,
    endpoint: r.endpoint,
    timeoutMs: r.o.spec.rollback.stepTimeoutSeconds * 1000,
    signal: r.o.hardSignal,
    random: r.o.random,
    initialDelayMs: r.t.waitInitialSeconds * 1000,
    maxDelayMs: r.t.waitMaxSeconds * 1000,
    // A rollback can outlast the lock's TTL; keep it, so nothing deploys over a rollback in progress.
    onPoll: async (s) => {
      if (s) await r.renewLockIfDue();
      await onPoll?.(s);
    },
  });
}

async function revertOnce(
  r: RolloutState,
  attempt: number,
  reason: string,
): Promise<EndpointState | undefined> {
  const lkg = r.layout.lastGoodConfig;
  let state = await r.endpoints.describeEndpoint(r.endpoint);
  if (r.first) return deleteFirst(r, state);
  if (!lkg) throw new Error(`no last known-good config is known for ${r.endpoint}`);

  const base = r.layout.baseline!.name;
  const cand = r.layout.candidateVariant;
  // Weights can take the traffic off the candidate when both variants serve side by side.
  const shiftable = (s: EndpointState | undefined) =>
    s?.status === 'InService' &&
    s.configName !== lkg &&
    (trafficShares(s)?.[cand] ?? 0) > 0 &&
    s.production.some((v) => v.name === base);
  const weightsBack = () =>
    r.endpoints.updateWeights(r.endpoint, [
      { variant: base, weight: 100 },
      { variant: cand, weight: 0 },
    ]);

  // 1. Traffic off the candidate, in a single immediate call.
  if (shiftable(state)) await weightsBack();
  else if (r.abortAlarm && state && state.status !== 'InService') await tripAbort(r, reason);
  if (attempt === 1) await r.setPhase('rolling-back', { [TAG.reason]: reason.slice(0, 250) });

  // 2. Let whatever is in flight finish (a native rollback included; keep its alarm tripped).
  state = await settle(r, async (s) => {
    if (r.abortAlarm && r.nativeInFlight && s && s.status !== 'InService') await tripAbort(r, reason);
  });
  r.nativeInFlight = false;
  if (shiftable(state)) {
    await weightsBack();
    state = await settle(r);
  }

  // 3. The last known-good config back on the endpoint.
  if (state?.configName !== lkg) {
    await r.endpoints.updateEndpoint(r.endpoint, lkg);
    state = await settle(r);
  }
  const v = verifyState(state, { config: lkg, ...(cand !== base ? { noTrafficOn: [cand] } : {}) });
  if (!v.ok) throw new Error(`after restoring ${lkg}: ${v.detail}`);
  return state;
}

async function tripAbort(r: RolloutState, reason: string): Promise<void> {
  try {
    await r.o.ports.metrics.setAlarmState(r.abortAlarm!, 'ALARM', `modelgate rollback: ${reason}`);
  } catch (err) {
    if (!(err instanceof ProviderError && err.retryable)) throw err;
  }
}

/** First deployment: no known-good model exists, so the candidate's endpoint is deleted. */
async function deleteFirst(r: RolloutState, state: EndpointState | undefined): Promise<undefined> {
  if (state && state.status !== 'Deleting') {
    if (state.status === 'Creating' || state.status === 'Updating') state = await settle(r);
    if (state && state.status !== 'Deleting') await r.endpoints.deleteEndpoint(r.endpoint);
  }
  const after = await settle(r);
  if (after) throw new Error(`endpoint ${r.endpoint} still exists (${after.status}) after DeleteEndpoint`);
  return undefined;
}
