import type { Outcome, PlanStep } from '../plan/types.js';
import { applyStep, createFirst, modelDef, targetsFor } from './actions.js';
import { bake, type BakeVerdict } from './bake.js';
import { startNative, watchNative } from './native.js';
import { LockLost, RolloutAbort, type RolloutOptions } from './context.js';
import type { EndpointSnapshot, RollbackReason, RolloutOutcome } from './events.js';
import { decideAbTest } from '../gates/ab-test.js';
import { buildLayout } from './layout.js';
import { acquireLock, describeHolder, lockTags } from './lock.js';
import { GateMonitor, type MonitorSetup } from './monitor.js';
import { ProviderError } from './ports.js';
import { rollback, restore } from './rollback.js';
import { RolloutState } from './state.js';
import { FINAL_PHASES, TAG, stepOfPhase, stepPhase, type Phase } from './tags.js';
import { snapshot } from './verify.js';

export interface RolloutResult {
  outcome: RolloutOutcome;
  summary: string;
  /** The endpoint as last seen, when the outcome is unsafe or the end state matters. */
  endpoint?: EndpointSnapshot;
}

/** Runs a plan against an endpoint, start to finish; never throws for rollout failures. */
export async function executeRollout(o: RolloutOptions): Promise<RolloutResult> {
  let started = false;
  const r = new RolloutState({
    ...o,
    emit: (e) => {
      started ||= e.type === 'deployment-started';
      o.emit(e);
    },
  });
  const result = await run(r);
  // Reporters always see the plan first, refusals included.
  if (!started) r.emit('deployment-started', { plan: o.plan, endpoint: r.endpoint, resumed: false });
  r.emit('done', { outcome: result.outcome, summary: result.summary });
  return result;
}

async function run(r: RolloutState): Promise<RolloutResult> {
  let start: number | RolloutResult;
  try {
    start = await prepare(r);
  } catch (err) {
    // Nothing moved yet (or a resumed run could not be read): report, leave the endpoint alone.
    if (r.layout && r.first && r.o.spec.rollback.enabled) return failed(r, err);
    if (r.layout && r.lockExpiresAt > 0 && r.o.spec.rollback.enabled) return failed(r, err);
    return { outcome: 'refused', summary: `refused: ${(err as Error).message}` };
  }
  if (typeof start !== 'number') return start;
  try {
    const steps = r.o.plan.steps;
    for (let i = start; i < steps.length; i++) {
      const outcome = await runStep(r, steps[i]);
      if (outcome === 'next') continue;
      if (outcome === 'complete') return await complete(r);
      if (outcome === 'keep-baseline')
        return await keepBaseline(r, `step ${steps[i].name} decided to keep the baseline`);
      throw new RolloutAbort('gate-failed', `step "${steps[i].name}" failed its gates`);
    }
    return await complete(r);
  } catch (err) {
    return failed(r, err);
  }
}

function classify(r: RolloutState, err: unknown): { reason: RollbackReason; detail: string } {
  if (err instanceof RolloutAbort) return { reason: err.reason, detail: err.message };
  if (r.o.signal?.aborted)
    return {
      reason: 'cancelled',
      detail: `cancelled (${String((r.o.signal.reason as Error)?.message ?? r.o.signal.reason)})`,
    };
  if (err instanceof ProviderError) return { reason: 'api-error', detail: err.message };
  return { reason: 'api-error', detail: (err as Error)?.message ?? String(err) };
}

async function failed(r: RolloutState, err: unknown): Promise<RolloutResult> {
  if (err instanceof LockLost) {
    r.emit('warning', { message: err.message });
    return { outcome: 'refused', summary: err.message };
  }
  const { reason, detail } = classify(r, err);
  if (!r.o.spec.rollback.enabled) {
    const state = await r.endpoints.describeEndpoint(r.endpoint).catch(() => undefined);
    r.emit('warning', { message: `rollback is disabled in the spec; the endpoint is left as it is` });
    return {
      outcome: 'unsafe',
      summary: `${reason}: ${detail}; rollback disabled, endpoint left as is`,
      endpoint: snapshot(state, r.endpoint),
    };
  }
  const res = await rollback(r, reason, detail);
  if (res.ok) {
    await r.setPhase('rolled-back');
    await r.releaseLock();
    const where = r.layout.lastGoodConfig
      ? `restored ${r.layout.lastGoodConfig}`
      : `deleted the first deployment's endpoint`;
    return { outcome: 'rolled-back', summary: `rolled back (${reason}): ${detail}; ${where}, verified` };
  }
  const snap = snapshot(res.state, r.endpoint);
  if (res.interrupted) {
    return {
      outcome: 'unsafe',
      summary: `rollback sent but not verified before exit (${reason}: ${detail}); re-run deployment ${r.o.deploymentId} or \`modelgate rollback --endpoint ${r.endpoint}\``,
      endpoint: snap,
    };
  }
  return {
    outcome: 'unsafe',
    summary: `ROLLBACK FAILED after ${reason} (${detail}): ${res.error}`,
    endpoint: snap,
  };
}

