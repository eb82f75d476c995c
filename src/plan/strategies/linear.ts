import { instancesFor } from '../../spec/capacity.js';
import type { LinearStrategy, Spec } from '../../spec/types.js';
import { drivenWeightSteps } from '../driven.js';
import { pct, type StrategyPlan } from '../kit.js';
import { nativeBlueGreenSteps, type NativePhase } from '../native.js';

/**
 * Linear. Driven: weights stepPercent, 2×stepPercent, … up to 100, each baked and gated (the 100% step
 * too, while the baseline fleet can still take the traffic back). Native: SageMaker LINEAR routing,
 * LinearStepSize = stepPercent of capacity, each step baked for WaitIntervalInSeconds.
 */
export function planLinear(spec: Spec, s: LinearStrategy): StrategyPlan {
  if (s.mode === 'driven') {
    const n = Math.ceil(100 / s.stepPercent - 1e-9);
    const weights = Array.from({ length: n }, (_, i) => ({
      weight: i === n - 1 ? 100 : Math.round((i + 1) * s.stepPercent * 1000) / 1000,
      bakeSeconds: s.bakeSeconds,
    }));
    const steps = drivenWeightSteps(spec, weights, (w) => `linear ${w}%`);
    return { mode: 'driven', sameVariantName: false, steps, notes: [] };
  }
  const count = spec.target.instanceCount;
  const per = instancesFor(count, s.stepPercent);
  const n = Math.ceil(count / per);
  const notes: string[] = [];
  const exact = pct((per / count) * 100);
  if (exact !== s.stepPercent) {
    notes.push(
      `native linear: ${s.stepPercent}% of ${count} instance(s) is ${per} instance(s) per step, so each step moves about ${exact}% of traffic (${n} steps)`,
    );
  }
  const phases: NativePhase[] = Array.from({ length: n }, (_, i) => {
    const on = Math.min(count, (i + 1) * per);
    const candidate = pct((on / count) * 100);
    return {
      name: `linear ${candidate}% (${on} of ${count} instances)`,
      traffic: { baseline: pct(100 - candidate), candidate },
      bakeSeconds: s.bakeSeconds,
    };
  });
  const steps = nativeBlueGreenSteps(
    spec,
    { type: 'LINEAR', sizePercent: s.stepPercent, waitSeconds: s.bakeSeconds },
    phases,
    0,
  );
  return { mode: 'native', sameVariantName: true, steps, notes };
}
