import type { EndpointRecord, EndpointStatus, Fleet, Routing, RoutingUnit } from './state.js';

/** Statuses in which an endpoint answers requests. */
const SERVING: ReadonlySet<EndpointStatus> = new Set([
  'InService',
  'Updating',
  'SystemUpdating',
  'RollingBack',
  'UpdateRollbackFailed',
]);

function fleetUnits(
  endpointName: string,
  fleet: Fleet,
  fraction: number,
  weightOf: 'current' | 'desired',
): RoutingUnit[] {
  if (fraction <= 0) return [];
  const weights = fleet.variants.map((v) =>
    Math.max(0, weightOf === 'current' ? v.currentWeight : v.desiredWeight),
  );
  const total = weights.reduce((a, b) => a + b, 0);
  const shadow = fleet.shadows[0];
  return fleet.variants.map((variant, i) => {
    const unit: RoutingUnit = {
      endpointName,
      fleet,
      variant,
      share: total > 0 ? (fraction * weights[i]) / total : 0,
    };
    if (shadow && weights[i] > 0) {
      // Shadow sampling follows the shadow weight relative to the production weight (capped at 100%).
      const w = weightOf === 'current' ? shadow.currentWeight : shadow.desiredWeight;
      unit.shadow = { variant: shadow, mirrorFraction: Math.min(1, Math.max(0, w) / weights[i]) };
    }
    return unit;
  });
}

/**
 * Who gets production traffic now: share = weight / Σ weights within a fleet; during a blue/green
 * or rolling update the green fleet takes `greenFraction` of it and the blue fleet the rest.
 */
export function computeRouting(e: EndpointRecord): Routing {
  if (e.deletedAt !== undefined || !SERVING.has(e.status) || !e.fleet)
    return { units: [], configDimension: e.configDimension };
  const dep = e.deployment;
  const f = dep?.kind === 'update' && dep.green ? Math.min(1, Math.max(0, dep.greenFraction)) : 0;
  const units = [...fleetUnits(e.name, e.fleet, 1 - f, 'current')];
  if (dep?.green && f > 0) units.push(...fleetUnits(e.name, dep.green, f, 'desired'));
  return { units, configDimension: e.configDimension };
}
