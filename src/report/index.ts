/**
 * Reports: pure functions from rollout events, plan, policy decisions and check results to one
 * markdown body (PR comment, check run summary, job summary, `--report-md`). No I/O here.
 */
export type * from './types.js';
export {
  createReport,
  reduceReport,
  buildReport,
  withPlan,
  withPolicy,
  withChecks,
  withGates,
  withContext,
  gatesOf,
} from './state.js';
export {
  renderReport,
  renderReportDetailed,
  truncate,
  GITHUB_LIMITS,
  type RenderOptions,
  type RenderedReport,
} from './render.js';
export {
  verdictOf,
  checkConclusion,
  blockingDecisions,
  type Verdict,
  type VerdictKind,
  type CheckConclusion,
} from './verdict.js';
export { headline } from './headline.js';
export { reportMarker, reportScope } from './marker.js';
export { reportChecksFromFacts } from './checks-facts.js';
export { reportPolicyFromResult } from './policy-result.js';
export {
  annotationsFromPolicy,
  annotationsFromProblems,
  annotationsFromChecks,
  type FileAnnotation,
  type AnnotationLevel,
  type AnnotationOptions,
} from './annotations.js';
export { CONTROL_COMMANDS } from './control-commands.js';
export { text as escapeText, code as escapeCode } from './markdown.js';
