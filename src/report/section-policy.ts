import { newest, type Detail } from './detail.js';
import { code, details, table, text } from './markdown.js';
import type { PolicyDecisionKind, ReportPolicyDecision, ReportState } from './types.js';

const ORDER: PolicyDecisionKind[] = ['deny', 'error', 'waived', 'warn', 'allow'];

const LABEL: Record<PolicyDecisionKind, string> = {
  deny: '⛔\u00a0deny',
  error: '💥\u00a0error',
  waived: '🟡\u00a0waived',
  warn: '⚠️\u00a0warn',
  allow: '✅\u00a0allow',
};

function waiverText(d: ReportPolicyDecision, max: number): string {
  const w = d.waiver;
  if (!w) return ' — **waived**, no reason recorded';
  const by = w.by ? ` by ${text(w.by, 80)}` : '';
  const source = w.source ? ` (${text(w.source, 120)})` : '';
  const reason = w.reason ? `: ${text(w.reason, max)}` : ', no reason recorded';
  return ` — **waived**${by}${source}${reason}`;
}

function row(d: ReportPolicyDecision, max: number): string[] {
  const rule =
    code(d.ruleId, { inTable: true, max: 120 }) + (d.pack ? ` <sub>${text(d.pack, 60)}</sub>` : '');
  const message = text(d.message ?? '', max) + (d.decision === 'waived' ? waiverText(d, max) : '');
  return [LABEL[d.decision] ?? text(d.decision), rule, message || '–'];
}

/** Policy decisions: denies first, then errors, waivers (with their reason), warnings; allows folded. */
export function renderPolicy(state: ReportState, detail: Detail): string {
  const policy = state.policy;
  if (!policy) return '';
  const byKind = new Map<PolicyDecisionKind, ReportPolicyDecision[]>(ORDER.map((k) => [k, []]));
  for (const d of policy.decisions) (byKind.get(d.decision) ?? byKind.get('error'))!.push(d);
  const n = (k: PolicyDecisionKind) => byKind.get(k)!.length;
  const counts = [
    n('deny') ? `**${n('deny')} denied**` : '',
    n('error') ? `**${n('error')} failed to evaluate**` : '',
    n('waived') ? `${n('waived')} waived` : '',
    n('warn') ? `${n('warn')} warning${n('warn') === 1 ? '' : 's'}` : '',
    `${n('allow')} allowed`,
    policy.notApplicable ? `${policy.notApplicable} not applicable` : '',
  ].filter(Boolean);
  const sources = policy.sources?.length
    ? ` · evaluated ${policy.sources.map((s) => code(s, { max: 120 })).join(', ')}`
    : '';
  const lines = ['### Policy', '', `${counts.join(' · ')}${sources}`];
  const notable = ORDER.filter((k) => k !== 'allow').flatMap((k) => byKind.get(k)!);
  if (notable.length) {
    lines.push(
      '',
      table(
        ['Decision', 'Rule', 'Message'],
        notable.map((d) => row(d, detail.maxMessage)),
      ),
    );
  }
  const allows = byKind.get('allow')!;
  if (allows.length) {
    const { shown, omitted } = newest(allows, detail.maxAllowRows);
    if (shown.length) {
      let body = table(
        ['Decision', 'Rule', 'Message'],
        shown.map((d) => row(d, detail.maxMessage)),
      );
      if (omitted) body += `\n\n…and ${omitted} more allowed rules.`;
      lines.push('', details(`${allows.length} rule${allows.length === 1 ? '' : 's'} allowed`, body));
    }
  }
  if (!policy.decisions.length) lines.push('', 'No policy rules applied.');
  return lines.join('\n');
}
