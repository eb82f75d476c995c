import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { upsertStickyComment } from '../../src/github/comment.js';
import { commandPermission } from '../../src/github/permission.js';
import { API, REPO, TOKEN, captureLog, client, comment, fixture, useNock } from './helpers.js';

const PERMISSION = '/repos/acme/fraud-models/collaborators/octocat/permission';

describe('GitHub client: retries and rate limits', () => {
  useNock();

  it('retries a 502 once and succeeds', async () => {
    const log = captureLog();
    const gh = client(log);
    nock(API).get(PERMISSION).reply(502, 'Bad Gateway');
    nock(API).get(PERMISSION).reply(200, fixture('collaborator-permission.json'));
    const r = await commandPermission(gh, REPO, 'octocat');
    expect(r).toEqual({ status: 'ok', value: { allowed: true, permission: 'write', roleName: 'write' } });
  });

  it('gives up after the configured server-error retries and degrades', async () => {
    const gh = client(captureLog(), { retries: 1 });
    nock(API).get(PERMISSION).times(2).reply(503, { message: 'Service Unavailable' });
    const r = await commandPermission(gh, REPO, 'octocat');
    expect(r).toMatchObject({ status: 'degraded', reason: 'failed', httpStatus: 503 });
  });

  it('waits out a secondary rate limit (retry-after) with a log line, then succeeds', async () => {
    const log = captureLog();
    const gh = client(log);
    nock(API).get(PERMISSION).reply(
      403,
      {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      },
      { 'retry-after': '3' },
    );
    nock(API).get(PERMISSION).reply(200, fixture('collaborator-permission.json'));
    const r = await commandPermission(gh, REPO, 'octocat');
    expect(r.status).toBe('ok');
    expect(log.lines).toContain(
      'warn: GitHub secondary rate limit on GET /repos/{owner}/{repo}/collaborators/{username}/permission: retrying in 3s (retry 1 of 2)',
    );
  });

  it('waits for a primary rate limit reset (x-ratelimit-remaining: 0)', async () => {
    const log = captureLog();
    const gh = client(log);
    const reset = Math.ceil(Date.now() / 1000) + 2;
    nock(API)
      .get(PERMISSION)
      .reply(
        403,
        { message: 'API rate limit exceeded for installation ID 1.' },
        {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(reset),
        },
      );
    nock(API).get(PERMISSION).reply(200, fixture('collaborator-permission.json'));
    expect((await commandPermission(gh, REPO, 'octocat')).status).toBe('ok');
    expect(
      log.lines.some((l) =>
        /^warn: GitHub primary rate limit on GET .*: retrying in \d+s \(retry 1 of 2\)$/.test(l),
      ),
    ).toBe(true);
  });

  it('retries a rate limit a bounded number of times, then degrades as rate-limited', async () => {
    const log = captureLog();
    const gh = client(log, { rateLimitRetries: 2 });
    nock(API)
      .get('/repos/acme/fraud-models/issues/42/comments')
      .query({ per_page: '100' })
      .times(3)
      .reply(403, { message: 'You have exceeded a secondary rate limit.' }, { 'retry-after': '1' });
    const r = await upsertStickyComment(
      gh,
      { ...REPO, issueNumber: 42, scope: 'production/fraud-prod', author: 'github-actions[bot]' },
      'x',
    );
    expect(r).toMatchObject({ status: 'degraded', reason: 'rate-limited', httpStatus: 403 });
    expect(log.lines.filter((l) => l.includes('retrying'))).toHaveLength(2);
    expect(log.lines.some((l) => l.includes('giving up after 2 retries'))).toBe(true);
  });

  it('refuses to wait for a reset further away than the limit', async () => {
    const log = captureLog();
    const gh = client(log);
    nock(API)
      .get(PERMISSION)
      .reply(
        429,
        { message: 'API rate limit exceeded' },
        {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600),
        },
      );
    const r = await commandPermission(gh, REPO, 'octocat');
    expect(r).toMatchObject({ status: 'degraded', reason: 'rate-limited', httpStatus: 429 });
  });

  it('never writes the token to its log', async () => {
    const log = captureLog();
    const gh = client(log);
    nock(API, { reqheaders: { authorization: `token ${TOKEN}` } })
      .get('/repos/acme/fraud-models/issues/42/comments')
      .query({ per_page: '100' })
      .reply(200, [comment(1, 'x', 'octocat', 'User')]);
    nock(API)
      .post('/repos/acme/fraud-models/issues/42/comments')
      .reply(500, { message: `echo ${TOKEN}` });
    nock(API)
      .post('/repos/acme/fraud-models/issues/42/comments')
      .reply(201, comment(2, 'x', 'github-actions[bot]'));
    const r = await upsertStickyComment(
      gh,
      { ...REPO, issueNumber: 42, scope: 'production/fraud-prod', author: 'github-actions[bot]' },
      'x',
    );
    expect(r.status).toBe('ok');
    expect(log.lines.length).toBeGreaterThan(0);
    for (const line of log.lines) expect(line).not.toContain(TOKEN);
  });
});
