import type { Spec } from '../spec/types.js';
import prices from './prices.json' with { type: 'json' };
import type { PlanCost, PlanStep } from './types.js';

const TABLE: Record<string, number> = prices.usdPerHour;

/** On-demand USD per instance-hour from the shipped table (us-east-1 list prices), or null. */
export function hourlyPrice(instanceType: string): number | null {
  return Object.hasOwn(TABLE, instanceType) ? TABLE[instanceType] : null;
}

/**
 * What the rollout adds to the bill: for every step, the instances running beyond the production
 * fleet (a second fleet, a canary or shadow variant, a rolling batch) times the step's expected length.
 */
export function planCost(spec: Spec, steps: PlanStep[]): PlanCost {
  const fleet = spec.target.instanceCount;
  let seconds = 0;
  for (const s of steps) {
    const extra = Math.max(0, s.instances.baseline + s.instances.candidate - fleet);
    seconds += extra * ((s.updateSeconds ?? 0) + s.bakeSeconds);
  }
  const extraInstanceHours = Math.round((seconds / 3600) * 1000) / 1000;
  const hourlyUsd = hourlyPrice(spec.target.instanceType);
  return {
    instanceType: spec.target.instanceType,
    hourlyUsd,
    extraInstanceHours,
    extraUsd: hourlyUsd === null ? null : Math.round(extraInstanceHours * hourlyUsd * 100) / 100,
    priceRegion: prices.region,
    priceDate: prices.date,
  };
}
