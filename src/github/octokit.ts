import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';

/**
 * The one GitHub client: @octokit/rest with the throttling and retry plugins. Requests go through
 * the global `fetch` (looked up per request), which is what nock intercepts in tests; the toolkit's
 * `getOctokit` brings its own undici fetch that nock cannot see.
 */
export const GitHubOctokit = Octokit.plugin(throttling, retry);
export type GitHubClient = InstanceType<typeof GitHubOctokit>;

/** Where the client's own log lines go (the action passes @actions/core's, the CLI its stderr). */
export interface GitHubLog {
  debug(message: string): void;
  warn(message: string): void;
}

export interface GitHubClientOptions {
  token: string;
  /** REST API root, `GITHUB_API_URL` on Actions (GHES); default https://api.github.com. */
  baseUrl?: string;
  log?: GitHubLog;
  /** Retries after a primary or secondary rate limit before the request fails. Default 2. */
  rateLimitRetries?: number;
  /** Longest rate-limit wait accepted, seconds; a longer reset fails the request at once. Default 120. */
  maxRateLimitWaitSeconds?: number;
  /** Retries of a request that failed with a server error or on the network. Default 2. */
  retries?: number;
  /**
   * Milliseconds per second of the waits GitHub asks for (retry-after, rate-limit reset) and of the
   * retry plugin's backoff. 1000 in production; tests pass 1 to keep real code paths fast.
   */
  retryAfterBaseMs?: number;
  userAgent?: string;
}

const silent: GitHubLog = { debug: () => {}, warn: () => {} };

/** Statuses the retry plugin leaves alone: client errors, and 429, which the throttling plugin owns. */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];

let clientCount = 0;

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const log = options.log ?? silent;
  const token = options.token;
  // Octokit's request log passes the request options (with the Authorization header) as a second
  // argument; only the first, a string, is ever printed, and the token is masked in it regardless.
  const clean = (m: unknown) => (token ? String(m).split(token).join('***') : String(m));
  const maxRetries = options.rateLimitRetries ?? 2;
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const base = options.retryAfterBaseMs ?? 1000;
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      req: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ): boolean => {
      const what = `GitHub ${kind} rate limit on ${req.method} ${req.url}`;
      if (retryCount < maxRetries && retryAfter <= maxWait) {
        log.warn(`${what}: retrying in ${retryAfter}s (retry ${retryCount + 1} of ${maxRetries})`);
        return true;
      }
      log.warn(`${what}: giving up after ${retryCount} ${retryCount === 1 ? 'retry' : 'retries'}`);
      return false;
    };
  return new GitHubOctokit({
    auth: token,
    ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
    userAgent: options.userAgent ?? 'modelgate',
    request: { fetch: (url: string, init: RequestInit) => globalThis.fetch(url, init) },
    log: {
      debug: (m: unknown) => log.debug(clean(m)),
      info: (m: unknown) => log.debug(clean(m)),
      warn: (m: unknown) => log.warn(clean(m)),
      error: (m: unknown) => log.debug(clean(m)),
    },
    throttle: {
      // Each client gets its own limiter keys, so two clients never wait on each other.
      id: `modelgate-${process.pid}-${++clientCount}`,
      retryAfterBaseValue: base,
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
    },
    retry: { retries: options.retries ?? 2, doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: base },
  });
}
