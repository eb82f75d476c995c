import { marked } from 'marked';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { commandReaction, helpReply, parseCommentCommand } from '../../src/github/commands.js';
import { parseEventContext } from '../../src/github/context.js';
import { commandPermission } from '../../src/github/permission.js';
import { publishWithFallback, stickyCommentSink, type ReportSink } from '../../src/github/publish.js';
import { CONTROL_COMMANDS } from '../../src/report/control-commands.js';
import { parseDuration } from '../../src/spec/duration.js';
import { API, REPO, client, fixture, useNock, webhookExamples } from './helpers.js';

function commentPayload(body: string) {
  const [payload] = webhookExamples('issue_comment', 'created');
  const p = payload as Record<string, Record<string, unknown>>;
  p.issue.pull_request = { url: 'https://api.github.com/repos/Codertocat/Hello-World/pulls/1' };
  p.comment.body = body;
  return parseEventContext('issue_comment', p);
}

describe('PR comment commands', () => {
  it.each([
    ['/modelgate promote', { kind: 'promote' }],
    ['/modelgate abort', { kind: 'abort' }],
    ['/modelgate hold', { kind: 'hold' }],
    ['/modelgate resume', { kind: 'resume' }],
    ['/modelgate extend 10m', { kind: 'extend', seconds: 600 }],
    ['/modelgate extend 90s', { kind: 'extend', seconds: 90 }],
    ['/modelgate extend 1h30m', { kind: 'extend', seconds: 5400 }],
    ['  /MODELGATE   Abort  ', { kind: 'abort' }],
    ['Traffic looks bad.\n\n/modelgate abort\n\nthanks', { kind: 'abort' }],
  ])('%j → %j', (body, command) => {
    const parsed = parseCommentCommand(commentPayload(body).comment!.body);
    expect(parsed).toMatchObject({ kind: 'command', command });
  });

  it.each([
    ['LGTM'],
    ["You are totally right! I'll get this fixed right away."],
    ['see /modelgate abort in the docs'],
    ['/modelgatex abort'],
  ])('%j is not a command', (body) => {
    expect(parseCommentCommand(body)).toEqual({ kind: 'none' });
  });

  it.each([
    ['/modelgate', 'no command given'],
    ['/modelgate deploy', 'unknown command `deploy`'],
    ['/modelgate abort now', '`abort` takes no arguments'],
    ['/modelgate extend', '`extend` takes one duration, e.g. `10m`'],
    ['/modelgate extend soon', '`soon` is not a duration (use s, m or h, e.g. `10m`)'],
    ['/modelgate extend 0m', 'the extension must be longer than 0s'],
    ['/modelgate extend 25h', 'the extension may be at most 24h'],
  ])('%j is answered with help: %s', (body, problem) => {
    expect(parseCommentCommand(body)).toEqual({ kind: 'invalid', line: body, problem });
  });

  it('durations', () => {
    expect(parseDuration('10m')).toBe(600);
    expect(parseDuration('2h')).toBe(7200);
    expect(parseDuration('1h1m1s')).toBe(3661);
    expect(parseDuration('')).toBeUndefined();
    expect(parseDuration('10')).toBeUndefined();
    expect(parseDuration('-5m')).toBeUndefined();
  });

  it('the help reply names the problem, lists every command, and neutralises what the user typed', () => {
    const parsed = parseCommentCommand('/modelgate <img src=x onerror=alert(1)> @everyone');
    expect(parsed.kind).toBe('invalid');
    const reply = helpReply(parsed as Extract<typeof parsed, { kind: 'invalid' }>, 'octocat');
    for (const c of CONTROL_COMMANDS) expect(reply).toContain(`\`${c.usage}\``);
    expect(reply).toContain('unknown command &lt;img');
    const html = marked.parse(reply, { async: false });
    expect(html).not.toMatch(/<img/);
    // What the user typed is shown verbatim in a code span, where GitHub links no mention.
    expect(html).toContain('<code>/modelgate &lt;img src=x onerror=alert(1)&gt; @everyone</code>');
    expect(html.replace(/<code>.*?<\/code>/g, '')).not.toMatch(/@everyone|@octocat/);
  });

  it('reactions', () => {
    expect(commandReaction('accepted')).toBe('+1');
    expect(commandReaction('refused')).toBe('-1');
    expect(commandReaction('invalid')).toBe('confused');
  });
});

describe('command permission', () => {
  useNock();
  const path = (u: string) => `/repos/acme/fraud-models/collaborators/${u}/permission`;

  it.each([
    ['admin', 'admin', true],
    ['write', 'maintain', true],
    ['write', 'write', true],
    ['read', 'triage', false],
    ['read', 'read', false],
  ])('permission %s / role %s → allowed %s', async (permission, role, allowed) => {
    nock(API)
      .get(path('octocat'))
      .reply(200, { ...fixture('collaborator-permission.json'), permission, role_name: role });
    const r = await commandPermission(client(), REPO, 'octocat');
    expect(r).toMatchObject({ status: 'ok', value: { allowed, permission, roleName: role } });
    if (!allowed) expect(r.status === 'ok' && r.value.reason).toContain('needs write, maintain or admin');
  });

  it('a user who is not a collaborator (404) is not allowed', async () => {
    nock(API).get(path('mallory')).reply(404, { message: 'mallory is not a user' });
    expect(await commandPermission(client(), REPO, 'mallory')).toEqual({
      status: 'ok',
      value: {
        allowed: false,
        permission: 'none',
        reason: '@mallory is not a collaborator on acme/fraud-models.',
      },
    });
  });

  it('a token that may not ask (403) is degraded, not a crash', async () => {
    nock(API).get(path('octocat')).reply(403, { message: 'Resource not accessible by integration' });
    expect(await commandPermission(client(), REPO, 'octocat')).toMatchObject({
      status: 'degraded',
      permission: 'metadata: read',
    });
  });
});

describe('publishing with a fallback to the job summary', () => {
  useNock();

  it('a 403 on the PR comment falls back to the next sink and keeps the warning', async () => {
    nock(API).get('/repos/acme/fraud-models/issues/42/comments').query({ per_page: '100' }).reply(200, []);
    nock(API)
      .post('/repos/acme/fraud-models/issues/42/comments')
      .reply(403, { message: 'Resource not accessible by integration' });
    const written: string[] = [];
    const summary: ReportSink = {
      name: 'job summary',
      publish: async (md) => {
        written.push(md);
        return { status: 'ok', value: {} };
      },
    };
    const comment = stickyCommentSink(client(), {
      ...REPO,
      issueNumber: 42,
      scope: 'production/fraud-prod',
      author: 'github-actions[bot]',
    });
    const r = await publishWithFallback('# report', [comment, summary]);
    expect(r.publishedTo).toBe('job summary');
    expect(written).toEqual(['# report']);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('`pull-requests: write`');
  });

  it('a sink that throws is degraded too, and no sink left means no publish', async () => {
    const broken: ReportSink = {
      name: 'job summary',
      publish: async () => {
        throw new Error('GITHUB_STEP_SUMMARY is not set');
      },
    };
    const r = await publishWithFallback('# report', [broken]);
    expect(r).toEqual({
      warnings: ['Could not publish the report to the job summary: GITHUB_STEP_SUMMARY is not set.'],
    });
  });
});
