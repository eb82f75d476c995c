import type { Detail } from './detail.js';
import { duration, elapsed, metricValue, timestamp } from './format.js';
import { code, link, table, text } from './markdown.js';
import type { ReportState } from './types.js';
import { verdictOf, type Verdict } from './verdict.js';

const ROLLBACK_REASONS: Record<string, string> = {
  'gate-failed': 'a gate failed',
  'api-error': 'an AWS API call failed',
  timeout: 'the rollout ran out of time',
  cancelled: 'the workflow run was cancelled',
  aborted: 'it was aborted by hand',
  'verification-failed': 'the endpoint did not match what was asked',
};

const TITLES: Record<Verdict['kind'], string> = {
  promoted: '✅ Promoted',
  'rolled-back': '⏪ Rolled back',
  'rolling-back': '⏳ Rolling back',
  unsafe: '🚨 Rollback failed: the endpoint needs attention',
  refused: '⛔ Refused',
  'kept-baseline': '↩️ Kept the baseline',
  'in-progress': '🚀 Rolling out',
  'plan-refused': '⛔ Refused by policy',
  'plan-ready': '📝 Plan: awaiting merge',
  empty: 'ℹ️ modelgate',
};

function subject(state: ReportState): string {
  const model = state.deployment?.candidate?.model ?? state.plan?.model;
  const where = `${code(state.endpoint)} (${text(state.environment, 100)})`;
  return model ? `${code(model, { max: 120 })} on ${where}` : where;
}

function blockingLines(v: Verdict, max: number, detail: Detail): string[] {
  const lines = v.blocking.slice(0, max).map((d) => {
    const what = d.decision === 'error' ? 'could not be evaluated' : 'denies';
    return `- ${code(d.ruleId, { max: 120 })} ${what}: ${text(d.message ?? '', detail.maxMessage)}`;
  });
  for (const c of v.failedChecks.slice(0, max)) {
    lines.push(
      `- check ${code(c.id, { max: 120 })} ${c.status === 'error' ? 'could not run' : 'failed'}: ${text(c.summary, detail.maxMessage)}`,
    );
  }
  const more = v.blocking.length + v.failedChecks.length - lines.length;
  if (more > 0) lines.push(`- …and ${more} more (see below)`);
  return lines;
}

function why(state: ReportState, v: Verdict, detail: Detail): string[] {
  const d = state.deployment;
  const rb = d?.rollback;
  if (!d || !rb) return [];
  const stepIdx =
    d.steps.find((s) => s.status === 'failed' || s.status === 'stopped')?.index ?? d.currentStep;
  const step = d.steps.find((s) => s.index === stepIdx);
  const at = step ? ` at step ${step.index + 1} (${text(step.step.name, 80)})` : '';
  const out: string[] = [];
  const gates = v.failedGates.slice(0, 5).map((g) => {
    const ev = g.result.evidence;
    const base = ev.baseline !== undefined ? `; baseline ${metricValue(ev.metric, ev.baseline)}` : '';
    return `gate ${code(g.result.gateId)} failed: ${text(g.result.summary, detail.maxMessage)}${base}`;
  });
  if (rb.reason === 'gate-failed' && gates.length === 1) {
    out.push(`**Why:**${at}, ${gates[0]}.`);
  } else {
    out.push(
      `**Why:** ${ROLLBACK_REASONS[rb.reason] ?? text(rb.reason)}${at}: ${text(rb.detail, detail.maxMessage)}`,
    );
    if (gates.length) out.push('', ...gates.map((g) => `- ${g}`));
  }
  if (rb.failure) {
    out.push('', `**The rollback itself failed:** ${text(rb.failure.error, detail.maxMessage)}`);
  } else if (rb.completedAt !== undefined) {
    const verified = rb.verified
      ? 'verified: InService, no traffic on the candidate'
      : '**not verified**: check the endpoint before the next deploy';
    const took = `the rollback took ${duration((rb.completedAt - rb.startedAt) / 1000)}`;
    // A first deployment has no known-good config: its rollback deletes the endpoint.
    out.push(
      '',
      rb.endpointConfig === ''
        ? `The endpoint had no earlier model, so the candidate's endpoint was deleted (${rb.verified ? 'verified' : '**not verified**'}); ${took}.`
        : `The endpoint serves ${code(rb.endpointConfig ?? 'the previous config')} again (${verified}); ${took}.`,
    );
  } else {
    out.push('', 'Traffic is being moved back to the baseline; this comment updates when it is done.');
  }
  return out;
}

