import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RolloutEvent } from '../../src/rollout/events.js';
import { runDeployment, type DeploymentResult } from '../../src/rollout/run-deployment.js';
import { TAG } from '../../src/rollout/tags.js';
import { loadSpecText } from '../../src/spec/load.js';
import { withCommandNote } from '../../action/comment-command.js';
import { R, restComment, useGitHubFake, VIEWER } from './github-fake.js';
import {
  cleanup,
  ENDPOINT,
  makeWorkspace,
  runAction,
  runnerEnv,
  runnerFiles,
  seedBaseline,
  specYaml,
  startSim,
  webhookExamples,
  type Sim,
} from './helpers.js';

const MARKER = '<!-- modelgate:production/fraud-prod -->';
const COMMENT_ID = 492700400;
/** A canary whose first step bakes 2 simulated hours (12 real seconds): long enough to steer it from a comment. */
const LONG_BAKE = specYaml({
  strategy: `  type: canary
  mode: driven
  steps:
    - { weight: 10, bake: 2h }
    - { weight: 100 }`,
});

const gh = useGitHubFake();
const dirs: string[] = [];
afterAll(() => cleanup(...dirs));

/** A real issue_comment payload, on a pull request (the example is on an issue) with our body. */
function commentEnv(sim: Sim | undefined, body: string, o: { onIssue?: boolean; action?: string } = {}) {
  const payload = webhookExamples('issue_comment', o.action ?? 'created')[0];
  const issue = payload.issue as Record<string, unknown>;
  if (!o.onIssue)
    issue.pull_request = { url: `https://api.github.com/repos/Codertocat/Hello-World/pulls/${issue.number}` };
  (payload.comment as Record<string, unknown>).body = body;
  const workspace = makeWorkspace(LONG_BAKE);
  const files = runnerFiles(payload);
  dirs.push(workspace, files.dir);
  return runnerEnv({
    event: 'issue_comment',
    files,
    workspace,
    inputs: sim ? { 'endpoint-url': sim.sim.url } : {},
  });
}

function permission(level: 'write' | 'read') {
  gh.current.on('GET', `${R}/collaborators/Codertocat/permission`, 200, {
    permission: level,
    role_name: level,
  });
}

describe('issue_comment: /modelgate commands steer the running rollout', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startSim({}, 600);
    await seedBaseline(sim);
  });
  afterAll(() => sim.stop());

  it('/modelgate abort from a writer: control tag, 👍, the sticky comment acknowledges, the rollout rolls back', async () => {
    let bakingStarted!: () => void;
    const baking = new Promise<void>((r) => (bakingStarted = r));
    const events: RolloutEvent[] = [];
    const rollout: Promise<DeploymentResult> = runDeployment({
      loaded: loadSpecText(LONG_BAKE, 'modelgate.yaml'),
      provider: sim.ports,
      clock: sim.sim.clock,
      deploymentId: 'gh-4000',
      holder: 'github Codertocat/Hello-World run 4000',
      listeners: [
        (e) => {
          events.push(e);
          if (e.type === 'traffic-shifted' && e.traffic.candidate === 10) bakingStarted();
        },
      ],
    });
    await baking;

    permission('write');
    gh.current
      .on('POST', `${R}/issues/comments/${COMMENT_ID}/reactions`, 201, { id: 1 })
      .on('POST', '/graphql', 200, VIEWER)
      .on('GET', `${R}/issues/1/comments`, 200, [
        restComment(555, `${MARKER}\n## 🚀 Rolling out: …`, 'github-actions[bot]', 1),
      ])
      .on('PATCH', `${R}/issues/comments/555`, 200, (b) =>
        restComment(555, b.body as string, 'github-actions[bot]', 1),
      );
    const r = await runAction(commentEnv(sim, 'Looks bad.\n/modelgate abort'));

    expect(gh.current.sequence()).toEqual([
      'GET …/collaborators/Codertocat/permission',
      `POST …/issues/comments/${COMMENT_ID}/reactions`,
      'POST /graphql',
      'GET …/issues/1/comments',
      'PATCH …/issues/comments/555',
    ]);
    expect(gh.current.bodiesOf('POST', '/reactions')[0]).toEqual({ content: '+1' });
    const [note] = gh.current.bodiesOf('PATCH', '/issues/comments/555');
    expect(note.body).toMatch(
      new RegExp(
        `^${MARKER}\\n<!-- modelgate:command -->\\n> 📨 @\u200bCodertocat sent \`/modelgate abort\` at \\d\\d:\\d\\d UTC; deployment \`gh-4000\` applies it`,
      ),
    );
    expect(note.body).toContain('## 🚀 Rolling out');
    expect(r.exitCode).toBeUndefined();
    expect(r.outputs).toMatchObject({
      decision: 'allow',
      'reason-code': 'ok',
      'final-status': 'command-sent',
      'deployment-id': 'gh-4000',
    });

    const result = await rollout;
    expect(result.outcome).toBe('rolled-back');
    const control = events.find((e) => e.type === 'control-command');
    expect(control).toMatchObject({ command: { kind: 'abort' }, acknowledged: true });
    expect(events.find((e) => e.type === 'rolling-back')).toMatchObject({ reason: 'aborted' });
    const tags = await sim.ports.endpoints.readTags(ENDPOINT);
    expect(tags[TAG.control]).toBeUndefined();
    expect(tags[TAG.controlAck]).toMatch(/^abort by gh-4000 at /);
  });

  it('no rollout running: 👎 and a reply saying so; nothing is written to the endpoint', async () => {
    permission('write');
    gh.current
      .on('POST', `${R}/issues/comments/${COMMENT_ID}/reactions`, 201, { id: 2 })
      .on('POST', `${R}/issues/1/comments`, 201, (b) =>
        restComment(601, b.body as string, 'github-actions[bot]', 1),
      );
    const r = await runAction(commentEnv(sim, '/modelgate promote'));
    expect(gh.current.bodiesOf('POST', '/reactions')[0]).toEqual({ content: '-1' });
    expect(gh.current.bodiesOf('POST', '/issues/1/comments')[0].body).toContain(
      `no modelgate rollout is running on ${ENDPOINT}`,
    );
    expect(r.outputs).toMatchObject({ decision: 'deny', 'reason-code': 'no_rollout_running' });
    expect(r.exitCode).toBeUndefined();
    expect((await sim.ports.endpoints.readTags(ENDPOINT))[TAG.control]).toBeUndefined();
  });
});

