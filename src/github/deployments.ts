import type { ReportState } from '../report/types.js';
import { verdictOf } from '../report/verdict.js';
import type { DeploymentsPort, RepoRef } from './ports.js';
import { guard, type GitHubOutcome } from './result.js';

export interface DeploymentRequest extends RepoRef {
  /** The commit or branch deployed. */
  ref: string;
  environment: string;
  description?: string;
  /** Extra data stored with the deployment (endpoint, deployment id, spec path). */
  payload?: Record<string, unknown>;
  /** A short-lived environment (a preview); GitHub shows it "destroyed" once inactive. */
  transient?: boolean;
  production?: boolean;
}

export type DeploymentState =
  'queued' | 'pending' | 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

export interface DeploymentStatusUpdate {
  state: DeploymentState;
  /** Cut to GitHub's 140 characters. */
  description?: string;
  /** The workflow run (GitHub prefers `log_url` to `target_url`). */
  logUrl?: string;
  /** Where the deployed thing can be seen (the endpoint in the console). */
  environmentUrl?: string;
  /** Let GitHub retire earlier successful deployments of a non-production environment (default true). */
  autoInactive?: boolean;
}

const PERMISSION = 'deployments: write' as const;
export const MAX_STATUS_DESCRIPTION = 140;

function clip(s: string, max: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/**
 * Creates a GitHub Deployment for modelgate's rollout. `auto_merge: false` (GitHub would otherwise
 * merge the default branch into `ref`) and `required_contexts: []` (otherwise every status check
 * of the commit must pass first, including the check run this very workflow reports).
 */
export async function createDeployment(
  client: DeploymentsPort,
  request: DeploymentRequest,
): Promise<GitHubOutcome<{ id: number }>> {
  return guard(`create the ${request.environment} deployment`, PERMISSION, async () => {
    const r = await client.rest.repos.createDeployment({
      owner: request.owner,
      repo: request.repo,
      ref: request.ref,
      task: 'deploy',
      environment: request.environment,
      auto_merge: false,
      required_contexts: [],
      transient_environment: request.transient ?? false,
      production_environment: request.production ?? request.environment === 'production',
      ...(request.description ? { description: clip(request.description, MAX_STATUS_DESCRIPTION) } : {}),
      ...(request.payload ? { payload: request.payload } : {}),
    });
    // 202 is "merge in progress", only possible with auto_merge; anything without an id is no deployment.
    const data = r.data as { id?: number; message?: string };
    if (typeof data.id !== 'number') {
      throw Object.assign(new Error(data.message ?? `GitHub answered ${r.status} without a deployment`), {
        status: r.status,
      });
    }
    return { id: data.id };
  });
}

export async function setDeploymentStatus(
  client: DeploymentsPort,
  repo: RepoRef,
  deploymentId: number,
  update: DeploymentStatusUpdate,
): Promise<GitHubOutcome<{ id: number }>> {
  return guard(`set the deployment status to ${update.state}`, PERMISSION, async () => {
    const r = await client.rest.repos.createDeploymentStatus({
      owner: repo.owner,
      repo: repo.repo,
      deployment_id: deploymentId,
      state: update.state,
      ...(update.description ? { description: clip(update.description, MAX_STATUS_DESCRIPTION) } : {}),
      ...(update.logUrl ? { log_url: update.logUrl } : {}),
      ...(update.environmentUrl ? { environment_url: update.environmentUrl } : {}),
      ...(update.autoInactive !== undefined ? { auto_inactive: update.autoInactive } : {}),
    });
    return { id: r.data.id };
  });
}

/**
 * Marks the deployments this one superseded `inactive`: the newest earlier deployments of the
 * environment whose latest status is `success`. GitHub's `auto_inactive` does this only for
 * non-production environments, so production needs it done by hand. Looks at most `lookBack`
 * earlier deployments.
 */
export async function retireSupersededDeployments(
  client: DeploymentsPort,
  repo: RepoRef,
  options: { environment: string; currentId: number; lookBack?: number; logUrl?: string },
): Promise<GitHubOutcome<{ retired: number[] }>> {
  return guard(`mark earlier ${options.environment} deployments inactive`, PERMISSION, async () => {
    const list = await client.rest.repos.listDeployments({
      owner: repo.owner,
      repo: repo.repo,
      environment: options.environment,
      per_page: Math.min(100, (options.lookBack ?? 10) + 1),
    });
    const retired: number[] = [];
    for (const dep of list.data) {
      if (dep.id === options.currentId || dep.id > options.currentId) continue;
      const statuses = await client.rest.repos.listDeploymentStatuses({
        owner: repo.owner,
        repo: repo.repo,
        deployment_id: dep.id,
        per_page: 1,
      });
      if (statuses.data[0]?.state !== 'success') continue;
      await client.rest.repos.createDeploymentStatus({
        owner: repo.owner,
        repo: repo.repo,
        deployment_id: dep.id,
        state: 'inactive',
        description: clip(`Superseded by deployment ${options.currentId}`, MAX_STATUS_DESCRIPTION),
        ...(options.logUrl ? { log_url: options.logUrl } : {}),
      });
      retired.push(dep.id);
    }
    return { retired };
  });
}

/** The deployment status a report stands for, or undefined while nothing runs yet. */
export function deploymentStateOf(state: ReportState): DeploymentState | undefined {
  switch (verdictOf(state).kind) {
    case 'in-progress':
    case 'rolling-back':
      return 'in_progress';
    case 'promoted':
      return 'success';
    case 'rolled-back':
    case 'refused':
      return 'failure';
    case 'unsafe':
      return 'error';
    case 'kept-baseline':
      return 'inactive';
    default:
      return undefined;
  }
}