function snapshotTable(state: ReportState): string[] {
  const s = state.deployment?.rollback?.failure?.state;
  if (!s) return [];
  const rows = s.variants.map((v) => [
    code(v.name, { inTable: true }),
    `${v.weight}`,
    `${v.instances}`,
    v.shadow ? 'shadow' : 'production',
  ]);
  return [
    '',
    `Endpoint ${code(s.endpoint)} is ${code(s.status)} on ${code(s.endpointConfig ?? 'unknown config')}${s.failureReason ? `; SageMaker says: ${text(s.failureReason)}` : ''}.`,
    '',
    table(['Variant', 'Weight', 'Instances', 'Kind'], rows, ['l', 'r', 'r', 'l']),
    '',
    'Restore the last known-good config by hand (see **How to roll back** below), then check the endpoint in the SageMaker console.',
  ];
}

/** The first lines of every report: what happened, and why. */
export function renderVerdict(state: ReportState, detail: Detail): string {
  const v = verdictOf(state);
  const d = state.deployment;
  const lines = [`## ${TITLES[v.kind]}: ${subject(state)}`, ''];
  const plan = state.plan;
  switch (v.kind) {
    case 'promoted': {
      const passed = d?.steps.filter((s) => s.status === 'passed').length ?? 0;
      const total = d?.steps.length ?? 0;
      const took = d?.promoted ? ` in ${duration((d.promoted.at - d.startedAt) / 1000)}` : '';
      const config = d?.promoted?.endpointConfig ?? d?.candidate?.endpointConfig;
      lines.push(
        `${passed} of ${total} steps passed their gates${took}; ${config ? code(config) : 'the candidate'} now serves all traffic.`,
      );
      if (d?.outcome?.summary) lines.push('', text(d.outcome.summary, detail.maxMessage));
      break;
    }
    case 'rolled-back':
    case 'rolling-back':
    case 'unsafe':
      lines.push(...why(state, v, detail));
      if (!d?.rollback && d?.outcome) lines.push(text(d.outcome.summary, detail.maxMessage));
      lines.push(...snapshotTable(state));
      break;
    case 'refused':
    case 'kept-baseline':
      lines.push(text(d?.outcome?.summary ?? '', detail.maxMessage));
      if (v.blocking.length || v.failedChecks.length) lines.push('', ...blockingLines(v, 5, detail));
      break;
    case 'in-progress': {
      const cur = d?.steps.find((s) => s.index === d.currentStep);
      lines.push(
        cur
          ? `Step ${cur.index + 1} of ${d?.steps.length}: ${text(cur.step.name, 80)}${d?.heldSince !== undefined ? ' (**on hold**)' : ''}. This comment updates as the rollout progresses.`
          : 'Starting. This comment updates as the rollout progresses.',
      );
      break;
    }
    case 'plan-refused':
      lines.push('Nothing will be deployed. These block the rollout:', '', ...blockingLines(v, 10, detail));
      lines.push(
        '',
        'Fix the spec or the model, or, for a waivable rule, add the label `modelgate-waive:<rule-id>` with a reason; waivers are recorded in this report.',
      );
      break;
    case 'plan-ready': {
      const warns = (state.policy?.decisions ?? []).filter(
        (x) => x.decision === 'warn' || x.decision === 'waived',
      ).length;
      const what = plan
        ? `Merging runs a ${text(plan.strategy)} rollout in ${plan.steps.length} steps (about ${duration(plan.expectedDurationSeconds)}, at most ${duration(plan.maxDurationSeconds)}).`
        : 'Merging runs the rollout.';
      const policy = state.policy
        ? ` Policy allows it${warns ? ` with ${warns} warning${warns === 1 ? '' : 's'} or waiver${warns === 1 ? '' : 's'}` : ''}.`
        : '';
      lines.push(`Nothing has moved yet. ${what}${policy}`);
      break;
    }
    case 'empty':
      lines.push('No plan or rollout to report yet.');
      break;
  }
  const meta: string[] = [];
  if (d) meta.push(`deployment ${code(d.id, { max: 80 })}`);
  if (plan) meta.push(`${text(plan.strategy)} (${text(plan.mode)})`);
  if (d) meta.push(`started ${timestamp(d.startedAt)}`);
  if (d && d.lastEventAt > d.startedAt) meta.push(`last event ${elapsed(d.lastEventAt, d.startedAt)}`);
  if (d?.resumed) meta.push('resumed');
  if (state.context.runUrl) meta.push(link('workflow run', state.context.runUrl));
  if (meta.length) lines.push('', `<sub>${meta.join(' · ')}</sub>`);
  return lines.join('\n');
}
