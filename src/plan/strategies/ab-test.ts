import { instancesFor } from '../../spec/capacity.js';
import type { AbTestStrategy, Spec } from '../../spec/types.js';
import { finalizeStep, provisionStep } from '../driven.js';
import { watchStep, type DraftStep, type StrategyPlan } from '../kit.js';
import { TIMING } from '../timing.js';

/** Gate id of the A/B test's statistical verdict. */
export const AB_TEST_GATE = 'ab-test';

/**
 * A/B test: a fixed split for the duration (or until each variant has minSamplesPerVariant), then the
 * test on the chosen metric decides. A significantly better candidate is promoted, a significantly
 * worse one rolled back; without a significant difference, onNoWinner decides.
 */
export function planAbTest(spec: Spec, s: AbTestStrategy): StrategyPlan {
  const count = spec.target.instanceCount;
  const candidate = instancesFor(count, s.candidatePercent);
  const steps: DraftStep[] = [
    provisionStep(spec, candidate),
    {
      name: `A/B ${100 - s.candidatePercent}/${s.candidatePercent} on ${s.metric.name} (${s.test}, alpha ${s.alpha})`,
      action: 'experiment',
      traffic: { baseline: 100 - s.candidatePercent, candidate: s.candidatePercent },
      instances: { baseline: count, candidate },
      updateSeconds: TIMING.shiftSeconds,
      bakeSeconds: s.durationSeconds,
      extraGates: [AB_TEST_GATE],
      onInconclusive: s.onNoWinner === 'promote' ? 'next' : 'keep-baseline',
      extendable: true,
    },
    finalizeStep(spec, 'promote the winner: candidate only, retire baseline'),
  ];
  const watch = watchStep(spec);
  if (watch) steps.push(watch);
  return { mode: 'driven', sameVariantName: false, steps, notes: [] };
}
