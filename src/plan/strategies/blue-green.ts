import type { BlueGreenStrategy, Spec } from '../../spec/types.js';
import { finalizeStep, provisionStep, standbyStep } from '../driven.js';
import { watchStep, type DraftStep, type StrategyPlan } from '../kit.js';
import { nativeBlueGreenSteps, type NativePhase } from '../native.js';
import { TIMING } from '../timing.js';

/**
 * Blue/green: a full green fleet beside blue, all traffic switched at once, a bake on green, then blue
 * kept on standby for the termination wait and retired. Native: SageMaker ALL_AT_ONCE with the bake as
 * WaitIntervalInSeconds and TerminationWaitInSeconds. Driven: green is a second variant at weight 0,
 * switched with one weight shift, so a failed gate moves the traffic back to blue in seconds.
 */
export function planBlueGreen(spec: Spec, s: BlueGreenStrategy): StrategyPlan {
  const count = spec.target.instanceCount;
  if (s.mode === 'native') {
    const phases: NativePhase[] = [
      {
        name: 'switch 100% to green',
        traffic: { baseline: 0, candidate: 100 },
        bakeSeconds: s.bakeSeconds,
      },
    ];
    if (s.terminationWaitSeconds > 0) {
      phases.push({
        name: 'termination wait (blue on standby)',
        traffic: { baseline: 0, candidate: 100 },
        bakeSeconds: s.terminationWaitSeconds,
      });
    }
    const steps = nativeBlueGreenSteps(
      spec,
      { type: 'ALL_AT_ONCE', waitSeconds: s.bakeSeconds },
      phases,
      s.terminationWaitSeconds,
    );
    return { mode: 'native', sameVariantName: true, steps, notes: [] };
  }
  const steps: DraftStep[] = [
    provisionStep(spec, count, 'green'),
    {
      name: 'switch 100% to green',
      action: 'shift',
      traffic: { baseline: 0, candidate: 100 },
      instances: { baseline: count, candidate: count },
      updateSeconds: TIMING.shiftSeconds,
      bakeSeconds: s.bakeSeconds,
      extendable: true,
    },
  ];
  if (s.terminationWaitSeconds > 0) steps.push(standbyStep(spec, s.terminationWaitSeconds));
  steps.push(finalizeStep(spec, 'promote: retire blue'));
  const watch = watchStep(spec);
  if (watch) steps.push(watch);
  return { mode: 'driven', sameVariantName: false, steps, notes: [] };
}
