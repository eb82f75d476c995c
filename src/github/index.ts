/** The GitHub edge: one throttled, retrying client and adapters that never throw to the caller. */
export {
  createGitHubClient,
  GitHubOctokit,
  type GitHubClient,
  type GitHubClientOptions,
  type GitHubLog,
} from './octokit.js';
export { guard, degrade, ok, type GitHubOutcome, type Degraded, type TokenPermission } from './result.js';
export type {
  RepoRef,
  CommentsPort,
  ChecksPort,
  DeploymentsPort,
  PermissionPort,
  PullsPort,
} from './ports.js';
export {
  upsertStickyComment,
  findStickyComment,
  postComment,
  reactToComment,
  tokenLogin,
  type StickyCommentTarget,
  type StickyCommentResult,
  type StickyComment,
  type CommentReaction,
} from './comment.js';
export {
  startCheckRun,
  updateCheckRun,
  completeCheckRun,
  reportCheckRun,
  ANNOTATIONS_PER_REQUEST,
  MAX_ANNOTATIONS,
  type CheckRunTarget,
  type CheckRunOutput,
  type CheckRunResult,
} from './checks.js';
export {
  createDeployment,
  setDeploymentStatus,
  retireSupersededDeployments,
  deploymentStateOf,
  MAX_STATUS_DESCRIPTION,
  type DeploymentRequest,
  type DeploymentState,
  type DeploymentStatusUpdate,
} from './deployments.js';
export {
  parseEventContext,
  readEventContext,
  deployRefusal,
  fetchPullRequest,
  isForkPullRequest,
  type EventContext,
  type PullRequestInfo,
} from './context.js';
export { commandPermission, type CommandPermission } from './permission.js';
export {
  parseCommentCommand,
  helpReply,
  commandReaction,
  MAX_EXTEND_SECONDS,
  type ParsedComment,
} from './commands.js';
export { stickyCommentSink, publishWithFallback, type ReportSink, type PublishResult } from './publish.js';
