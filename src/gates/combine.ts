import type { GateResult, GateStatus } from '../rollout/events.js';

/** fail beats inconclusive beats pass; no gates at all passes. */
export function combineStatus(results: GateResult[]): GateStatus {
  if (results.some((r) => r.status === 'fail')) return 'fail';
  if (results.some((r) => r.status === 'inconclusive')) return 'inconclusive';
  return 'pass';
}
