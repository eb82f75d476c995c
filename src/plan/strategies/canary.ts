import { instancesFor } from '../../spec/capacity.js';
import type { CanaryStrategy, Spec } from '../../spec/types.js';
import { drivenWeightSteps } from '../driven.js';
import { pct, type StrategyPlan } from '../kit.js';
import { nativeBlueGreenSteps } from '../native.js';

/**
 * Canary. Driven: the steps as written, each a weight shift with its bake and gates. Native: SageMaker
 * CANARY routing with the one intermediate step as CanarySize (percent of capacity) and its bake as
 * WaitIntervalInSeconds; the final 100% step's bake becomes TerminationWaitInSeconds.
 */
export function planCanary(spec: Spec, s: CanaryStrategy): StrategyPlan {
  if (s.mode === 'driven') {
    const steps = drivenWeightSteps(spec, s.steps, (w) => (w >= 100 ? 'shift 100%' : `canary ${w}%`));
    return { mode: 'driven', sameVariantName: false, steps, notes: [] };
  }
  const count = spec.target.instanceCount;
  const [canary, final] = [s.steps[0], s.steps[s.steps.length - 1]];
  const canaryInstances = instancesFor(count, canary.weight);
  const effective = pct((canaryInstances / count) * 100);
  const notes: string[] = [];
  if (effective !== canary.weight) {
    notes.push(
      `native canary: ${canary.weight}% of ${count} instance(s) is ${canaryInstances} instance(s), so the canary takes about ${effective}% of traffic`,
    );
  }
  const steps = nativeBlueGreenSteps(
    spec,
    { type: 'CANARY', sizePercent: canary.weight, waitSeconds: canary.bakeSeconds },
    [
      {
        name: `canary ${effective}% (${canaryInstances} of ${count} instances)`,
        traffic: { baseline: pct(100 - effective), candidate: effective },
        bakeSeconds: canary.bakeSeconds,
      },
      {
        name: 'shift 100%, termination wait',
        traffic: { baseline: 0, candidate: 100 },
        bakeSeconds: final.bakeSeconds,
      },
    ],
    final.bakeSeconds,
  );
  return { mode: 'native', sameVariantName: true, steps, notes };
}
