import type { WindowTargets } from '../gates/types.js';
import type { PlanStep } from '../plan/types.js';
import { RolloutAbort } from './context.js';
import type { EndpointConfigDefinition } from './ports.js';
import type { RolloutState } from './state.js';
import { trafficShares } from './verify.js';

/**
 * During endpoint waits only `abort` acts; other commands wait for the next bake. The tag is read
 * at most once per poll interval, not on every DescribeEndpoint.
 */
export function abortOnly(r: RolloutState) {
  return async () => {
    if (r.now() - r.lastControlRead < r.t.pollSeconds * 1000) return;
    const cmd = await r.readControl(new Set(['abort']));
    if (cmd) {
      r.emit('control-command', { command: cmd, acknowledged: true, note: 'rolling back' });
      throw new RolloutAbort('aborted', 'abort requested through the control tag');
    }
    await r.renewLockIfDue();
  };
}

/** Puts a config on the endpoint unless it is already there (a resumed run), then verifies it. */
async function switchConfig(
  r: RolloutState,
  def: EndpointConfigDefinition,
  traffic: Record<string, number>,
  shadow: string[] = [],
) {
  const now = await r.describe();
  if (now?.configName === def.name && now.status === 'InService') return;
  await r.call(() => r.endpoints.createEndpointConfig(def, r.resourceTags));
  if (now?.status !== 'Updating' || now.pendingConfigName !== def.name)
    await r.call(() => r.endpoints.updateEndpoint(r.endpoint, def.name));
  const state = await r.settle(abortOnly(r), 0, 'config');
  r.verify(state, { config: def.name, traffic, shadow }, `UpdateEndpoint to ${def.name}`);
  r.emit('provisioned', { endpointConfig: def.name, model: r.layout.model });
}

function shifted(
  r: RolloutState,
  step: PlanStep,
  traffic: { baseline: number; candidate: number },
  shadowPercent = 0,
) {
  r.emit('traffic-shifted', { stepIndex: step.index, traffic, shadowPercent });
}

export function modelDef(r: RolloutState) {
  const m = r.o.spec.model;
  return {
    name: r.layout.model,
    image: m.image,
    artifact: m.artifact,
    environment: m.environment,
    ...(m.executionRoleArn ? { executionRoleArn: m.executionRoleArn } : {}),
    ...(m.modelPackageArn ? { modelPackageArn: m.modelPackageArn } : {}),
  };
}

/** First deployment: the endpoint is created with the candidate alone (there is no baseline). */
export async function createFirst(r: RolloutState, tags: Record<string, string>): Promise<void> {
  const def = r.layout.final;
  const variant = def.production[0].name;
  await r.call(() => r.endpoints.createModel(modelDef(r), r.resourceTags));
  await r.call(() => r.endpoints.createEndpointConfig(def, r.resourceTags));
  await r.call(() => r.endpoints.createEndpoint(r.endpoint, def.name, { ...r.o.spec.target.tags, ...tags }));
  r.servingVariant = variant;
  const state = await r.settle(abortOnly(r));
  r.verify(state, { config: def.name, traffic: { [variant]: 100 } }, `CreateEndpoint ${r.endpoint}`);
  r.emit('provisioned', { endpointConfig: def.name, model: r.layout.model });
}

/** Driven modes: baseline and candidate side by side; weights then move with UpdateEndpointWeightsAndCapacities. */
async function ensureRamp(r: RolloutState): Promise<void> {
  await switchConfig(r, r.layout.ramp, { [r.layout.baseline!.name]: 100, [r.layout.candidateVariant]: 0 });
}

async function shiftWeights(r: RolloutState, step: PlanStep): Promise<void> {
  const base = r.layout.baseline!.name;
  const cand = r.layout.candidateVariant;
  const want = { [base]: step.traffic.baseline, [cand]: step.traffic.candidate };
  const now = await r.describe();
  const shares =
    now?.status === 'InService' && now.configName === r.layout.ramp.name ? trafficShares(now) : undefined;
  if (!shares || Math.abs((shares[cand] ?? -1) - step.traffic.candidate) >= 0.5) {
    await r.call(() =>
      r.endpoints.updateWeights(r.endpoint, [
        { variant: base, weight: step.traffic.baseline },
        { variant: cand, weight: step.traffic.candidate },
      ]),
    );
    const state = await r.settle(abortOnly(r), 0, 'weights');
    r.verify(
      state,
      { config: r.layout.ramp.name, traffic: want },
      `weights ${step.traffic.baseline}/${step.traffic.candidate}`,
    );
  }
  shifted(r, step, step.traffic);
}

/** What the gates of a step compare, by action. */
export function targetsFor(r: RolloutState, step: PlanStep): WindowTargets {
  const ep = r.endpoint;
  if (r.first) return { candidate: { endpoint: ep, variant: r.servingVariant } };
  const base = r.layout.baseline!.name;
  switch (step.action) {
    case 'provision':
    case 'shift':
    case 'experiment':
    case 'shadow':
      return {
        baseline: { endpoint: ep, variant: base },
        candidate: { endpoint: ep, variant: r.layout.candidateVariant },
      };
    case 'native-update':
    case 'native-phase':
      // Both fleets share the variant name while SageMaker moves traffic; the config dimension tells them apart.
      if (r.nativeInFlight) {
        return {
          baseline: { endpoint: ep, variant: base, endpointConfig: r.layout.lastGoodConfig },
          candidate: { endpoint: ep, variant: base, endpointConfig: r.layout.native.name },
        };
      }
      return { candidate: { endpoint: ep, variant: base } };
    default:
      return { candidate: { endpoint: ep, variant: r.servingVariant } };
  }
}

/** Applies a driven step's action; returns once the endpoint verifiably serves what the step asks. */
export async function applyStep(r: RolloutState, step: PlanStep): Promise<void> {
  if (r.first) {
    if (step.action !== 'watch' && step.action !== 'native-phase')
      shifted(r, step, { baseline: 0, candidate: 100 });
    return;
  }
  const base = r.layout.baseline!.name;
  switch (step.action) {
    case 'provision':
      await ensureRamp(r);
      if (step.traffic.candidate > 0) await shiftWeights(r, step);
      else shifted(r, step, { baseline: 100, candidate: 0 });
      return;
    case 'shift':
    case 'experiment':
      await ensureRamp(r);
      await shiftWeights(r, step);
      return;
    case 'shadow':
      await switchConfig(r, r.layout.shadow, { [base]: 100 }, [r.layout.candidateVariant]);
      shifted(r, step, { baseline: 100, candidate: 0 }, step.shadowPercent);
      return;
    case 'finalize': {
      const serving = r.layout.final.production[0].name;
      await switchConfig(r, r.layout.final, { [serving]: 100 });
      r.servingVariant = serving;
      shifted(r, step, { baseline: 0, candidate: 100 });
      return;
    }
    case 'native-update':
    case 'native-phase':
    case 'watch':
      return;
  }
}
