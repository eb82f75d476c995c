import { newest, type Detail } from './detail.js';
import { significant } from './format.js';
import { code, details, table, text } from './markdown.js';
import type { ReportCheck, ReportCheckStatus, ReportState } from './types.js';

const LABEL: Record<ReportCheckStatus, string> = {
  pass: '✅\u00a0pass',
  fail: '❌\u00a0fail',
  warn: '⚠️\u00a0warn',
  skipped: '➖\u00a0skipped',
  error: '💥\u00a0error',
};

function cell(v: string | number | boolean | null | undefined, max: number): string {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'number') return significant(v, 4);
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return text(v, max);
}

function evidenceTable(c: ReportCheck, detail: Detail): string {
  const rows = c.evidence ?? [];
  const { shown, omitted } = newest(rows, detail.maxEvidenceRows);
  if (!shown.length) return '';
  const columns = Object.keys(rows[0]);
  let body = table(
    columns.map((k) => text(k, 60)),
    shown.map((r) => columns.map((k) => cell(r[k], Math.min(detail.maxMessage, 200)))),
  );
  if (omitted) body += `\n\n…and ${omitted} more rows.`;
  return details(
    `${c.id}: evidence (${rows.length} row${rows.length === 1 ? '' : 's'})`,
    body,
    !detail.collapse && c.status !== 'pass',
  );
}

/** Pre-deployment checks (artifact, data, evaluation): result, summary, problems, evidence. */
export function renderChecks(state: ReportState, detail: Detail): string {
  const checks = state.checks;
  if (!checks?.length) return '';
  const lines = ['### Checks', ''];
  lines.push(
    table(
      ['Check', 'Result', 'Summary'],
      checks.map((c) => [
        code(c.id, { inTable: true, max: 80 }),
        LABEL[c.status] ?? text(c.status),
        text(c.summary, detail.maxMessage),
      ]),
    ),
  );
  for (const c of checks) {
    const problems = c.problems ?? [];
    if (problems.length && c.status !== 'pass') {
      const shown = problems.slice(0, Math.max(5, detail.maxEvidenceRows));
      const omitted = problems.length - shown.length;
      lines.push('', `**${text(c.id, 80)}**`, '', ...shown.map((p) => `- ${text(p, detail.maxMessage)}`));
      if (omitted) lines.push(`- …and ${omitted} more`);
    }
    const ev = evidenceTable(c, detail);
    if (ev) lines.push('', ev);
  }
  return lines.join('\n');
}
