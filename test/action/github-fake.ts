import nock from 'nock';
import { afterEach, beforeEach, expect } from 'vitest';
import { API, REPO } from './helpers.js';

export interface Call {
  method: string;
  /** Path without the query. */
  path: string;
  query: string;
  body: Record<string, unknown>;
}

type Reply = ((body: Record<string, unknown>, call: Call) => unknown) | Record<string, unknown> | unknown[];

export interface GitHubFake {
  /** Every request GitHub got, in order. */
  calls: Call[];
  /** Requests nock had no interceptor for (they fail; each must be an expected degrade). */
  unmatched: string[];
  /** Expects `times` requests (default 1; `'any'`: any number, counted by the test) and answers `status` with `reply`. */
  on(method: string, path: string, status: number, reply?: Reply, times?: number | 'any'): GitHubFake;
  /** `METHOD /path` of every call, the repository prefix cut to `…`. */
  sequence(): string[];
  bodiesOf(method: string, pathPart: string): Array<Record<string, unknown>>;
}

export const R = `/repos/${REPO.owner}/${REPO.repo}`;

function parse(body: unknown): Record<string, unknown> {
  if (typeof body === 'string' && body) {
    try {
      return JSON.parse(body) as Record<string, unknown>;
    } catch {
      return { raw: body };
    }
  }
  return (body ?? {}) as Record<string, unknown>;
}

/**
 * GitHub's REST and GraphQL API as nock interceptors that record each request. Only loopback
 * (the simulator, the S3 stand-in) may use the network; every interceptor must be used.
 */
export function useGitHubFake(): { current: GitHubFake } {
  const holder = {} as { current: GitHubFake };
  type Options = { method?: string; path?: string; host?: string; hostname?: string };
  const onNoMatch = (req: Options, options?: Options) => {
    const o = options ?? req;
    const host = o.hostname ?? o.host ?? '';
    if (!host.startsWith('127.0.0.1')) holder.current.unmatched.push(`${o.method} ${o.path}`);
  };
  beforeEach(() => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    nock.emitter.on('no match', onNoMatch);
    const calls: Call[] = [];
    const scope = nock(API);
    const fake: GitHubFake = {
      calls,
      unmatched: [],
      on(method, path, status, reply, times = 1) {
        const i = scope.intercept(path, method).query(true);
        (times === 'any' ? i.optionally().times(1_000_000) : i.times(times)).reply((uri, body) => {
          const [p, q = ''] = uri.split('?');
          const call = { method, path: p, query: q, body: parse(body) };
          calls.push(call);
          return [status, typeof reply === 'function' ? reply(call.body, call) : (reply ?? {})];
        });
        return fake;
      },
      sequence: () => calls.map((c) => `${c.method} ${c.path.replace(R, '…')}`),
      bodiesOf: (method, part) =>
        calls.filter((c) => c.method === method && c.path.includes(part)).map((c) => c.body),
    };
    holder.current = fake;
  });
  afterEach(() => {
    nock.emitter.removeListener('no match', onNoMatch);
    const pending = nock.pendingMocks();
    nock.cleanAll();
    nock.enableNetConnect();
    expect(pending, 'every expected GitHub request was made').toEqual([]);
  });
  return holder;
}

/** A comment as the REST API returns it. */
export function restComment(id: number, body: string, login = 'github-actions[bot]', issue = 2) {
  return {
    id,
    body,
    html_url: `https://github.com/${REPO.owner}/${REPO.repo}/pull/${issue}#issuecomment-${id}`,
    user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
  };
}

export const VIEWER = { data: { viewer: { login: 'github-actions[bot]' } } };