/** Alarm gates whose alarm does not exist: caught before any traffic moves, not after. */
async function missingAlarms(r: RolloutState) {
  const gates = r.gates.flatMap((g) =>
    g.kind === 'alarm' && r.o.plan.steps.some((s) => s.gates.includes(g.id)) ? [g] : [],
  );
  if (!gates.length) return [];
  const found = new Set(
    (await r.o.ports.metrics.describeAlarms(gates.map((g) => g.alarm))).map((a) => a.name),
  );
  return gates.filter((g) => !found.has(g.alarm));
}

/** The plan's content-addressed model name (same model version, same name), else a per-deployment one. */
const candidateModel = (r: RolloutState) => r.o.plan.candidateModel ?? r.names.model;

/** Describe, lock, and decide where to start (0, a resumed step, or an outcome already reached). */
async function prepare(r: RolloutState): Promise<number | RolloutResult> {
  const { o } = r;
  const missing = await missingAlarms(r);
  if (missing.length) {
    return {
      outcome: 'refused',
      summary: `refused: alarm gate${missing.length > 1 ? 's' : ''} ${missing.map((g) => `${g.id} (alarm ${g.alarm})`).join(', ')} name${missing.length > 1 ? '' : 's'} no existing CloudWatch alarm; create it or remove the gate. Nothing was changed`,
    };
  }
  let state = await r.describe();
  const started = (resumed: boolean) =>
    r.emit('deployment-started', { plan: o.plan, endpoint: r.endpoint, resumed });
  const lockFor = () => lockTags(o.deploymentId, o.holder, r.now() + r.t.lockTtlSeconds * 1000);

  if (!state) {
    r.first = true;
    r.layout = buildLayout({ spec: o.spec, plan: o.plan, names: r.names, model: candidateModel(r) });
    started(false);
    const tags: Record<string, string> = {
      ...lockFor(),
      [TAG.deploymentId]: o.deploymentId,
      [TAG.phase]: stepPhase(0),
    };
    r.lockExpiresAt = Date.parse(tags[TAG.lockExpires]);
    try {
      await createFirst(r, tags);
    } catch (err) {
      if (err instanceof ProviderError && err.kind === 'already-exists') {
        return {
          outcome: 'refused',
          summary: `refused: endpoint ${r.endpoint} was created by someone else meanwhile`,
        };
      }
      throw err;
    }
    r.emit('lock-acquired', { owner: o.holder, expiresAt: r.lockExpiresAt });
    r.emit('warning', {
      message: `first deployment to ${r.endpoint}: no baseline exists, the candidate serves all traffic; gates without a baseline are not evaluated and a rollback deletes the endpoint`,
    });
    return 0;
  }

  const tags = await r.endpoints.readTags(r.endpoint);
  if (
    tags[TAG.deploymentId] === o.deploymentId &&
    FINAL_PHASES.has(tags[TAG.phase] ?? '') &&
    tags[TAG.lock] !== o.deploymentId
  ) {
    const phase = tags[TAG.phase] as RolloutOutcome;
    started(true);
    return {
      outcome: phase,
      summary: `deployment ${o.deploymentId} already finished on ${r.endpoint}: ${phase}`,
    };
  }
  const lock = await acquireLock({
    endpoints: r.endpoints,
    clock: o.clock,
    endpoint: r.endpoint,
    deploymentId: o.deploymentId,
    holder: o.holder,
    ttlMs: r.t.lockTtlSeconds * 1000,
    settleMs: r.t.lockSettleSeconds * 1000,
    signal: o.signal,
    tags,
  });
  if (!lock.ok) {
    started(false);
    const how = lock.lostRace ? 'another run took the lock at the same moment: ' : '';
    return {
      outcome: 'refused',
      summary: `refused: ${r.endpoint} is locked by ${how}${describeHolder(lock.holder)}`,
    };
  }
  r.lockExpiresAt = lock.expiresAt;
  const resumed = lock.resumed;
  const phase = lock.tags[TAG.phase];
  const unfinished = phase !== undefined && !FINAL_PHASES.has(phase);
  // Resumed or taken over mid-rollout: the last known-good config is the one the tags recorded.
  const lkgName =
    (resumed || (lock.tookOverFrom && unfinished)) && lock.tags[TAG.lastGoodConfig]
      ? lock.tags[TAG.lastGoodConfig]
      : state.configName;
  const lastGood = lkgName ? await r.endpoints.describeEndpointConfig(lkgName) : undefined;
  r.layout = buildLayout({ spec: o.spec, plan: o.plan, names: r.names, model: candidateModel(r), lastGood });
  started(resumed);
  r.emit('lock-acquired', {
    owner: o.holder,
    expiresAt: lock.expiresAt,
    ...(lock.tookOverFrom ? { tookOverFrom: describeHolder(lock.tookOverFrom) } : {}),
  });
  if (!lastGood) {
    await r.releaseLock();
    return {
      outcome: 'refused',
      summary: `refused: the last known-good config ${lkgName ?? '(none)'} of ${r.endpoint} cannot be read; nothing was changed`,
    };
  }

  if (lock.tookOverFrom && unfinished) {
    r.emit('warning', {
      message: `deployment ${lock.tookOverFrom.deploymentId} was left unfinished (${phase}); restoring ${lkgName} before starting`,
    });
    const res = await restore(r, { reason: `abandoned deployment ${lock.tookOverFrom.deploymentId}` });
    if (!res.ok) throw new Error(`could not restore ${lkgName} after the abandoned deployment: ${res.error}`);
    state = (await r.describe()) ?? state;
  }
  if (resumed && phase === 'rolling-back')
    throw new RolloutAbort('cancelled', `resuming the interrupted rollback of ${o.deploymentId}`);
  if (
    !resumed &&
    (state.status !== 'InService' || lastGood.production.length !== 1 || lastGood.shadow.length)
  ) {
    await r.releaseLock();
    const why =
      state.status !== 'InService'
        ? `is ${state.status}`
        : `serves ${lastGood.production.length} production and ${lastGood.shadow.length} shadow variants (expected one production variant)`;
    return { outcome: 'refused', summary: `refused: ${r.endpoint} ${why}; nothing was changed` };
  }
  if (resumed && state.status !== 'InService') await r.settle();

  await r.endpoints.createModel(modelDef(r), r.resourceTags);
  await r.setPhase(resumed && phase ? (phase as Phase) : 'starting', { [TAG.lastGoodConfig]: lkgName! });
  // A resumed run may find the candidate already alone on the endpoint (after finalize or a native update).
  const serving = [r.layout.final, r.layout.native].find((c) => c.name === state.configName);
  r.servingVariant = serving ? serving.production[0].name : r.layout.candidateVariant;
  const from = resumed ? (stepOfPhase(phase) ?? 0) : 0;
  if (resumed)
    r.emit('warning', {
      message: `resuming deployment ${o.deploymentId} at step ${from} (${o.plan.steps[from]?.name ?? 'end'})`,
    });
  return from;
}

