import type { TestReport } from './testing.js';
import type { Decision, DecisionKind, PolicyResult } from './types.js';

const MARK: Record<DecisionKind, string> = {
  allow: 'ok',
  deny: 'XX',
  warn: '!!',
  waived: '~~',
  error: 'XX',
  skipped: '--',
};

function decisionLines(d: Decision, idWidth: number): string[] {
  const head = `  ${MARK[d.decision]} ${d.decision.padEnd(7)} ${d.ruleId.padEnd(idWidth)}  [${d.severity}${d.waivable ? ', waivable' : ''}]`;
  const lines = [head, `       ${d.message}`];
  if (d.waiver) {
    const w = d.waiver;
    const who = w.by ? `, by ${w.by}` : '';
    lines.push(
      `       waiver (${w.source}${who}): ${w.status}${w.note ? ` — ${w.note}` : ''}; reason: ${w.reason}`,
    );
  }
  if (d.reads.length > 0) lines.push(`       reads: ${d.reads.join(', ')}`);
  lines.push(`       rule: ${d.location.file}:${d.location.line}:${d.location.column}`);
  return lines;
}

/** The decisions as text: one block per rule, then the waivers and a one-line verdict. */
export function formatPolicyResult(result: PolicyResult): string {
  const idWidth = Math.max(0, ...result.decisions.map((d) => d.ruleId.length));
  const out: string[] = [];
  for (const d of result.decisions) out.push(...decisionLines(d, idWidth));
  const unattached = result.waivers.filter((w) => w.status === 'unknown-rule' || w.status === 'not-needed');
  if (unattached.length > 0) {
    out.push('', 'Waivers not used:');
    for (const w of unattached) out.push(`  ${w.ruleId} (${w.source}): ${w.status} — ${w.note}`);
  }
  const c = result.counts;
  const tally = `${c.allow} allow, ${c.deny} deny, ${c.error} error, ${c.warn} warn, ${c.waived} waived, ${c.skipped} skipped`;
  out.push('', `${result.denied ? 'DENIED' : 'ALLOWED'}: ${result.decisions.length} rules — ${tally}`);
  return `${out.join('\n')}\n`;
}

/** Test results as `opa test -v` prints them, ending with `N passed, M failed`. */
export function formatTestReport(report: TestReport, display: (file: string) => string = (f) => f): string {
  const out: string[] = [];
  for (const f of report.files) {
    out.push(display(f.file));
    if (f.error) {
      for (const line of f.error.split('\n')) out.push(`  ERROR ${line}`);
    }
    for (const c of f.cases) {
      out.push(`  ${c.passed ? 'PASS' : 'FAIL'}  ${c.name}`);
      for (const failure of c.failures) out.push(`        ${failure}`);
    }
  }
  out.push('', `${report.passed} passed, ${report.failed} failed`);
  return `${out.join('\n')}\n`;
}
