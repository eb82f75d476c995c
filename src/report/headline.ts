import { duration } from './format.js';
import type { ReportState } from './types.js';
import { verdictOf } from './verdict.js';

function clip(s: string, max: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/**
 * One plain-text line saying what happened: the check run's title and, clipped to 140
 * characters, the deployment status description. Not markdown.
 */
export function headline(state: ReportState, max = 200): string {
  const v = verdictOf(state);
  const d = state.deployment;
  const cur = d?.steps.find((s) => s.index === d.currentStep);
  const gate = v.failedGates[0]?.result;
  switch (v.kind) {
    case 'promoted':
      return clip(
        `Promoted ${state.plan?.model ?? 'the candidate'} to ${state.endpoint}${d?.promoted ? ` in ${duration((d.promoted.at - d.startedAt) / 1000)}` : ''}`,
        max,
      );
    case 'rolled-back':
    case 'rolling-back': {
      const verb = v.kind === 'rolled-back' ? 'Rolled back' : 'Rolling back';
      const why = gate
        ? `gate ${gate.gateId} failed: ${gate.summary}`
        : (d?.rollback?.detail ?? d?.outcome?.summary ?? '');
      const at = cur ? ` at step ${cur.index + 1} (${cur.step.name})` : '';
      return clip(`${verb}${at}: ${why}`, max);
    }
    case 'unsafe':
      return clip(
        `Rollback failed, endpoint needs attention: ${d?.rollback?.failure?.error ?? d?.outcome?.summary ?? ''}`,
        max,
      );
    case 'refused':
      return clip(`Refused: ${d?.outcome?.summary ?? ''}`, max);
    case 'kept-baseline':
      return clip(`Kept the baseline: ${d?.outcome?.summary ?? ''}`, max);
    case 'in-progress':
      return clip(
        cur ? `Rolling out: step ${cur.index + 1} of ${d?.steps.length} (${cur.step.name})` : 'Rolling out',
        max,
      );
    case 'plan-refused': {
      const n = v.blocking.length + v.failedChecks.length;
      const first = v.blocking[0]
        ? `${v.blocking[0].ruleId}: ${v.blocking[0].message ?? ''}`
        : `check ${v.failedChecks[0]?.id}`;
      return clip(`Refused by policy (${n} blocking): ${first}`, max);
    }
    case 'plan-ready':
      return clip(
        state.plan
          ? `Plan: ${state.plan.strategy} in ${state.plan.steps.length} steps, about ${duration(state.plan.expectedDurationSeconds)}; nothing moves before merge`
          : 'Plan ready; nothing moves before merge',
        max,
      );
    case 'empty':
      return 'Nothing to report yet';
  }
}
