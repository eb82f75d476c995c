import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nock from 'nock';
import { afterEach, beforeEach, expect } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/github/octokit.js';

export const API = 'https://api.github.com';
export const TOKEN = 'ghs_modelgateTestToken0123456789abcdef';
export const REPO = { owner: 'acme', repo: 'fraud-models' };

/** nock for every test of the file: no real network, loopback allowed, every interceptor used. */
export function useNock(): void {
  beforeEach(() => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
  });
  afterEach(() => {
    const pending = nock.pendingMocks();
    nock.cleanAll();
    nock.enableNetConnect();
    expect(pending, 'every expected GitHub request was made').toEqual([]);
  });
}

export interface CapturedLog {
  lines: string[];
  debug(m: string): void;
  warn(m: string): void;
}

export function captureLog(): CapturedLog {
  const lines: string[] = [];
  return { lines, debug: (m) => lines.push(`debug: ${m}`), warn: (m) => lines.push(`warn: ${m}`) };
}

/** The production client, with waits scaled down (1 ms per second GitHub asks for). */
export function client(
  log = captureLog(),
  extra: { rateLimitRetries?: number; retries?: number } = {},
): GitHubClient {
  return createGitHubClient({ token: TOKEN, log, retryAfterBaseMs: 1, ...extra });
}

export function fixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/github/${name}`, import.meta.url), 'utf8')) as T;
}

interface WebhookDefinition {
  name: string;
  examples: Array<Record<string, unknown>>;
}

const require = createRequire(import.meta.url);

/** Real payloads from @octokit/webhooks-examples (its main export is one JSON file of every event). */
export function webhookExamples(event: string, action?: string): Array<Record<string, unknown>> {
  const defs = JSON.parse(
    readFileSync(require.resolve('@octokit/webhooks-examples'), 'utf8'),
  ) as WebhookDefinition[];
  const def = defs.find((d) => d.name === event);
  if (!def) throw new Error(`@octokit/webhooks-examples has no ${event} event`);
  const list = action === undefined ? def.examples : def.examples.filter((e) => e.action === action);
  if (!list.length) throw new Error(`@octokit/webhooks-examples has no ${event}.${action} example`);
  return structuredClone(list);
}

/** A comment as the REST API returns it, by the given user. */
export function comment(id: number, body: string, login: string, type: 'User' | 'Bot' = 'Bot') {
  const c = fixture('issue-comment.json') as Record<string, unknown>;
  return {
    ...c,
    id,
    body,
    html_url: `https://github.com/acme/fraud-models/pull/42#issuecomment-${id}`,
    url: `${API}/repos/acme/fraud-models/issues/comments/${id}`,
    user: { ...(c.user as object), login, type },
  };
}
