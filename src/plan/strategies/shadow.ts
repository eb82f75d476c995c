import { instancesFor } from '../../spec/capacity.js';
import type { ShadowStrategy, Spec } from '../../spec/types.js';
import { finalizeStep } from '../driven.js';
import { watchStep, type DraftStep, type StrategyPlan } from '../kit.js';
import { TIMING } from '../timing.js';

/** Gate id of the shadow's prediction-agreement check. */
export const AGREEMENT_GATE = 'agreement';

/**
 * Shadow: the candidate runs as a shadow variant receiving samplingPercent of production requests
 * (its answers go nowhere), sized to that share of the fleet. After the duration its gates (and the
 * prediction agreement read from data capture) decide: promote it, or discard it and keep the baseline.
 */
export function planShadow(spec: Spec, s: ShadowStrategy): StrategyPlan {
  const count = spec.target.instanceCount;
  const shadowFleet = instancesFor(count, s.samplingPercent);
  const promote = s.onSuccess === 'promote';
  const steps: DraftStep[] = [
    {
      name: `shadow ${s.samplingPercent}% of requests`,
      action: 'shadow',
      traffic: { baseline: 100, candidate: 0 },
      shadowPercent: s.samplingPercent,
      instances: { baseline: count, candidate: shadowFleet },
      updateSeconds: TIMING.provisionSeconds,
      bakeSeconds: s.durationSeconds,
      extraGates: s.agreement ? [AGREEMENT_GATE] : [],
      onPass: promote ? 'next' : 'keep-baseline',
      extendable: true,
    },
  ];
  if (promote) {
    steps.push(finalizeStep(spec, 'promote: candidate becomes production'));
    const watch = watchStep(spec);
    if (watch) steps.push(watch);
  }
  return { mode: 'driven', sameVariantName: false, steps, notes: [] };
}
