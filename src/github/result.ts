/**
 * Reporting to GitHub must never fail or stop a rollout: every adapter call returns either its
 * value or a "degraded" result with a warning a person can act on (naming the missing token
 * permission), and the caller falls back to the job summary.
 */

/** The `permissions:` entry a workflow needs for an operation, as written in the workflow file. */
export type TokenPermission =
  | 'pull-requests: write'
  | 'issues: write'
  | 'checks: write'
  | 'deployments: write'
  | 'metadata: read'
  | 'pull-requests: read';

export interface Degraded {
  status: 'degraded';
  /** What was attempted, e.g. `update the PR comment`. */
  operation: string;
  /** HTTP status GitHub answered, when it answered. */
  httpStatus?: number;
  reason: 'forbidden' | 'not-found' | 'rate-limited' | 'rejected' | 'failed';
  /** The permission the token likely lacks (for 403/404). */
  permission?: TokenPermission;
  /** One paragraph for the log and the job summary. */
  warning: string;
}

export type GitHubOutcome<T> = { status: 'ok'; value: T } | Degraded;

export function ok<T>(value: T): GitHubOutcome<T> {
  return { status: 'ok', value };
}

interface HttpishError {
  status?: number;
  message?: string;
  response?: { data?: unknown };
}

function githubMessage(err: HttpishError): string {
  const data = err.response?.data as { message?: unknown } | undefined;
  const raw = typeof data?.message === 'string' ? data.message : (err.message ?? String(err));
  const one = raw.replace(/\s+/g, ' ').trim();
  return one.length > 300 ? `${one.slice(0, 299)}…` : one;
}

/** Turns any error from an adapter call into a degraded result. */
export function degrade(
  operation: string,
  permission: TokenPermission | undefined,
  error: unknown,
): Degraded {
  const err = (error ?? {}) as HttpishError;
  const status = typeof err.status === 'number' ? err.status : undefined;
  const message = githubMessage(err);
  if (/rate limit/i.test(message) && (status === 403 || status === 429)) {
    return {
      status: 'degraded',
      operation,
      httpStatus: status,
      reason: 'rate-limited',
      warning: `Could not ${operation}: GitHub's rate limit was reached and the retries ran out (${status}: ${message}). The report is in the job summary instead.`,
    };
  }
  if ((status === 403 || status === 404) && permission) {
    return {
      status: 'degraded',
      operation,
      httpStatus: status,
      reason: status === 403 ? 'forbidden' : 'not-found',
      permission,
      warning:
        `Could not ${operation}: GitHub answered ${status} (${message}). The workflow's token needs ` +
        `\`${permission}\`: add it under \`permissions:\` in the workflow. Pull requests from forks always ` +
        'get a read-only token; the report is in the job summary instead.',
    };
  }
  if (status !== undefined && status >= 400 && status < 500) {
    return {
      status: 'degraded',
      operation,
      httpStatus: status,
      reason: 'rejected',
      warning: `Could not ${operation}: GitHub refused the request (${status}: ${message}).`,
    };
  }
  return {
    status: 'degraded',
    operation,
    ...(status !== undefined ? { httpStatus: status } : {}),
    reason: 'failed',
    warning: `Could not ${operation}: ${status !== undefined ? `GitHub answered ${status} after retries (${message})` : message}.`,
  };
}

/** Runs one GitHub operation; never throws. */
export async function guard<T>(
  operation: string,
  permission: TokenPermission | undefined,
  fn: () => Promise<T>,
): Promise<GitHubOutcome<T>> {
  try {
    return ok(await fn());
  } catch (error) {
    return degrade(operation, permission, error);
  }
}