describe('issue_comment: who may, and what is a command', () => {
  it('a user with read access gets 👎 and the reason; the endpoint is never contacted', async () => {
    permission('read');
    gh.current
      .on('POST', `${R}/issues/comments/${COMMENT_ID}/reactions`, 201, { id: 3 })
      .on('POST', `${R}/issues/1/comments`, 201, (b) =>
        restComment(602, b.body as string, 'github-actions[bot]', 1),
      );
    // No endpoint-url: connecting to the endpoint would fail, so reaching it would show.
    const r = await runAction(commentEnv(undefined, '/modelgate abort'));
    expect(gh.current.bodiesOf('POST', '/reactions')[0]).toEqual({ content: '-1' });
    expect(gh.current.bodiesOf('POST', '/issues/1/comments')[0].body).toContain(
      'has read access; steering a rollout needs write, maintain or admin',
    );
    expect(r.outputs).toMatchObject({
      decision: 'deny',
      'reason-code': 'permission_denied',
      'final-status': 'refused',
    });
    expect(r.exitCode).toBeUndefined();
  });

  it('an unknown command gets 😕 and the list of commands', async () => {
    gh.current
      .on('POST', `${R}/issues/comments/${COMMENT_ID}/reactions`, 201, { id: 4 })
      .on('POST', `${R}/issues/1/comments`, 201, (b) =>
        restComment(603, b.body as string, 'github-actions[bot]', 1),
      );
    const r = await runAction(commentEnv(undefined, '/modelgate rollback please'));
    expect(gh.current.sequence()).toEqual([
      `POST …/issues/comments/${COMMENT_ID}/reactions`,
      'POST …/issues/1/comments',
    ]);
    expect(gh.current.bodiesOf('POST', '/reactions')[0]).toEqual({ content: 'confused' });
    const reply = gh.current.bodiesOf('POST', '/issues/1/comments')[0].body as string;
    expect(reply).toContain('unknown command rollback');
    for (const c of [
      '/modelgate abort',
      '/modelgate hold',
      '/modelgate resume',
      '/modelgate promote',
      '/modelgate extend 10m',
    ])
      expect(reply).toContain(c);
    expect(r.outputs).toMatchObject({ 'reason-code': 'unknown_command' });
  });

  it('a command on an issue (not a pull request) is answered, not run', async () => {
    gh.current
      .on('POST', `${R}/issues/comments/${COMMENT_ID}/reactions`, 201, { id: 5 })
      .on('POST', `${R}/issues/1/comments`, 201, (b) =>
        restComment(604, b.body as string, 'github-actions[bot]', 1),
      );
    const r = await runAction(commentEnv(undefined, '/modelgate abort', { onIssue: true }));
    expect(r.outputs).toMatchObject({ 'reason-code': 'not_a_pull_request' });
    expect(gh.current.bodiesOf('POST', '/issues/1/comments')[0].body).toContain(
      'is an issue; commands steer the rollout of a pull request',
    );
  });

  it('a comment without a command, or an edit, is not for modelgate: no request at all', async () => {
    const plain = await runAction(
      commentEnv(undefined, "You are totally right! I'll get this fixed right away."),
    );
    expect(plain.outputs).toMatchObject({
      decision: 'skip',
      'reason-code': 'not_a_command',
      'final-status': 'skipped',
    });
    const edited = await runAction(commentEnv(undefined, '/modelgate abort', { action: 'edited' }));
    expect(edited.outputs['reason-code']).toBe('not_a_command');
    expect(gh.current.calls).toEqual([]);
    expect(plain.exitCode).toBeUndefined();
  });
});

describe('withCommandNote', () => {
  it('puts the note under the marker and replaces an earlier note', () => {
    const body = `${MARKER}\n\n## 🚀 Rolling out`;
    const once = withCommandNote(body, MARKER, '> first');
    expect(once).toBe(
      `${MARKER}\n<!-- modelgate:command -->\n> first\n<!-- /modelgate:command -->\n\n## 🚀 Rolling out`,
    );
    const twice = withCommandNote(once, MARKER, '> second');
    expect(twice).toBe(
      `${MARKER}\n<!-- modelgate:command -->\n> second\n<!-- /modelgate:command -->\n\n## 🚀 Rolling out`,
    );
  });
});