async function runStep(r: RolloutState, step: PlanStep): Promise<Outcome> {
  r.checkCancelled();
  r.checkDeadline();
  r.emit('step-started', { step });
  await r.setPhase(stepPhase(step.index));
  const native = step.action === 'native-update' || step.action === 'native-phase';
  if (step.action === 'native-update' && !r.first) await startNative(r, step);
  else await applyStep(r, step);
  if (!native && step.bakeSeconds <= 0 && step.gates.length === 0) return stepPassed(r, step, step.onPass);

  const monitor = new GateMonitor(deps(r), monitorSetup(r, step));
  let verdict: BakeVerdict;
  if (native && !r.first) {
    const next = r.o.plan.steps[step.index + 1];
    verdict = await watchNative(r, step, monitor, next?.action !== 'native-phase');
  } else {
    const ab =
      step.action === 'experiment' && r.o.spec.strategy.type === 'ab-test' ? r.o.spec.strategy : undefined;
    verdict = await bake(
      r,
      step,
      monitor,
      ab ? { done: (e) => decideAbTest(ab, e.data).samplesReached } : {},
    );
  }
  if (verdict.status === 'fail') {
    if (step.onFail !== 'rollback') return step.onFail === 'next' ? stepPassed(r, step, 'next') : step.onFail;
    throw new RolloutAbort('gate-failed', failures(verdict.results));
  }
  if (verdict.status === 'pass') return stepPassed(r, step, step.onPass);
  const outcome =
    step.onInconclusive === 'extend'
      ? r.o.spec.gates.onInconclusive === 'pass'
        ? step.onPass
        : 'rollback'
      : step.onInconclusive;
  if (outcome === 'rollback')
    throw new RolloutAbort(
      'gate-failed',
      `step "${step.name}" stayed inconclusive: ${inconclusive(verdict.results)}`,
    );
  r.emit('warning', {
    message: `step "${step.name}" inconclusive (${inconclusive(verdict.results)}); continuing as the plan says: ${outcome}`,
  });
  return outcome === 'keep-baseline' ? outcome : stepPassed(r, step, outcome);
}

