import nock from 'nock';
import { describe, expect, it } from 'vitest';
import {
  findStickyComment,
  postComment,
  reactToComment,
  upsertStickyComment,
} from '../../src/github/comment.js';
import { reportMarker, reportScope } from '../../src/report/marker.js';
import { API, REPO, captureLog, client, comment, useNock } from './helpers.js';

const SCOPE = reportScope('production', 'fraud-prod');
const MARKER = reportMarker(SCOPE);
const TARGET = { ...REPO, issueNumber: 42, scope: SCOPE };
const COMMENTS = '/repos/acme/fraud-models/issues/42/comments';

function viewer(login = 'github-actions') {
  return nock(API)
    .post('/graphql', (b: { query: string }) => /viewer\s*\{\s*login/.test(b.query))
    .reply(200, { data: { viewer: { login } } });
}

describe('sticky PR comment', () => {
  useNock();

  it('creates the comment once, then PATCHes it in place, then leaves an unchanged body alone', async () => {
    const gh = client();
    const first = `${MARKER}\n## 🚀 Rolling out: step 1 of 5`;
    const second = `${MARKER}\n## 🚀 Rolling out: step 2 of 5`;

    viewer();
    nock(API)
      .get(COMMENTS)
      .query({ per_page: '100' })
      .reply(200, [comment(7, 'LGTM', 'octocat', 'User')]);
    const created = nock(API)
      .post(COMMENTS, { body: first })
      .reply(201, comment(9001, first, 'github-actions[bot]'));
    const r1 = await upsertStickyComment(gh, TARGET, first);
    expect(r1).toEqual({
      status: 'ok',
      value: {
        action: 'created',
        id: 9001,
        url: 'https://github.com/acme/fraud-models/pull/42#issuecomment-9001',
      },
    });
    expect(created.isDone()).toBe(true);

    viewer();
    nock(API)
      .get(COMMENTS)
      .query({ per_page: '100' })
      .reply(200, [comment(7, 'LGTM', 'octocat', 'User'), comment(9001, first, 'github-actions[bot]')]);
    const patched = nock(API)
      .patch('/repos/acme/fraud-models/issues/comments/9001', { body: second })
      .reply(200, comment(9001, second, 'github-actions[bot]'));
    const r2 = await upsertStickyComment(gh, TARGET, second);
    expect(r2.status === 'ok' && r2.value.action).toBe('updated');
    expect(patched.isDone()).toBe(true);

    // GitHub hands bodies back with CRLF line ends; same text, so no request at all.
    nock(API)
      .get(COMMENTS)
      .query({ per_page: '100' })
      .reply(200, [comment(9001, second.replace(/\n/g, '\r\n'), 'github-actions[bot]')]);
    const r3 = await upsertStickyComment(gh, { ...TARGET, author: 'github-actions[bot]' }, second);
    expect(r3).toEqual({
      status: 'ok',
      value: {
        action: 'unchanged',
        id: 9001,
        url: 'https://github.com/acme/fraud-models/pull/42#issuecomment-9001',
      },
    });
  });

  it('searches every page (Link: rel="next") and ignores the marker in other people’s comments', async () => {
    const gh = client();
    const page1 = Array.from({ length: 100 }, (_, i) => comment(100 + i, `comment ${i}`, 'octocat', 'User'));
    // Someone pasted our marker: their comment must never be edited.
    page1[3] = comment(103, `${MARKER}\nspoofed`, 'mallory', 'User');
    const page2 = [comment(555, `${MARKER}\nold report`, 'github-actions[bot]')];
    nock(API)
      .get(COMMENTS)
      .query({ per_page: '100' })
      .reply(200, page1, {
        link: `<${API}/repositories/1/issues/42/comments?per_page=100&page=2>; rel="next", <${API}/repositories/1/issues/42/comments?per_page=100&page=2>; rel="last"`,
      });
    nock(API)
      .get('/repositories/1/issues/42/comments')
      .query({ per_page: '100', page: '2' })
      .reply(200, page2);
    const found = await findStickyComment(gh, { ...TARGET, author: 'github-actions[bot]' });
    expect(found).toEqual({
      status: 'ok',
      value: {
        id: 555,
        url: 'https://github.com/acme/fraud-models/pull/42#issuecomment-555',
        body: `${MARKER}\nold report`,
      },
    });
  });

  it('does not take another scope’s comment for this one', async () => {
    const gh = client();
    const other = reportMarker(reportScope('staging', 'fraud-prod'));
    nock(API)
      .get(COMMENTS)
      .query({ per_page: '100' })
      .reply(200, [comment(1, `${other}\nstaging report`, 'github-actions[bot]')]);
    nock(API)
      .post(COMMENTS, { body: `${MARKER}\nprod report` })
      .reply(201, comment(2, 'x', 'github-actions[bot]'));
    const r = await upsertStickyComment(gh, { ...TARGET, author: 'github-actions[bot]' }, 'prod report');
    expect(r.status === 'ok' && r.value).toMatchObject({ action: 'created', id: 2 });
  });

  it('falls back to github-actions[bot] when GraphQL cannot say who the token is', async () => {
    const gh = client();
    nock(API).post('/graphql').reply(403, { message: 'Resource not accessible by integration' });
    nock(API)
      .get(COMMENTS)
      .query({ per_page: '100' })
      .reply(200, [comment(31, `${MARKER}\nold`, 'github-actions[bot]')]);
    nock(API)
      .patch('/repos/acme/fraud-models/issues/comments/31', { body: `${MARKER}\nnew` })
      .reply(200, comment(31, 'x', 'github-actions[bot]'));
    const r = await upsertStickyComment(gh, TARGET, `${MARKER}\nnew`);
    expect(r.status === 'ok' && r.value.action).toBe('updated');
  });

  it('degrades on 403 (a fork PR’s read-only token) with the permission to add, never throwing', async () => {
    const gh = client();
    nock(API).get(COMMENTS).query({ per_page: '100' }).reply(200, []);
    nock(API).post(COMMENTS).reply(403, {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest',
    });
    const r = await upsertStickyComment(gh, { ...TARGET, author: 'github-actions[bot]' }, 'report');
    expect(r).toMatchObject({
      status: 'degraded',
      operation: 'create the PR comment',
      httpStatus: 403,
      reason: 'forbidden',
      permission: 'pull-requests: write',
    });
    expect(r.status === 'degraded' && r.warning).toMatch(
      /GitHub answered 403 \(Resource not accessible by integration\)\. The workflow's token needs `pull-requests: write`/,
    );
  });

  it('degrades on 404 while listing (no access to the PR)', async () => {
    const gh = client();
    nock(API).get(COMMENTS).query({ per_page: '100' }).reply(404, { message: 'Not Found' });
    const r = await upsertStickyComment(gh, { ...TARGET, author: 'github-actions[bot]' }, 'report');
    expect(r).toMatchObject({
      status: 'degraded',
      reason: 'not-found',
      httpStatus: 404,
      permission: 'pull-requests: write',
    });
  });

  it('cuts a body over 65,536 characters and keeps the marker', async () => {
    const gh = client();
    let sent = '';
    nock(API).get(COMMENTS).query({ per_page: '100' }).reply(200, []);
    nock(API)
      .post(COMMENTS, (b: { body: string }) => {
        sent = b.body;
        return true;
      })
      .reply(201, comment(3, 'x', 'github-actions[bot]'));
    const r = await upsertStickyComment(
      gh,
      { ...TARGET, author: 'github-actions[bot]' },
      `${MARKER}\n${'word '.repeat(40_000)}`,
    );
    expect(r.status).toBe('ok');
    expect(sent.length).toBeLessThanOrEqual(65_536);
    expect(sent.startsWith(MARKER)).toBe(true);
    expect(sent).toMatch(/Report truncated/);
  });

  it('posts a plain reply and a reaction', async () => {
    const gh = client(captureLog());
    nock(API)
      .post(COMMENTS, { body: 'help text' })
      .reply(201, comment(77, 'help text', 'github-actions[bot]'));
    nock(API)
      .post('/repos/acme/fraud-models/issues/comments/66/reactions', { content: '+1' })
      .reply(201, { id: 1, content: '+1' });
    expect(await postComment(gh, { ...REPO, issueNumber: 42 }, 'help text')).toMatchObject({
      status: 'ok',
      value: { id: 77 },
    });
    expect(await reactToComment(gh, { ...REPO, commentId: 66 }, '+1')).toEqual({
      status: 'ok',
      value: undefined,
    });
  });
});

describe('sticky PR comment: marker position', () => {
  useNock();

  it('a bot comment of another scope that quotes our marker further down is not ours', async () => {
    const gh = client();
    const other = reportMarker(reportScope('staging', 'fraud-prod'));
    nock(API)
      .get(COMMENTS)
      .query({ per_page: '100' })
      .reply(200, [comment(1, `${other}\npolicy message quoting \`${MARKER}\``, 'github-actions[bot]')]);
    const found = await findStickyComment(gh, { ...TARGET, author: 'github-actions[bot]' });
    expect(found).toEqual({ status: 'ok', value: undefined });
  });
});
