import { describe, expect, it } from 'vitest';
import { parseEventContext } from '../../src/github/context.js';
import { InputError } from '../../src/errors.js';
import { resolveMode, safetyRefusal } from '../../action/mode.js';
import { readInputs, type InputName } from '../../action/inputs.js';
import { webhookExamples } from './helpers.js';

const ctxOf = (event: string, payload: Record<string, unknown>) =>
  parseEventContext(event, payload, { GITHUB_SHA: 'sha', GITHUB_REF: 'refs/heads/master' });

describe('the event decides the default mode (real webhook payloads)', () => {
  it.each([['opened'], ['synchronize']])('pull_request %s plans', (action) => {
    const [payload] = webhookExamples('pull_request', action);
    expect(resolveMode('auto', ctxOf('pull_request', payload))).toEqual({
      operation: 'plan',
      why: 'a pull_request event plans; nothing moves before merge',
    });
  });

  it('a push to the default branch deploys; a tag push only plans', () => {
    const pushes = webhookExamples('push');
    const master = pushes.find((p) => p.ref === 'refs/heads/master')!;
    expect(resolveMode('auto', ctxOf('push', master)).operation).toBe('deploy');
    const tag = pushes.find((p) => p.ref === 'refs/tags/simple-tag')!;
    expect(resolveMode('auto', ctxOf('push', tag))).toEqual({
      operation: 'plan',
      why: 'a push to refs/tags/simple-tag (the default branch is master) only plans; set mode: deploy to deploy it',
    });
  });

  it('workflow_dispatch takes its own mode input, deploys without one, and rejects an unknown one', () => {
    const [payload] = webhookExamples('workflow_dispatch');
    expect(resolveMode('auto', ctxOf('workflow_dispatch', payload)).operation).toBe('deploy');
    payload.inputs = { mode: 'rollback', environment: 'production' };
    expect(resolveMode('auto', ctxOf('workflow_dispatch', payload))).toEqual({
      operation: 'rollback',
      why: 'workflow_dispatch with mode rollback',
    });
    payload.inputs = { mode: 'destroy' };
    expect(() => resolveMode('auto', ctxOf('workflow_dispatch', payload))).toThrow(InputError);
  });

  it('issue_comment runs a command; a deployment event deploys; other events plan', () => {
    const [comment] = webhookExamples('issue_comment', 'created');
    expect(resolveMode('auto', ctxOf('issue_comment', comment)).operation).toBe('comment');
    const [deployment] = webhookExamples('deployment', 'created');
    expect(resolveMode('auto', ctxOf('deployment', deployment)).operation).toBe('deploy');
    expect(resolveMode('auto', ctxOf('schedule', {})).operation).toBe('plan');
  });

  it('an explicit mode wins over the event', () => {
    const [payload] = webhookExamples('pull_request', 'opened');
    expect(resolveMode('deploy', ctxOf('pull_request', payload)).operation).toBe('deploy');
  });
});

describe('safety: untrusted code never changes the endpoint', () => {
  it("a fork's head may plan but not deploy, roll back or steer", () => {
    const [payload] = webhookExamples('pull_request', 'opened');
    (payload.pull_request as { head: { repo: { full_name: string } } }).head.repo.full_name =
      'mallory/Hello-World';
    const ctx = ctxOf('pull_request', payload);
    expect(safetyRefusal('plan', ctx)).toBeUndefined();
    for (const op of ['deploy', 'rollback', 'promote', 'abort'] as const)
      expect(safetyRefusal(op, ctx)?.reasonCode).toBe('fork_pull_request');
  });

  it('pull_request_target never deploys', () => {
    const [payload] = webhookExamples('pull_request', 'opened');
    const r = safetyRefusal('deploy', ctxOf('pull_request_target', payload));
    expect(r?.reasonCode).toBe('untrusted_pull_request_target');
    expect(r?.message).toMatch(/Plan on pull_request and deploy on push instead/);
  });
});

describe('inputs', () => {
  const read = (values: Partial<Record<InputName, string>>) => (name: InputName) => values[name] ?? '';

  it('applies the defaults of action.yml, also when a local runner passes an unexpanded expression', () => {
    expect(readInputs(read({ 'github-token': '${{ github.token }}' }))).toEqual({
      spec: 'modelgate.yaml',
      mode: 'auto',
      comment: true,
      waivers: [],
    });
  });

  it('parses waivers, one per line, with who asked', () => {
    const inputs = readInputs(
      read({
        waivers:
          '# reviewed by the ML lead\nproduction.bake-min-5m = short bake is fine for a shadow model\n\n',
      }),
      'octocat',
    );
    expect(inputs.waivers).toEqual([
      {
        ruleId: 'production.bake-min-5m',
        reason: 'short bake is fine for a shadow model',
        by: 'octocat',
        source: 'input',
      },
    ]);
  });

  it('reports every bad input at once', () => {
    let err: unknown;
    try {
      readInputs(
        read({ 'aws-region': 'mars', 'endpoint-url': 'ftp://x', 'deployment-id': '-bad id', mode: 'DEPLOY' }),
      );
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).problems.map((p) => p.file)).toEqual([
      'input aws-region',
      'input endpoint-url',
      'input deployment-id',
    ]);
  });
});
