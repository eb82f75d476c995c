/**
 * Endpoint tags modelgate reads and writes. They are the rollout's durable state: the lock, the
 * phase a deployment reached, the last known-good config for rollback, and the control channel.
 */
export const TAG = {
  deploymentId: 'modelgate:deployment-id',
  phase: 'modelgate:phase',
  lastGoodConfig: 'modelgate:last-good-config',
  /** The known-good config before the last promotion: what `modelgate rollback` restores after one. */
  previousGoodConfig: 'modelgate:previous-good-config',
  reason: 'modelgate:reason',
  lock: 'modelgate:lock',
  lockHolder: 'modelgate:lock-holder',
  lockExpires: 'modelgate:lock-expires',
  control: 'modelgate:control',
  controlAck: 'modelgate:control-ack',
  updatedAt: 'modelgate:updated-at',
} as const;

/** Where a deployment is; `step-<n>` while a plan step runs. */
export type Phase =
  'starting' | `step-${number}` | 'rolling-back' | 'promoted' | 'rolled-back' | 'kept-baseline';

export const FINAL_PHASES = new Set(['promoted', 'rolled-back', 'kept-baseline']);

export function stepPhase(index: number): Phase {
  return `step-${index}`;
}

export function stepOfPhase(phase: string | undefined): number | undefined {
  const m = phase ? /^step-(\d+)$/.exec(phase) : null;
  return m ? Number(m[1]) : undefined;
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
