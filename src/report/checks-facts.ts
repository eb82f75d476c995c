import type { ArtifactFacts, CheckFacts, DataFacts, EvaluationFacts } from '../checks/types.js';
import { count, percentOfFraction, significant } from './format.js';
import type { ReportCheck } from './types.js';

function bytes(n: number | null): string {
  if (n === null) return 'unknown size';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = n;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${significant(v)} ${units[u]}`;
}

function artifactCheck(a: ArtifactFacts): ReportCheck {
  const rows: NonNullable<ReportCheck['evidence']> = [];
  const parts: string[] = [];
  if (a.sha256Matches !== null) {
    parts.push(a.sha256Matches ? 'sha256 matches' : 'sha256 differs');
    rows.push({
      requirement: 'sha256',
      expected: a.sha256Expected,
      actual: a.sha256Actual,
      ok: a.sha256Matches,
    });
  } else {
    parts.push('no sha256 pinned');
  }
  parts.push(bytes(a.sizeBytes));
  if (a.sizeWithinBounds !== null) {
    const bounds = `${a.minSizeBytes !== null ? bytes(a.minSizeBytes) : '0'} – ${a.maxSizeBytes !== null ? bytes(a.maxSizeBytes) : '∞'}`;
    rows.push({ requirement: 'size', expected: bounds, actual: bytes(a.sizeBytes), ok: a.sizeWithinBounds });
  }
  if (a.requiredFiles.length) {
    const present = a.requiredFiles.length - a.missingFiles.length;
    parts.push(`${present}/${a.requiredFiles.length} required files`);
    rows.push({
      requirement: 'required files',
      expected: a.requiredFiles.join(', '),
      actual: a.missingFiles.length ? `missing ${a.missingFiles.join(', ')}` : 'all present',
      ok: a.missingFiles.length === 0,
    });
  }
  parts.push(a.image.allowListed ? 'image allowed' : 'image not allow-listed');
  rows.push({
    requirement: 'image',
    expected: a.image.allowList.length ? a.image.allowList.join(', ') : 'any',
    actual: a.image.uri,
    ok: a.image.allowListed,
  });
  if (a.metadata) {
    parts.push(a.metadata.valid ? 'model card valid' : 'model card invalid');
    rows.push({
      requirement: 'model card',
      expected: a.metadata.path,
      actual: a.metadata.valid ? 'valid' : a.metadata.errors.join('; '),
      ok: a.metadata.valid,
    });
  }
  if (a.registry) {
    parts.push(`registry ${a.registry.approvalStatus ?? 'status unknown'}`);
    rows.push({
      requirement: 'registry approval',
      expected: a.registry.approvalRequired ? 'Approved' : 'any',
      actual: a.registry.approvalStatus,
      ok: !a.registry.approvalRequired || a.registry.approvalStatus === 'Approved',
    });
  }
  return {
    id: 'artifact',
    category: 'artifact',
    status: a.passed ? 'pass' : 'fail',
    summary: parts.join(', '),
    problems: a.problems,
    evidence: rows,
  };
}

function dataChecks(d: DataFacts): ReportCheck[] {
  const out: ReportCheck[] = [];
  const s = d.schema;
  out.push({
    id: 'data.schema',
    category: 'data',
    status: s.passed ? 'pass' : 'fail',
    summary: `${s.columns.length} columns over ${count(d.current.rows)} rows of ${d.current.path}: ${
      s.violations.length
        ? `${s.violations.length} violation${s.violations.length === 1 ? '' : 's'}`
        : 'no violations'
    }`,
    problems: s.problems,
    evidence: s.violations.map((v) => ({
      column: v.column,
      rule: v.rule,
      count: v.count,
      message: v.message,
      examples: v.examples.map((e) => `row ${e.row}: ${e.value}`).join('; '),
    })),
  });
  const drift = d.drift;
  if (drift) {
    const drifted = drift.features.filter((f) => f.drifted).map((f) => f.column);
    const names = drifted.length
      ? ` (${drifted.slice(0, 5).join(', ')}${drifted.length > 5 ? ', …' : ''})`
      : '';
    out.push({
      id: 'data.drift',
      category: 'data',
      status: drift.datasetDrift ? 'fail' : drifted.length ? 'warn' : 'pass',
      summary: `${drift.drifted} of ${drift.checked} features drifted${names}, ${percentOfFraction(drift.driftedShare)}; the dataset drifts at ≥ ${drift.datasetDriftPercent}%`,
      problems: drift.datasetDrift ? d.problems : [],
      evidence: [
        ...drift.features.map((f) => ({
          column: f.column,
          kind: f.kind,
          method: f.method,
          statistic: f.statistic,
          'p-value': f.pValue,
          threshold: f.threshold,
          drifted: f.drifted,
        })),
        ...drift.skipped.map((s) => ({ column: s.column, kind: 'skipped', method: s.reason })),
      ],
    });
  }
  return out;
}

function evaluationCheck(e: EvaluationFacts): ReportCheck {
  const held = e.requirements.filter((r) => r.passed).length;
  return {
    id: 'evaluation',
    category: 'evaluation',
    status: e.passed ? 'pass' : 'fail',
    summary: `${held} of ${e.requirements.length} requirements hold`,
    problems: e.problems,
    evidence: e.requirements.map((r) => ({ requirement: r.expr, holds: r.passed, error: r.error })),
  };
}

/** The checks' facts as report rows: one per check (data split into schema and drift). */
export function reportChecksFromFacts(facts: CheckFacts): ReportCheck[] {
  const out: ReportCheck[] = [];
  if (facts.artifact) out.push(artifactCheck(facts.artifact));
  if (facts.data) out.push(...dataChecks(facts.data));
  if (facts.evaluation) out.push(evaluationCheck(facts.evaluation));
  return out;
}
