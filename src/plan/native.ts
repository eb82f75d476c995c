import type { Spec } from '../spec/types.js';
import { nativeAlarms, nativeMaxExecution, watchStep, type DraftStep } from './kit.js';
import { TIMING } from './timing.js';
import type { NativeDeployment } from './types.js';

export interface NativePhase {
  name: string;
  traffic: { baseline: number; candidate: number };
  bakeSeconds: number;
}

/**
 * A SageMaker blue/green update (BlueGreenUpdatePolicy): one UpdateEndpoint launches a full green
 * fleet, then SageMaker moves traffic phase by phase, baking each with the auto-rollback alarms
 * watched, and terminates blue after the termination wait. The first phase is a `native-update` step
 * carrying the DeploymentConfig; later phases are `native-phase` steps modelgate only observes.
 */
export function nativeBlueGreenSteps(
  spec: Spec,
  routing: NonNullable<NativeDeployment['trafficRouting']>,
  phases: NativePhase[],
  terminationWaitSeconds: number,
): DraftStep[] {
  const count = spec.target.instanceCount;
  const steps: DraftStep[] = phases.map((p, i) => ({
    name: p.name,
    action: i === 0 ? 'native-update' : 'native-phase',
    traffic: p.traffic,
    instances: { baseline: count, candidate: count },
    updateSeconds: i === 0 ? TIMING.provisionSeconds : TIMING.nativePhaseSeconds,
    bakeSeconds: p.bakeSeconds,
    extendable: false,
  }));
  const total = steps.reduce((t, s) => t + s.updateSeconds + s.bakeSeconds, 0);
  steps[0].native = {
    policy: 'blue-green',
    trafficRouting: routing,
    terminationWaitSeconds,
    maxExecutionSeconds: nativeMaxExecution(total),
    alarms: nativeAlarms(spec),
  };
  const watch = watchStep(spec);
  if (watch) steps.push(watch);
  return steps;
}
