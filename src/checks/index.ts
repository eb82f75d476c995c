/**
 * modelgate's pre-deployment checks: the artifact (hash, size, required files, model card, image,
 * registry approval), the data (schema rules and drift against a reference) and the evaluation
 * metrics (CEL rules), each as typed facts with their evidence for the policy engine and the reports.
 *
 * `runChecks(loaded, { workspace })` runs what the spec configures; `formatChecksText` renders the
 * facts for a terminal (`modelgate check`).
 */
export type * from './types.js';
export { runChecks, type RunChecksOptions } from './run.js';
export { formatChecksText } from './format-text.js';
export { checkArtifact, type ArtifactContext } from './artifact.js';
export { checkData, formatOf, type DataCheckOptions } from './data/data-check.js';
export { checkEvaluation, evaluateRequirements } from './evaluation.js';
export { checkImage } from './image.js';
export { checkModelCard, modelCardSchema, validateModelCard } from './model-card.js';
export { DEFAULT_THRESHOLDS, SMALL_REFERENCE_ROWS, methodsFor, thresholdFor } from './data/drift.js';
export { DEFAULT_SAMPLE_LIMIT } from './data/value-sample.js';
export { MAX_CATEGORIES, NULL_TEXT, UNIQUE_LIMIT } from './data/profile.js';
export { parseS3Uri, trustedSha256 } from './s3-location.js';
export { Workspace, within } from './workspace.js';