function stepPassed(r: RolloutState, step: PlanStep, outcome: Outcome): Outcome {
  r.emit('step-passed', { stepIndex: step.index });
  return outcome;
}

const failures = (rs: { status: string; summary: string; gateId: string }[]) =>
  rs
    .filter((x) => x.status === 'fail')
    .map((x) => `${x.gateId}: ${x.summary}`)
    .join('; ') || 'gate failed';
const inconclusive = (rs: { status: string; summary: string; gateId: string }[]) =>
  rs
    .filter((x) => x.status === 'inconclusive')
    .map((x) => `${x.gateId}: ${x.summary}`)
    .join('; ');

const deps = (r: RolloutState) => ({
  spec: r.o.spec,
  gates: r.gates,
  ports: r.o.ports,
  clock: r.o.clock,
  emit: r.emit,
  tuning: r.t,
  cursor: r.cursor,
});

function monitorSetup(r: RolloutState, step: PlanStep): MonitorSetup {
  const spec = r.o.spec;
  const strategy = spec.strategy;
  // The window reaches back to the newest period the previous step evaluated, so the minute a
  // step ended in is still read (the gates are per variant, so the traffic split does not matter).
  const windowStart = Math.min(r.now(), r.cursor.end ?? r.now());
  const setup: MonitorSetup = { step, targets: targetsFor(r, step), windowStart };
  if (
    step.action === 'shadow' &&
    strategy.type === 'shadow' &&
    strategy.agreement &&
    spec.target.dataCapture
  ) {
    setup.agreement = {
      spec: strategy.agreement,
      destination: spec.target.dataCapture.destination,
      endpoint: r.endpoint,
      variants: { production: r.layout.baseline?.name ?? '', shadow: r.layout.candidateVariant },
    };
  }
  if (step.action === 'experiment' && strategy.type === 'ab-test') setup.ab = strategy;
  return setup;
}

/** The plan ran to its end: the candidate serves, unless the last step left the baseline in place. */
async function complete(r: RolloutState): Promise<RolloutResult> {
  const state = await r.describe();
  const serving = state?.configName;
  const candidateServes = serving === r.layout.final.name || serving === r.layout.native.name;
  if (!candidateServes)
    return keepBaseline(r, 'the plan finished without making the candidate the production variant');
  await r.setPhase('promoted', {
    [TAG.lastGoodConfig]: serving!,
    ...(r.layout.lastGoodConfig ? { [TAG.previousGoodConfig]: r.layout.lastGoodConfig } : {}),
  });
  await r.releaseLock();
  r.emit('promoted', { endpointConfig: serving! });
  return { outcome: 'promoted', summary: `promoted ${r.o.spec.model.name} on ${r.endpoint} (${serving})` };
}

async function keepBaseline(r: RolloutState, why: string): Promise<RolloutResult> {
  const res = await restore(r, { reason: why });
  if (!res.ok) {
    r.emit('rollback-failed', {
      error: res.error ?? 'restore failed',
      state: snapshot(res.state, r.endpoint),
    });
    return {
      outcome: 'unsafe',
      summary: `could not restore the baseline (${why}): ${res.error}`,
      endpoint: snapshot(res.state, r.endpoint),
    };
  }
  r.emit('traffic-shifted', {
    stepIndex: r.o.plan.steps.length - 1,
    traffic: { baseline: 100, candidate: 0 },
    shadowPercent: 0,
  });
  await r.setPhase('kept-baseline');
  await r.releaseLock();
  return {
    outcome: 'kept-baseline',
    summary: `baseline kept on ${r.endpoint} (${r.layout.lastGoodConfig}): ${why}`,
  };
}
