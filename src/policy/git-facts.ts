import { LOCAL_GIT, type GitFacts } from './facts.js';

interface RepoRef {
  full_name?: string;
  fork?: boolean;
}
interface PullRequestPayload {
  number?: number;
  labels?: Array<{ name?: string } | string>;
  base?: { ref?: string; repo?: RepoRef };
  head?: { ref?: string; sha?: string; repo?: RepoRef | null };
}
/** The parts of a GitHub webhook payload (`GITHUB_EVENT_PATH`) the git facts use. */
export interface GithubEventPayload {
  pull_request?: PullRequestPayload;
  repository?: RepoRef;
}

/**
 * The git facts of a GitHub Actions run, from its environment variables and event payload. Outside
 * Actions (`GITHUB_ACTIONS` unset) they are the local defaults: event `local`, no fork, no labels.
 *
 * A head is a fork when its repository differs from the base repository (or the payload says
 * `fork: true`, or the head repository was deleted): fork pull requests run untrusted code with a
 * read-only token.
 */
export function gitFactsFromGithub(env: NodeJS.ProcessEnv, event?: GithubEventPayload): GitFacts {
  if (!env.GITHUB_ACTIONS) return { ...LOCAL_GIT, labels: [] };
  const pr = event?.pull_request;
  const repository = env.GITHUB_REPOSITORY ?? event?.repository?.full_name ?? '';
  let isFork = false;
  if (pr) {
    const head = pr.head?.repo;
    const baseName = pr.base?.repo?.full_name ?? repository;
    isFork = head === null || head === undefined || head.fork === true || head.full_name !== baseName;
  }
  const labels = (pr?.labels ?? [])
    .map((l) => (typeof l === 'string' ? l : (l.name ?? '')))
    .filter((l) => l !== '');
  return {
    event: env.GITHUB_EVENT_NAME ?? 'unknown',
    ref: env.GITHUB_REF ?? '',
    base: pr ? (pr.base?.ref ?? env.GITHUB_BASE_REF ?? null) : null,
    head: pr ? (pr.head?.ref ?? env.GITHUB_HEAD_REF ?? null) : null,
    sha: pr?.head?.sha ?? env.GITHUB_SHA ?? '',
    actor: env.GITHUB_ACTOR ?? '',
    isFork,
    labels,
    pullRequest: pr?.number ?? null,
    repository,
  };
}
