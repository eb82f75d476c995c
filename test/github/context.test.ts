import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, describe, expect, it } from 'vitest';
import {
  deployRefusal,
  fetchPullRequest,
  parseEventContext,
  readEventContext,
} from '../../src/github/context.js';
import { ModelgateError } from '../../src/errors.js';
import { API, REPO, client, useNock, webhookExamples } from './helpers.js';

const HEAD_SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';

describe('event context from real webhook payloads', () => {
  it('pull_request opened: number, head sha, same-repo head, actor, default branch', () => {
    const [payload] = webhookExamples('pull_request', 'opened');
    const ctx = parseEventContext('pull_request', payload, {
      GITHUB_SHA: 'merge-sha',
      GITHUB_REF: 'refs/pull/2/merge',
    });
    expect(ctx).toMatchObject({
      eventName: 'pull_request',
      action: 'opened',
      repository: { owner: 'Codertocat', repo: 'Hello-World', fullName: 'Codertocat/Hello-World' },
      defaultBranch: 'master',
      actor: 'Codertocat',
      sha: HEAD_SHA,
      ref: 'refs/pull/2/merge',
      pullRequest: {
        number: 2,
        headSha: HEAD_SHA,
        headRef: 'changes',
        baseRef: 'master',
        headRepo: 'Codertocat/Hello-World',
        baseRepo: 'Codertocat/Hello-World',
      },
      isFork: false,
      isPullRequestTarget: false,
      isDefaultBranchPush: false,
    });
    expect(deployRefusal(ctx)).toBeUndefined();
  });

  it('pull_request synchronize: labels', () => {
    const [payload] = webhookExamples('pull_request', 'synchronize');
    const ctx = parseEventContext('pull_request', payload);
    expect(ctx.action).toBe('synchronize');
    expect(ctx.labels).toEqual(['bug']);
    expect(ctx.pullRequest?.headSha).toBe(HEAD_SHA);
  });

  it('a head in another repository is a fork, and a fork never deploys', () => {
    const [payload] = webhookExamples('pull_request', 'opened');
    const pr = payload.pull_request as { head: { repo: { full_name: string } } };
    pr.head.repo.full_name = 'mallory/Hello-World';
    const ctx = parseEventContext('pull_request', payload);
    expect(ctx.isFork).toBe(true);
    expect(deployRefusal(ctx)).toMatch(/^Pull request #2 comes from a fork \(mallory\/Hello-World\)/);
  });

  it('a head whose fork was deleted (repo: null) is treated as a fork', () => {
    const [payload] = webhookExamples('pull_request', 'opened');
    (payload.pull_request as { head: { repo: unknown } }).head.repo = null;
    const ctx = parseEventContext('pull_request', payload);
    expect(ctx.isFork).toBe(true);
    expect(ctx.pullRequest?.headRepo).toBeNull();
    expect(deployRefusal(ctx)).toContain('a deleted repository');
  });

  it('pull_request_target is detected and refused even from the same repository', () => {
    const [payload] = webhookExamples('pull_request', 'opened');
    const ctx = parseEventContext('pull_request_target', payload);
    expect(ctx.isPullRequestTarget).toBe(true);
    expect(ctx.isFork).toBe(false);
    expect(deployRefusal(ctx)).toMatch(/pull_request_target/);
  });

  it('push to the default branch (and not a tag or a branch deletion)', () => {
    const pushes = webhookExamples('push');
    const branch = pushes.find((p) => p.ref === 'refs/heads/master')!;
    const ctx = parseEventContext('push', branch);
    expect(ctx).toMatchObject({
      isDefaultBranchPush: true,
      sha: branch.after,
      defaultBranch: 'master',
      actor: 'Codertocat',
    });
    expect(ctx.pullRequest).toBeUndefined();
    const tag = pushes.find((p) => p.ref === 'refs/tags/simple-tag')!;
    expect(parseEventContext('push', tag).isDefaultBranchPush).toBe(false);
    expect(parseEventContext('push', { ...branch, deleted: true }).isDefaultBranchPush).toBe(false);
  });

  it('workflow_dispatch: ref and inputs', () => {
    const [, withRef] = webhookExamples('workflow_dispatch');
    const ctx = parseEventContext(
      'workflow_dispatch',
      { ...withRef, inputs: { mode: 'rollback', environment: 'production' } },
      {
        GITHUB_SHA: 'abc123',
      },
    );
    expect(ctx).toMatchObject({
      eventName: 'workflow_dispatch',
      ref: 'refs/heads/master',
      sha: 'abc123',
      inputs: { mode: 'rollback', environment: 'production' },
      repository: { owner: 'octo-org', repo: 'octo-repo' },
    });
  });

  it('issue_comment: comment, author and whether the issue is a pull request', () => {
    const [onIssue] = webhookExamples('issue_comment', 'created');
    const plain = parseEventContext('issue_comment', onIssue);
    expect(plain.issue).toEqual({ number: 1, isPullRequest: false });
    expect(plain.comment).toMatchObject({ author: 'Codertocat', authorAssociation: 'OWNER' });
    expect(plain.comment?.body).toBe("You are totally right! I'll get this fixed right away.");

    // The examples have no comment on a PR; GitHub marks one with `issue.pull_request`.
    const onPr = structuredClone(onIssue) as Record<string, Record<string, unknown>>;
    onPr.issue.pull_request = { url: 'https://api.github.com/repos/Codertocat/Hello-World/pulls/1' };
    onPr.comment.body = '/modelgate extend 10m';
    const ctx = parseEventContext('issue_comment', onPr);
    expect(ctx.issue).toEqual({ number: 1, isPullRequest: true });
    expect(ctx.comment?.body).toBe('/modelgate extend 10m');
    expect(ctx.pullRequest).toBeUndefined();
  });

  describe('readEventContext', () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelgate-event-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('reads GITHUB_EVENT_PATH', () => {
      const path = join(dir, 'event.json');
      writeFileSync(path, JSON.stringify(webhookExamples('pull_request', 'opened')[0]));
      const ctx = readEventContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path });
      expect(ctx.pullRequest?.number).toBe(2);
    });

    it('says what is missing or broken', () => {
      expect(() => readEventContext({})).toThrow(/GITHUB_EVENT_NAME is not set/);
      expect(() => readEventContext({ GITHUB_EVENT_NAME: 'push' })).toThrow(
        /GITHUB_EVENT_PATH is not set for the push event/,
      );
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, '{"truncated": ');
      let err: unknown;
      try {
        readEventContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: bad });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ModelgateError);
      expect((err as ModelgateError).code).toBe('github_context');
      expect((err as Error).message).toContain(`${bad}: could not read the push event payload`);
    });
  });
});

describe('fetchPullRequest (for issue_comment)', () => {
  useNock();

  it('reads the head, fork status and labels of the commented PR', async () => {
    const [payload] = webhookExamples('pull_request', 'synchronize');
    nock(API)
      .get('/repos/acme/fraud-models/pulls/2')
      .reply(200, payload.pull_request as object);
    const r = await fetchPullRequest(client(), REPO, 2);
    expect(r).toMatchObject({
      status: 'ok',
      value: { number: 2, headSha: HEAD_SHA, labels: ['bug'], headRepo: 'Codertocat/Hello-World' },
    });
  });

  it('degrades on 403 naming `pull-requests: read`', async () => {
    nock(API)
      .get('/repos/acme/fraud-models/pulls/2')
      .reply(403, { message: 'Resource not accessible by integration' });
    const r = await fetchPullRequest(client(), REPO, 2);
    expect(r).toMatchObject({ status: 'degraded', permission: 'pull-requests: read' });
  });
});
