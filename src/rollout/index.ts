/** The rollout engine's public API (the CLI and the GitHub Action use these). */
export { runDeployment, exitCodeFor, newDeploymentId, DEPLOYMENT_ID } from './run-deployment.js';
export type { RunDeploymentOptions, DeploymentResult } from './run-deployment.js';
export { manualRollback } from './manual-rollback.js';
export type { ManualRollbackOptions, ManualRollbackResult } from './manual-rollback.js';
export { progressLine } from './progress.js';
export { parseControl, describeControl } from './control.js';
export { TAG } from './tags.js';
export { DEFAULT_TUNING, type Tuning } from './context.js';
export type * from './events.js';
export type * from './ports.js';
export { ProviderError } from './ports.js';
