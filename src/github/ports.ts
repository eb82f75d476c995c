import type { GitHubClient } from './octokit.js';

/**
 * Narrow ports: each adapter declares only the client methods it calls (branch-deploy style), so a
 * caller can hand in the real client or a one-method stand-in.
 */

export interface RepoRef {
  owner: string;
  repo: string;
}

type Rest = GitHubClient['rest'];

export interface CommentsPort {
  paginate: GitHubClient['paginate'];
  graphql: GitHubClient['graphql'];
  rest: {
    issues: Pick<Rest['issues'], 'listComments' | 'createComment' | 'updateComment'>;
    reactions: Pick<Rest['reactions'], 'createForIssueComment'>;
  };
}

export interface ChecksPort {
  rest: { checks: Pick<Rest['checks'], 'create' | 'update'> };
}

export interface DeploymentsPort {
  rest: {
    repos: Pick<
      Rest['repos'],
      'createDeployment' | 'createDeploymentStatus' | 'listDeployments' | 'listDeploymentStatuses'
    >;
  };
}

export interface PermissionPort {
  rest: { repos: Pick<Rest['repos'], 'getCollaboratorPermissionLevel'> };
}

export interface PullsPort {
  rest: { pulls: Pick<Rest['pulls'], 'get'> };
}
