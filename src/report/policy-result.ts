import type { Decision, PolicyResult } from '../policy/types.js';
import type { ReportPolicy, ReportPolicyDecision } from './types.js';

function decisionView(d: Decision): ReportPolicyDecision | undefined {
  if (d.decision === 'skipped') return undefined;
  const w = d.waiver;
  const view: ReportPolicyDecision = {
    ruleId: d.ruleId,
    decision: d.decision,
    severity: d.severity,
    message: d.message || d.description,
    source: d.error?.location ?? d.location,
  };
  if (d.origin.startsWith('builtin:')) view.pack = d.origin;
  if (w && d.decision === 'waived') {
    view.waiver = {
      reason: w.reason,
      ...(w.by ? { by: w.by } : {}),
      source: w.source === 'label' ? `label modelgate-waive:${w.ruleId}` : 'waiver input',
    };
  } else if (w && w.status === 'refused') {
    view.message = `${view.message} (waiver refused${w.note ? `: ${w.note}` : ''})`;
  }
  return view;
}

/**
 * The policy engine's result as the report shows it: every decision but `skipped` (the rule did
 * not apply), with waivers and the rule's file position for annotations.
 */
export function reportPolicyFromResult(result: PolicyResult, sources?: string[]): ReportPolicy {
  const decisions = result.decisions.map(decisionView).filter((d): d is ReportPolicyDecision => !!d);
  const skipped = result.decisions.length - decisions.length;
  return {
    decisions,
    ...(sources?.length ? { sources } : {}),
    ...(skipped ? { notApplicable: skipped } : {}),
  };
}
