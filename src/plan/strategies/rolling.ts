import { instancesFor } from '../../spec/capacity.js';
import type { RollingStrategy, Spec } from '../../spec/types.js';
import { nativeAlarms, pct, watchStep, type DraftStep, type StrategyPlan } from '../kit.js';
import { TIMING } from '../timing.js';

/**
 * Rolling (SageMaker RollingUpdatePolicy): the fleet is replaced batch by batch in place; each batch
 * launches new instances, moves their share of traffic, terminates as many old ones and bakes for the
 * wait with the alarms watched. An alarm rolls back in rollbackBatchPercent batches.
 */
export function planRolling(spec: Spec, s: RollingStrategy): StrategyPlan {
  const count = spec.target.instanceCount;
  const batch = instancesFor(count, s.batchPercent);
  const n = Math.ceil(count / batch);
  const notes: string[] = [];
  if (count === 1) {
    notes.push('rolling with instanceCount 1 replaces the only instance in a single batch');
  } else if (pct((batch / count) * 100) !== s.batchPercent) {
    notes.push(
      `rolling: ${s.batchPercent}% of ${count} instances is ${batch} instance(s) per batch (${n} batches)`,
    );
  }
  const steps: DraftStep[] = Array.from({ length: n }, (_, i) => {
    const done = Math.min(count, (i + 1) * batch);
    const candidate = pct((done / count) * 100);
    return {
      name: `batch ${i + 1}/${n}: ${done} of ${count} instances new (${candidate}%)`,
      action: i === 0 ? 'native-update' : 'native-phase',
      traffic: { baseline: pct(100 - candidate), candidate },
      instances: { baseline: count - i * batch, candidate: done },
      updateSeconds: TIMING.provisionSeconds,
      bakeSeconds: s.waitSeconds,
      extendable: false,
    };
  });
  steps[0].native = {
    policy: 'rolling',
    rolling: {
      batchPercent: s.batchPercent,
      waitSeconds: s.waitSeconds,
      rollbackBatchPercent: s.rollbackBatchPercent,
    },
    maxExecutionSeconds: s.maxExecutionSeconds,
    alarms: nativeAlarms(spec),
  };
  const watch = watchStep(spec);
  if (watch) steps.push(watch);
  return { mode: 'native', sameVariantName: true, steps, notes };
}
