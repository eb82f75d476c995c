import type { AllAtOnceStrategy, Spec } from '../../spec/types.js';
import type { StrategyPlan } from '../kit.js';
import { nativeBlueGreenSteps } from '../native.js';

/**
 * All at once: SageMaker blue/green with ALL_AT_ONCE routing. The new fleet takes all traffic, bakes
 * with gates and auto-rollback alarms watched, and the old fleet is terminated right after the bake.
 */
export function planAllAtOnce(spec: Spec, s: AllAtOnceStrategy): StrategyPlan {
  const steps = nativeBlueGreenSteps(
    spec,
    { type: 'ALL_AT_ONCE', waitSeconds: s.bakeSeconds },
    [{ name: 'switch 100%', traffic: { baseline: 0, candidate: 100 }, bakeSeconds: s.bakeSeconds }],
    0,
  );
  return { mode: 'native', sameVariantName: true, steps, notes: [] };
}
