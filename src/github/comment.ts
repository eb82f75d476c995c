import { reportMarker } from '../report/marker.js';
import { GITHUB_LIMITS, truncate } from '../report/render.js';
import type { CommentsPort, RepoRef } from './ports.js';
import { guard, ok, type GitHubOutcome } from './result.js';

export interface StickyCommentTarget extends RepoRef {
  /** The pull request (or issue) number. */
  issueNumber: number;
  /** `environment/endpoint` (see `reportScope`): one sticky comment per scope. */
  scope: string;
  /**
   * Login of the account the token acts as; only its comments are taken as ours. When absent it is
   * asked from GraphQL's `viewer`, then assumed to be `github-actions[bot]` (the GITHUB_TOKEN's).
   */
  author?: string;
}

export interface StickyComment {
  id: number;
  url: string;
  body: string;
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
}

const PERMISSION = 'pull-requests: write' as const;

/** `github-actions[bot]` and `github-actions` are the same account to us. */
function sameLogin(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\[bot\]$/, '');
  return norm(a) === norm(b);
}

/** The login the token acts as (GraphQL `viewer`; works for GITHUB_TOKEN, where REST `/user` is 403). */
export async function tokenLogin(client: Pick<CommentsPort, 'graphql'>): Promise<string | undefined> {
  try {
    const r = await client.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    return r.viewer.login;
  } catch {
    return undefined;
  }
}

function normalise(body: string): string {
  return body.replace(/\r\n/g, '\n').trimEnd();
}

/**
 * Finds the scope's sticky comment: the first comment by the token's account that starts with the
 * marker (quoted text further down cannot pose as one), searched over every page of the PR's comments (100 per page, following `Link: next`).
 */
export async function findStickyComment(
  client: CommentsPort,
  target: StickyCommentTarget,
): Promise<GitHubOutcome<StickyComment | undefined>> {
  const marker = reportMarker(target.scope);
  return guard('read the pull request comments', PERMISSION, async () => {
    const author = target.author ?? (await tokenLogin(client)) ?? 'github-actions[bot]';
    const pages = client.paginate.iterator(client.rest.issues.listComments, {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      per_page: 100,
    });
    for await (const page of pages) {
      for (const c of page.data) {
        if (c.user && sameLogin(c.user.login, author) && c.body?.trimStart().startsWith(marker)) {
          return { id: c.id, url: c.html_url, body: c.body };
        }
      }
    }
    return undefined;
  });
}

/** The body as posted: led by the scope's marker (added when missing), cut to GitHub's limit. */
function stickyBody(scope: string, body: string): string {
  const marker = reportMarker(scope);
  return truncate(body.trimStart().startsWith(marker) ? body : `${marker}\n${body}`, GITHUB_LIMITS.comment);
}

/** Updates a sticky comment whose id is known (one request, no search). */
export async function updateStickyComment(
  client: Pick<CommentsPort, 'rest'>,
  target: RepoRef & { scope: string },
  id: number,
  body: string,
): Promise<GitHubOutcome<StickyCommentResult>> {
  return guard('update the PR comment', PERMISSION, async () => {
    const r = await client.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: id,
      body: stickyBody(target.scope, body),
    });
    return { action: 'updated' as const, id: r.data.id, url: r.data.html_url };
  });
}

/**
 * Creates the scope's sticky comment or updates it in place; leaves it alone when the body is
 * unchanged. The body gets the marker if it lacks it and is cut to GitHub's 65,536 characters.
 * Never throws: a 403/404 (fork PRs, missing `pull-requests: write`) comes back degraded.
 */
export async function upsertStickyComment(
  client: CommentsPort,
  target: StickyCommentTarget,
  body: string,
): Promise<GitHubOutcome<StickyCommentResult>> {
  const full = stickyBody(target.scope, body);
  const found = await findStickyComment(client, target);
  if (found.status === 'degraded') return found;
  const existing = found.value;
  if (existing && normalise(existing.body) === normalise(full)) {
    return ok({ action: 'unchanged', id: existing.id, url: existing.url });
  }
  if (existing) return updateStickyComment(client, target, existing.id, full);
  return guard('create the PR comment', PERMISSION, async () => {
    const r = await client.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      body: full,
    });
    return { action: 'created' as const, id: r.data.id, url: r.data.html_url };
  });
}

/** A plain (not sticky) comment, e.g. the help reply to an unknown command. */
export async function postComment(
  client: Pick<CommentsPort, 'rest'>,
  target: RepoRef & { issueNumber: number },
  body: string,
): Promise<GitHubOutcome<{ id: number; url: string }>> {
  return guard('comment on the pull request', PERMISSION, async () => {
    const r = await client.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      body: truncate(body, GITHUB_LIMITS.comment),
    });
    return { id: r.data.id, url: r.data.html_url };
  });
}

export type CommentReaction = '+1' | '-1' | 'laugh' | 'confused' | 'heart' | 'hooray' | 'rocket' | 'eyes';

/** Acknowledges a command comment with a reaction. */
export async function reactToComment(
  client: Pick<CommentsPort, 'rest'>,
  target: RepoRef & { commentId: number },
  content: CommentReaction,
): Promise<GitHubOutcome<void>> {
  return guard('react to the comment', PERMISSION, async () => {
    await client.rest.reactions.createForIssueComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: target.commentId,
      content,
    });
  });
}
