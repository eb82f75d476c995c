/**
 * Instances that carry `percent` of a fleet of `count`: rounded up, at least one, at most the fleet.
 * Native SageMaker sizes (canary, linear step, rolling batch) are capacity percentages that end up as
 * whole instances; modelgate plans with this rounding and says so when it changes the split.
 */
export function instancesFor(count: number, percent: number): number {
  return Math.min(count, Math.max(1, Math.ceil((count * percent) / 100 - 1e-9)));
}
