import type { InputProblem } from '../errors.js';
import type { ReportCheck, ReportPolicyDecision } from './types.js';

export type AnnotationLevel = 'notice' | 'warning' | 'failure';

/** A line-level finding on a file of the repository (a check run annotation, a workflow annotation). */
export interface FileAnnotation {
  /** Path relative to the repository root. */
  path: string;
  startLine: number;
  endLine: number;
  /** Only when startLine = endLine (GitHub ignores columns across lines). */
  startColumn?: number;
  endColumn?: number;
  level: AnnotationLevel;
  title?: string;
  message: string;
}

export interface AnnotationOptions {
  /** Turns a file path as reported (absolute, or relative to the spec) into a repository path; undefined drops it. */
  repoPath?: (file: string) => string | undefined;
}

function at(
  file: string,
  line: number | undefined,
  column: number | undefined,
  options: AnnotationOptions,
): Pick<FileAnnotation, 'path' | 'startLine' | 'endLine' | 'startColumn' | 'endColumn'> | undefined {
  const path = options.repoPath ? options.repoPath(file) : file;
  if (!path) return undefined;
  const l = line && line > 0 ? line : 1;
  return {
    path,
    startLine: l,
    endLine: l,
    ...(column && column > 0 ? { startColumn: column, endColumn: column } : {}),
  };
}

const POLICY_LEVEL: Partial<Record<ReportPolicyDecision['decision'], AnnotationLevel>> = {
  deny: 'failure',
  error: 'failure',
  warn: 'warning',
  waived: 'notice',
};

/** Annotations for every decision that is not a plain allow, on the line of the rule that made it. */
export function annotationsFromPolicy(
  decisions: ReportPolicyDecision[],
  options: AnnotationOptions = {},
): FileAnnotation[] {
  const out: FileAnnotation[] = [];
  for (const d of decisions) {
    const level = POLICY_LEVEL[d.decision];
    if (!level || !d.source) continue;
    const where = at(d.source.file, d.source.line, d.source.column, options);
    if (!where) continue;
    const waiver =
      d.decision === 'waived' ? ` (waived${d.waiver?.reason ? `: ${d.waiver.reason}` : ''})` : '';
    out.push({
      ...where,
      level,
      title: `policy ${d.decision}: ${d.ruleId}`,
      message: `${d.message ?? d.ruleId}${waiver}`,
    });
  }
  return out;
}

/** Annotations for spec / policy input problems (`file:line:col: path: message`). */
export function annotationsFromProblems(
  problems: InputProblem[],
  options: AnnotationOptions = {},
): FileAnnotation[] {
  const out: FileAnnotation[] = [];
  for (const p of problems) {
    const where = at(p.file, p.line, p.column, options);
    if (!where) continue;
    const expected = p.expected ? ` (expected ${p.expected})` : '';
    out.push({
      ...where,
      level: 'failure',
      title: p.path ?? 'invalid input',
      message: `${p.message}${expected}`,
    });
  }
  return out;
}

/** Annotations for failed checks that know where in the spec they are configured. */
export function annotationsFromChecks(
  checks: ReportCheck[],
  options: AnnotationOptions = {},
): FileAnnotation[] {
  const out: FileAnnotation[] = [];
  for (const c of checks) {
    if (!c.source || c.status === 'pass' || c.status === 'skipped') continue;
    const where = at(c.source.file, c.source.line, c.source.column, options);
    if (!where) continue;
    out.push({
      ...where,
      level: c.status === 'warn' ? 'warning' : 'failure',
      title: `check ${c.id}: ${c.status}`,
      message: [c.summary, ...(c.problems ?? [])].join('\n'),
    });
  }
  return out;
}
