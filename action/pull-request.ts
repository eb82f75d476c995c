import type { GitHubClient } from '../src/github/octokit.js';
import type { RepoRef } from '../src/github/ports.js';
import { guard, type GitHubOutcome } from '../src/github/result.js';

export interface CommitPullRequest {
  number: number;
  labels: string[];
}

/**
 * The pull request a pushed commit came from (a merge commit, a squash, a rebase): the one whose
 * merge commit it is, else the merged one, else the first that contains it. A push after a merge
 * carries no pull request in its payload, but its report belongs on that pull request and its
 * `modelgate-waive:` labels still apply.
 */
export async function pullRequestOfCommit(
  client: Pick<GitHubClient, 'rest'>,
  repo: RepoRef,
  sha: string,
): Promise<GitHubOutcome<CommitPullRequest | undefined>> {
  return guard(`find the pull request of commit ${sha.slice(0, 7)}`, 'pull-requests: read', async () => {
    const r = await client.rest.repos.listPullRequestsAssociatedWithCommit({
      owner: repo.owner,
      repo: repo.repo,
      commit_sha: sha,
      per_page: 10,
    });
    const prs = r.data;
    const pick = prs.find((p) => p.merge_commit_sha === sha) ?? prs.find((p) => p.merged_at) ?? prs[0];
    if (!pick) return undefined;
    return {
      number: pick.number,
      labels: pick.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
    };
  });
}
