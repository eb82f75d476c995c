import type { ArtifactFacts, CheckFacts, DataFacts, EvaluationFacts } from './types.js';

/** The terminal rendering of the checks' facts (`modelgate check` without --json). */
export function formatChecksText(facts: CheckFacts, specFile: string): string {
  const out: string[] = [`modelgate check: ${specFile}`, ''];
  if (facts.artifact) out.push(...artifactText(facts.artifact), '');
  if (facts.data) out.push(...dataText(facts.data), '');
  if (facts.evaluation) out.push(...evaluationText(facts.evaluation), '');
  const failed = [
    facts.artifact && !facts.artifact.passed ? 'artifact' : null,
    facts.data && !facts.data.passed ? 'data' : null,
    facts.evaluation && !facts.evaluation.passed ? 'evaluation' : null,
  ].filter((x) => x !== null);
  out.push(facts.passed ? 'Result: PASS' : `Result: FAIL (${failed.join(', ')})`);
  return `${out.join('\n')}\n`;
}

const verdict = (ok: boolean | null): string => (ok === null ? '-' : ok ? 'ok' : 'FAIL');

function artifactText(a: ArtifactFacts): string[] {
  const rows: string[][] = [];
  if (a.sha256Expected !== null || a.sha256Actual !== null) {
    const actual = a.sha256Actual ?? 'unknown';
    const how = a.sha256Source === 's3-checksum' ? ' (S3 checksum)' : a.sha256Source ? ' (computed)' : '';
    rows.push([
      'sha256',
      verdict(a.sha256Matches),
      a.sha256Expected === null
        ? `${actual}${how}, none expected`
        : `${actual}${how}${a.sha256Matches ? '' : `, expected ${a.sha256Expected}`}`,
    ]);
  }
  const bounds =
    a.minSizeBytes !== null || a.maxSizeBytes !== null
      ? ` (bounds ${bytes(a.minSizeBytes) ?? '0'} – ${bytes(a.maxSizeBytes) ?? '∞'})`
      : '';
  rows.push(['size', verdict(a.sizeWithinBounds), `${bytes(a.sizeBytes) ?? 'unknown'}${bounds}`]);
  if (a.requiredFiles.length > 0) {
    rows.push([
      'required files',
      verdict(a.missingFiles.length === 0),
      a.missingFiles.length === 0 ? a.requiredFiles.join(', ') : `missing ${a.missingFiles.join(', ')}`,
    ]);
  }
  if (a.metadata) {
    rows.push([
      'model card',
      verdict(a.metadata.valid),
      a.metadata.valid ? a.metadata.path : a.metadata.errors.join('; '),
    ]);
  }
  rows.push([
    'image',
    verdict(a.image.allowListed),
    a.image.allowList.length === 0
      ? `${a.image.uri} (no allow-list)`
      : `${a.image.uri}${a.image.matchedPattern ? ` matches ${a.image.matchedPattern}` : ' matches no allowed pattern'}`,
  ]);
  if (a.registry) {
    const ok = !a.registry.approvalRequired || a.registry.approvalStatus === 'Approved';
    rows.push([
      'registry',
      verdict(ok),
      `${a.registry.approvalStatus ?? 'no approval status'} (${a.registry.arn})`,
    ]);
  }
  return [
    `artifact    ${a.passed ? 'PASS' : 'FAIL'}  ${a.uri} (${a.location})`,
    ...table(['check', 'result', 'evidence'], rows).map((l) => `  ${l}`),
    ...problemLines(a.problems),
  ];
}

function dataText(d: DataFacts): string[] {
  const sets = [`current ${d.current.path} (${d.current.format}, ${count(d.current.rows)} rows)`];
  if (d.reference)
    sets.push(`reference ${d.reference.path} (${d.reference.format}, ${count(d.reference.rows)} rows)`);
  const out = [`data        ${d.passed ? 'PASS' : 'FAIL'}  ${sets.join(', ')}`];
  const s = d.schema;
  if (s.columns.length > 0) {
    out.push(
      `  schema: ${s.columns.length} columns, ${s.violations.length === 0 ? 'no violations' : `${s.violations.length} violation(s)`}`,
    );
    if (s.violations.length > 0) {
      const rows = s.violations.map((v) => [
        v.column,
        v.rule,
        String(v.count),
        v.message,
        v.examples.map((e) => `row ${e.row}: ${e.value}`).join('; '),
      ]);
      out.push(...table(['column', 'rule', 'count', 'message', 'examples'], rows).map((l) => `    ${l}`));
    }
  }
  const drift = d.drift;
  if (drift) {
    out.push(
      `  drift: ${drift.drifted} of ${drift.checked} columns drifted (${pct(drift.driftedShare)}); dataset drift at ≥ ${drift.datasetDriftPercent}%: ${drift.datasetDrift ? 'YES' : 'no'}`,
    );
    const rows = drift.features.flatMap((f) =>
      f.tests.map((t, i) => [
        i === 0 ? f.column : '',
        i === 0 ? f.kind : '',
        t.method,
        num(t.statistic),
        t.pValue === null ? '-' : num(t.pValue),
        `${t.pValue === null ? '≥' : 'p <'} ${t.threshold}`,
        t.drifted ? 'DRIFT' : 'no',
      ]),
    );
    if (rows.length > 0) {
      out.push(
        ...table(['column', 'kind', 'method', 'statistic', 'p-value', 'drifts at', 'drifted'], rows).map(
          (l) => `    ${l}`,
        ),
      );
    }
    const sampled = drift.features.filter((f) => f.sampled).map((f) => f.column);
    if (sampled.length > 0) {
      out.push(`    numerical tests on a uniform random sample of the values: ${sampled.join(', ')}`);
    }
    for (const sk of drift.skipped) out.push(`    ${sk.column}: not compared: ${sk.reason}`);
  }
  out.push(...problemLines(d.problems.filter((p) => !s.problems.includes(p) || s.columns.length === 0)));
  return out;
}

function evaluationText(e: EvaluationFacts): string[] {
  const held = e.requirements.filter((r) => r.passed).length;
  const rows = e.requirements.map((r) => [verdict(r.passed), r.expr, r.error ?? '']);
  return [
    `evaluation  ${e.passed ? 'PASS' : 'FAIL'}  ${held} of ${e.requirements.length} requirements hold`,
    ...table(['result', 'requirement', 'error'], rows).map((l) => `  ${l}`),
    ...problemLines(e.problems.filter((p) => !e.requirements.some((r) => r.error === p))),
  ];
}

function problemLines(problems: string[]): string[] {
  return problems.map((p) => `  ! ${p}`);
}

/** Left-aligned columns; trailing empty cells do not pad. */
export function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

function bytes(n: number | null): string | null {
  if (n === null) return null;
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = n;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return u === 0 ? `${n} B` : `${v.toFixed(1)} ${units[u]}`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

function pct(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

function num(x: number): string {
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a < 1e-4 || a >= 1e6) return x.toExponential(3);
  return Number(x.toPrecision(4)).toString();
}
