import type { GateRecord, ReportCheck, ReportPolicyDecision, ReportState } from './types.js';

export type VerdictKind =
  | 'promoted'
  | 'rolled-back'
  | 'rolling-back'
  | 'unsafe'
  | 'refused'
  | 'kept-baseline'
  | 'in-progress'
  | 'plan-refused'
  | 'plan-ready'
  | 'empty';

/**
 * What happened, in one word, with the facts that explain it. The renderer turns it into the
 * first lines of the report; the check run takes its conclusion from it.
 */
export interface Verdict {
  kind: VerdictKind;
  /** Decisions that block (unwaived denies and evaluation errors). */
  blocking: ReportPolicyDecision[];
  /** Checks that failed or could not run (they block a plan even without a policy saying so). */
  failedChecks: ReportCheck[];
  /** Gates whose failure caused the rollback. */
  failedGates: GateRecord[];
}

export function blockingDecisions(state: ReportState): ReportPolicyDecision[] {
  return (state.policy?.decisions ?? []).filter((d) => d.decision === 'deny' || d.decision === 'error');
}

export function verdictOf(state: ReportState): Verdict {
  const blocking = blockingDecisions(state);
  const d = state.deployment;
  const failedGates = d?.rollback?.failedGates ?? [];
  const failedChecks = (state.checks ?? []).filter((c) => c.status === 'fail' || c.status === 'error');
  const v = (kind: VerdictKind): Verdict => ({ kind, blocking, failedChecks, failedGates });
  if (d) {
    if (d.rollback?.failure || d.outcome?.outcome === 'unsafe') return v('unsafe');
    switch (d.outcome?.outcome) {
      case 'promoted':
        return v('promoted');
      case 'rolled-back':
        return v('rolled-back');
      case 'refused':
        return v('refused');
      case 'kept-baseline':
        return v('kept-baseline');
    }
    if (d.rollback) return v(d.rollback.completedAt !== undefined ? 'rolled-back' : 'rolling-back');
    if (d.promoted) return v('promoted');
    return v('in-progress');
  }
  if (blocking.length || failedChecks.length) return v('plan-refused');
  if (state.plan || state.policy || state.checks) return v('plan-ready');
  return v('empty');
}

export type CheckConclusion = 'success' | 'failure' | 'neutral' | 'cancelled';

/**
 * The check run's conclusion, or undefined while the rollout still runs. A rollback is a failure
 * even though the endpoint is healthy again (users asked for exactly that of ECS deploy actions);
 * a cancelled workflow is `cancelled`; an A/B test that kept the baseline is `neutral`.
 */
export function checkConclusion(state: ReportState): CheckConclusion | undefined {
  const verdict = verdictOf(state);
  switch (verdict.kind) {
    case 'promoted':
    case 'plan-ready':
      return 'success';
    case 'kept-baseline':
    case 'empty':
      return 'neutral';
    case 'rolled-back':
      return state.deployment?.rollback?.reason === 'cancelled' ? 'cancelled' : 'failure';
    case 'unsafe':
    case 'refused':
    case 'plan-refused':
      return 'failure';
    case 'in-progress':
    case 'rolling-back':
      return undefined;
  }
}
