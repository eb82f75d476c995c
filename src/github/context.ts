import { readFileSync } from 'node:fs';
import { ModelgateError } from '../errors.js';
import type { PullsPort, RepoRef } from './ports.js';
import { guard, type GitHubOutcome } from './result.js';

/**
 * What the workflow run is about, read from the event payload GitHub writes to `GITHUB_EVENT_PATH`
 * (and a few `GITHUB_*` variables): the event, the pull request and whether its head is a fork,
 * labels, the actor, the commit, the default branch.
 */
export interface EventContext {
  eventName: string;
  /** `opened`, `synchronize`, `created`, … (absent for push and workflow_dispatch). */
  action?: string;
  repository: RepoRef & { fullName: string };
  defaultBranch?: string;
  /** Who triggered the run (`sender.login`, else `GITHUB_ACTOR`). */
  actor?: string;
  /** The commit the run is about: the PR head for pull requests, `after` for pushes, else `GITHUB_SHA`. */
  sha?: string;
  /** `refs/heads/main`, `refs/pull/2/merge`, … */
  ref?: string;
  pullRequest?: PullRequestInfo;
  /** Labels of the pull request or issue. */
  labels: string[];
  /** The comment of an `issue_comment` event. */
  comment?: { id: number; body: string; author: string; authorAssociation?: string };
  /** The issue or PR number an `issue_comment` was made on, and whether it is a pull request. */
  issue?: { number: number; isPullRequest: boolean };
  /** `workflow_dispatch` inputs. */
  inputs: Record<string, string>;
  /** True when the PR's head lives in another repository (or its fork was deleted). */
  isFork: boolean;
  /** `pull_request_target` runs with the base's secrets and a write token: never run the head's code. */
  isPullRequestTarget: boolean;
  /** A push to the repository's default branch. */
  isDefaultBranchPush: boolean;
}

export interface PullRequestInfo {
  number: number;
  headSha: string;
  headRef: string;
  baseRef: string;
  /** `owner/name` of the head repository; null when the fork was deleted. */
  headRepo: string | null;
  baseRepo: string;
  draft: boolean;
  merged: boolean;
}

type Json = Record<string, unknown>;

function obj(v: unknown): Json | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function labelsOf(v: unknown): string[] {
  return Array.isArray(v) ? v.map((l) => str(obj(l)?.name)).filter((n): n is string => !!n) : [];
}

function repoName(v: unknown): string | null {
  return str(obj(v)?.full_name) ?? null;
}

export function pullRequestInfo(pr: Json, baseFallback: string): PullRequestInfo {
  const head = obj(pr.head) ?? {};
  const base = obj(pr.base) ?? {};
  return {
    number: num(pr.number) ?? 0,
    headSha: str(head.sha) ?? '',
    headRef: str(head.ref) ?? '',
    baseRef: str(base.ref) ?? '',
    headRepo: repoName(head.repo),
    baseRepo: repoName(base.repo) ?? baseFallback,
    draft: pr.draft === true,
    merged: pr.merged === true,
  };
}

export function isForkPullRequest(pr: PullRequestInfo): boolean {
  return pr.headRepo === null || pr.headRepo.toLowerCase() !== pr.baseRepo.toLowerCase();
}

/**
 * Builds the context from an event name and its payload. `env` supplies `GITHUB_REPOSITORY`,
 * `GITHUB_SHA`, `GITHUB_REF` and `GITHUB_ACTOR` where the payload has no such field.
 */
