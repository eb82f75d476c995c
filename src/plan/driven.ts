import { instancesFor } from '../spec/capacity.js';
import type { Spec, WeightStep } from '../spec/types.js';
import { watchStep, type DraftStep } from './kit.js';
import { TIMING } from './timing.js';

/**
 * Driven weight shifting: create the candidate variant beside the baseline at weight 0, move the weights
 * step by step (UpdateEndpointWeightsAndCapacities), each step baked and gated while the baseline fleet
 * stays whole for an instant rollback, then make the candidate the only variant.
 * The candidate fleet grows with its weight: ceil(instanceCount × weight / 100) instances, at least one.
 */
export function drivenWeightSteps(
  spec: Spec,
  weights: WeightStep[],
  label: (w: number) => string,
): DraftStep[] {
  const count = spec.target.instanceCount;
  const fleetFor = (w: number) => (w >= 100 ? count : instancesFor(count, w));
  let candidate = fleetFor(weights[0]?.weight ?? 100);
  const steps: DraftStep[] = [provisionStep(spec, candidate)];
  for (const w of weights) {
    const need = fleetFor(w.weight);
    steps.push({
      name: label(w.weight),
      action: 'shift',
      traffic: { baseline: round(100 - w.weight), candidate: w.weight },
      instances: { baseline: count, candidate: need },
      updateSeconds: TIMING.shiftSeconds + (need > candidate ? TIMING.scaleSeconds : 0),
      bakeSeconds: w.bakeSeconds,
      extendable: true,
    });
    candidate = need;
  }
  steps.push(finalizeStep(spec));
  const watch = watchStep(spec);
  if (watch) steps.push(watch);
  return steps;
}

/** Create the candidate variant (`candidate` instances) beside the whole baseline fleet, at weight 0. */
export function provisionStep(spec: Spec, candidate: number, label = 'candidate'): DraftStep {
  const count = spec.target.instanceCount;
  return {
    name: `provision ${label} (${candidate} × ${spec.target.instanceType}, weight 0)`,
    action: 'provision',
    traffic: { baseline: 100, candidate: 0 },
    instances: { baseline: count, candidate },
    updateSeconds: TIMING.provisionSeconds,
    bakeSeconds: 0,
    extendable: false,
  };
}

/** Make the candidate the only production variant; both fleets run until the switch completes. */
export function finalizeStep(spec: Spec, name = 'promote: candidate only, retire baseline'): DraftStep {
  const count = spec.target.instanceCount;
  return {
    name,
    action: 'finalize',
    traffic: { baseline: 0, candidate: 100 },
    instances: { baseline: count, candidate: count },
    updateSeconds: TIMING.provisionSeconds,
    bakeSeconds: 0,
    extendable: false,
  };
}

/** Keeps the baseline fleet on standby at 0% for a while before it is retired (blue/green termination wait). */
export function standbyStep(spec: Spec, seconds: number): DraftStep {
  const count = spec.target.instanceCount;
  return {
    name: 'termination wait (blue on standby)',
    action: 'watch',
    traffic: { baseline: 0, candidate: 100 },
    instances: { baseline: count, candidate: count },
    updateSeconds: 0,
    bakeSeconds: seconds,
    extendable: false,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
