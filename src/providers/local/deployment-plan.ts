import type { UpdatePlan } from './deployment.js';
import { validation } from './errors.js';
import { totalInstances } from './fleet.js';
import type { Simulation } from './simulation.js';
import type { Fleet } from './state.js';

interface Capacity {
  Type: 'INSTANCE_COUNT' | 'CAPACITY_PERCENT';
  Value: number;
}

export interface DeploymentConfigInput {
  BlueGreenUpdatePolicy?: {
    TrafficRoutingConfiguration: {
      Type: 'ALL_AT_ONCE' | 'CANARY' | 'LINEAR';
      WaitIntervalInSeconds: number;
      CanarySize?: Capacity;
      LinearStepSize?: Capacity;
    };
    TerminationWaitInSeconds?: number;
    MaximumExecutionTimeoutInSeconds?: number;
  };
  RollingUpdatePolicy?: {
    MaximumBatchSize: Capacity;
    WaitIntervalInSeconds: number;
    MaximumExecutionTimeoutInSeconds?: number;
    RollbackMaximumBatchSize?: Capacity;
  };
  AutoRollbackConfiguration?: { Alarms?: Array<{ AlarmName: string }> };
}

const fractionOf = (c: Capacity, total: number) =>
  c.Type === 'CAPACITY_PERCENT' ? c.Value / 100 : c.Value / Math.max(1, total);

/**
 * Turns a DeploymentConfig into the steps the simulator runs, refusing what SageMaker refuses:
 * two policies at once, canary above 50% or linear steps outside 10–50% of the new fleet, rolling on
 * several variants or serverless, a guardrail update that renames variants, unknown alarms, and an
 * execution timeout shorter than the waits it must cover.
 */
export function resolvePlan(
  sim: Simulation,
  config: DeploymentConfigInput | undefined,
  blue: Fleet,
  green: Fleet,
): UpdatePlan {
  const alarms = (config?.AutoRollbackConfiguration?.Alarms ?? []).map((a) => a.AlarmName);
  const missing = alarms.filter((a) => !sim.alarms.alarms.has(a));
  if (missing.length) {
    throw validation(
      `The CloudWatch alarm(s) [${missing.join(', ')}] in AutoRollbackConfiguration do not exist. Create them before the update.`,
    );
  }
  const bg = config?.BlueGreenUpdatePolicy;
  const rolling = config?.RollingUpdatePolicy;
  if (bg && rolling)
    throw validation('Only one update policy should be used: BlueGreenUpdatePolicy or RollingUpdatePolicy.');
  if (bg || rolling) {
    const names = (f: Fleet) =>
      f.variants
        .map((v) => v.name)
        .sort()
        .join(', ');
    if (names(blue) !== names(green)) {
      throw validation(
        `Deployment guardrails require the new endpoint configuration to keep the same production variant names as the current one (current: [${names(blue)}], new: [${names(green)}]).`,
      );
    }
  }
  const total = totalInstances(green);
  if (rolling) {
    if (green.variants.length !== 1 || blue.variants.length !== 1)
      throw validation(
        'RollingUpdatePolicy is not supported for endpoints with multiple production variants.',
      );
    if (green.variants[0].input.ServerlessConfig)
      throw validation('RollingUpdatePolicy is not supported for serverless endpoints.');
    const count = green.variants[0].desiredInstanceCount;
    const batch = rolling.MaximumBatchSize;
    if (batch.Type === 'CAPACITY_PERCENT' && (batch.Value < 5 || batch.Value > 50)) {
      throw validation(
        `MaximumBatchSize of type CAPACITY_PERCENT must be between 5 and 50; got ${batch.Value}.`,
      );
    }
    if (batch.Type === 'INSTANCE_COUNT' && count > 1 && batch.Value > count / 2) {
      throw validation(
        `MaximumBatchSize (${batch.Value} instances) must be at most 50% of the variant's ${count} instances.`,
      );
    }
    const size = (c: Capacity) =>
      Math.max(1, c.Type === 'INSTANCE_COUNT' ? c.Value : Math.floor((count * c.Value) / 100));
    const waitMs = rolling.WaitIntervalInSeconds * 1000;
    const batches = Math.ceil(count / size(batch));
    const timeoutMs =
      rolling.MaximumExecutionTimeoutInSeconds === undefined
        ? undefined
        : rolling.MaximumExecutionTimeoutInSeconds * 1000;
    if (timeoutMs !== undefined && timeoutMs <= batches * waitMs) {
      throw validation(
        `MaximumExecutionTimeoutInSeconds (${timeoutMs / 1000}) must be greater than the total baking time (${(batches * waitMs) / 1000} seconds).`,
      );
    }
    return {
      kind: 'rolling',
      batch: size(batch),
      rollbackBatch: rolling.RollbackMaximumBatchSize ? size(rolling.RollbackMaximumBatchSize) : count,
      waitMs,
      timeoutMs,
      alarms,
      guardrail: true,
    };
  }
  const routing = bg?.TrafficRoutingConfiguration;
  const mode = routing?.Type ?? 'ALL_AT_ONCE';
  let steps = [1];
  if (mode === 'CANARY') {
    if (!routing?.CanarySize)
      throw validation('CanarySize must be specified when the traffic routing type is CANARY.');
    const c = fractionOf(routing.CanarySize, total);
    if (c > 0.5)
      throw validation(
        `CanarySize must be less than or equal to 50% of the new fleet's capacity (${total} instances); got ${Math.round(c * 1000) / 10}%.`,
      );
    steps = [c, 1];
  } else if (mode === 'LINEAR') {
    if (!routing?.LinearStepSize)
      throw validation('LinearStepSize must be specified when the traffic routing type is LINEAR.');
    const s = fractionOf(routing.LinearStepSize, total);
    if (s < 0.1 || s > 0.5) {
      throw validation(
        `LinearStepSize must be between 10% and 50% of the new fleet's capacity (${total} instances); got ${Math.round(s * 1000) / 10}%.`,
      );
    }
    steps = [];
    for (let k = 1; k * s < 1 - 1e-9; k++) steps.push(k * s);
    steps.push(1);
  }
  const waitMs = (routing?.WaitIntervalInSeconds ?? 0) * 1000;
  const terminationWaitMs = (bg?.TerminationWaitInSeconds ?? 0) * 1000;
  const timeoutMs =
    bg?.MaximumExecutionTimeoutInSeconds === undefined
      ? undefined
      : bg.MaximumExecutionTimeoutInSeconds * 1000;
  const waits = waitMs * steps.length + terminationWaitMs;
  if (timeoutMs !== undefined && timeoutMs <= waits) {
    throw validation(
      `MaximumExecutionTimeoutInSeconds (${timeoutMs / 1000}) must be greater than the total of the wait intervals (${waits / 1000} seconds).`,
    );
  }
  return { kind: 'blue-green', steps, waitMs, terminationWaitMs, mode, timeoutMs, alarms, guardrail: !!bg };
}
