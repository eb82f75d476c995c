/**
 * The policy engine's public API (see README.md): load and compile policies, build the facts
 * document, evaluate, and run policy tests.
 */
export { loadPolicies, compilePolicySet, compilePolicyText, type LoadPoliciesOptions } from './load.js';
export {
  evaluatePolicies,
  waiversFromLabels,
  WAIVER_LABEL_PREFIX,
  type EvaluateOptions,
} from './evaluate.js';
export {
  buildFacts,
  nowFacts,
  type BuildFactsInput,
  type Facts,
  type GitFacts,
  type EnvironmentFacts,
  type NowFacts,
  type EndpointFacts,
  type EndpointVariantFacts,
  type EndpointDataCaptureFacts,
  type ArtifactFacts,
  type DataFacts,
  type EvaluationFacts,
} from './facts.js';
export { gitFactsFromGithub, type GithubEventPayload } from './git-facts.js';
export { formatPolicyResult, formatTestReport } from './format.js';
export { runPolicyTests, runTestFile, loadExampleFacts, type TestReport } from './testing.js';
export { matchesGlob, parseDurationSeconds } from './functions.js';
export { builtinPacks, builtinPoliciesDir } from './builtin.js';
export type {
  Decision,
  DecisionKind,
  PolicyResult,
  PolicySet,
  Rule,
  Severity,
  Waiver,
  WaiverOutcome,
  WaiverStatus,
} from './types.js';