export function parseEventContext(
  eventName: string,
  payload: unknown,
  env: NodeJS.ProcessEnv = {},
): EventContext {
  const p = obj(payload) ?? {};
  const repo = obj(p.repository);
  const fullName = str(repo?.full_name) ?? env.GITHUB_REPOSITORY ?? '';
  const [owner = '', name = ''] = fullName.split('/');
  const defaultBranch = str(repo?.default_branch) ?? str(repo?.master_branch);
  const ctx: EventContext = {
    eventName,
    action: str(p.action),
    repository: { owner: str(obj(repo?.owner)?.login) ?? owner, repo: str(repo?.name) ?? name, fullName },
    defaultBranch,
    actor: str(obj(p.sender)?.login) ?? env.GITHUB_ACTOR,
    sha: env.GITHUB_SHA,
    ref: str(p.ref) ?? env.GITHUB_REF,
    labels: [],
    inputs: {},
    isFork: false,
    isPullRequestTarget: eventName === 'pull_request_target',
    isDefaultBranchPush: false,
  };
  const pr = obj(p.pull_request);
  if (
    pr &&
    (eventName === 'pull_request' ||
      eventName === 'pull_request_target' ||
      eventName === 'pull_request_review')
  ) {
    ctx.pullRequest = pullRequestInfo(pr, fullName);
    ctx.sha = ctx.pullRequest.headSha || ctx.sha;
    ctx.labels = labelsOf(pr.labels);
    ctx.isFork = isForkPullRequest(ctx.pullRequest);
  }
  if (eventName === 'push') {
    ctx.sha = str(p.after) ?? ctx.sha;
    ctx.isDefaultBranchPush =
      !!defaultBranch && ctx.ref === `refs/heads/${defaultBranch}` && p.deleted !== true;
  }
  if (eventName === 'workflow_dispatch') {
    const inputs = obj(p.inputs) ?? {};
    for (const [k, v] of Object.entries(inputs)) if (v !== null && v !== undefined) ctx.inputs[k] = String(v);
  }
  if (eventName === 'issue_comment') {
    const issue = obj(p.issue) ?? {};
    const comment = obj(p.comment) ?? {};
    ctx.issue = { number: num(issue.number) ?? 0, isPullRequest: !!obj(issue.pull_request) };
    ctx.labels = labelsOf(issue.labels);
    ctx.comment = {
      id: num(comment.id) ?? 0,
      body: str(comment.body) ?? '',
      author: str(obj(comment.user)?.login) ?? '',
      authorAssociation: str(comment.author_association),
    };
  }
  return ctx;
}

/** Reads `GITHUB_EVENT_NAME` and the payload at `GITHUB_EVENT_PATH`. */
export function readEventContext(env: NodeJS.ProcessEnv = process.env): EventContext {
  const name = env.GITHUB_EVENT_NAME;
  const path = env.GITHUB_EVENT_PATH;
  if (!name) {
    throw new ModelgateError(
      'github_context',
      'GITHUB_EVENT_NAME is not set: run modelgate as a GitHub Actions step (or set it and GITHUB_EVENT_PATH).',
    );
  }
  if (!path) {
    throw new ModelgateError(
      'github_context',
      `GITHUB_EVENT_PATH is not set for the ${name} event: GitHub writes the payload there on every run.`,
    );
  }
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ModelgateError(
      'github_context',
      `${path}: could not read the ${name} event payload: ${(err as Error).message}`,
      { cause: err },
    );
  }
  return parseEventContext(name, payload, env);
}

/**
 * Why this run must not deploy, or undefined when it may: a fork's head, or untrusted code under
 * `pull_request_target`. Pull requests only ever plan; these reasons are for the report.
 */
export function deployRefusal(ctx: EventContext): string | undefined {
  if (ctx.pullRequest && ctx.isFork) {
    return `Pull request #${ctx.pullRequest.number} comes from a fork (${ctx.pullRequest.headRepo ?? 'a deleted repository'}): modelgate never deploys code it cannot trust, and the fork's token is read-only. The plan is reported in the job summary.`;
  }
  if (ctx.isPullRequestTarget) {
    return "The workflow runs on pull_request_target, which has the base repository's secrets and a write token: running the pull request's spec or model there would hand them to untrusted code. Plan on pull_request and deploy on push instead.";
  }
  return undefined;
}

/**
 * For `issue_comment`: the pull request the comment is on (the payload has no head or fork data).
 * Needs `pull-requests: read`.
 */
export async function fetchPullRequest(
  client: PullsPort,
  repo: RepoRef,
  number: number,
): Promise<GitHubOutcome<PullRequestInfo & { labels: string[] }>> {
  return guard(`read pull request #${number}`, 'pull-requests: read', async () => {
    const r = await client.rest.pulls.get({ owner: repo.owner, repo: repo.repo, pull_number: number });
    const data = r.data as unknown as Json;
    return { ...pullRequestInfo(data, `${repo.owner}/${repo.repo}`), labels: labelsOf(data.labels) };
  });
}
