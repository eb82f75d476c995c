import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TAG } from '../../src/rollout/tags.js';
import { R, restComment, useGitHubFake, VIEWER } from './github-fake.js';
import {
  ARTIFACT_SHA,
  ENDPOINT,
  makeWorkspace,
  runAction,
  runnerEnv,
  runnerFiles,
  seedBaseline,
  startSim,
  webhookExamples,
  type Sim,
} from './helpers.js';
import { useArtifactS3 } from './s3-stand-in.js';

const PUSH_SHA = '6113728f27ae82c7b1a177c8d03f9e96e0adf246';
const CANDIDATE_MODEL = `fraud-detector-v42-${ARTIFACT_SHA.slice(0, 8)}`;
/** Live updates only on the first event, so the request sequence is exact. */
const ONE_LIVE_UPDATE = { intervalMs: 1e9, minGapMs: 1e9 };

const gh = useGitHubFake();
const artifactS3 = useArtifactS3();
const dirs = artifactS3.dirs;

function pushEnv(sim: Sim, inputs: Record<string, string> = {}) {
  const payload = webhookExamples('push').find((p) => p.ref === 'refs/heads/master' && p.after === PUSH_SHA);
  const workspace = makeWorkspace();
  const files = runnerFiles(payload);
  dirs.push(workspace, files.dir);
  return runnerEnv({
    event: 'push',
    files,
    workspace,
    s3: artifactS3.s3.url,
    inputs: { 'endpoint-url': sim.sim.url, ...inputs },
  });
}

/** The merged pull request of the pushed commit, with a label. */
function expectPullRequestLookup() {
  gh.current.on('GET', `${R}/commits/${PUSH_SHA}/pulls`, 200, [
    { number: 2, merge_commit_sha: PUSH_SHA, merged_at: '2026-11-24T12:00:00Z', labels: [{ name: 'bug' }] },
  ]);
}

/** What the rollout's start sends: check run in progress, deployment in progress, then (first event) the comment. */
function expectStart() {
  gh.current
    .on('POST', `${R}/check-runs`, 201, { id: 31, html_url: 'https://github.com/x/runs/31' })
    .on('POST', `${R}/deployments`, 201, { id: 77 })
    .on('POST', `${R}/deployments/77/statuses`, 201, { id: 1 })
    .on('POST', '/graphql', 200, VIEWER)
    .on('GET', `${R}/issues/2/comments`, 200, [])
    .on('POST', `${R}/issues/2/comments`, 201, (b) => restComment(201, b.body as string));
}

const START = [
  `GET …/commits/${PUSH_SHA}/pulls`,
  'POST …/check-runs',
  'POST …/deployments',
  'POST …/deployments/77/statuses',
  // the first event: the comment is created showing the rollout under way
  'POST /graphql',
  'GET …/issues/2/comments',
  'POST …/issues/2/comments',
];

describe('push to the default branch: deploys through the engine against the simulator', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startSim();
    await seedBaseline(sim);
  });
  afterAll(() => sim.stop());

  it('promotes a healthy candidate; the comment is created once then updated; check run and deployment succeed', async () => {
    expectPullRequestLookup();
    expectStart();
    gh.current
      .on('PATCH', `${R}/issues/comments/201`, 200, (b) => restComment(201, b.body as string))
      .on('PATCH', `${R}/check-runs/31`, 200, { id: 31 }, 2)
      .on('POST', `${R}/deployments/77/statuses`, 201, { id: 2 })
      .on('GET', `${R}/deployments`, 200, [{ id: 77 }, { id: 70 }, { id: 60 }])
      .on('GET', `${R}/deployments/70/statuses`, 200, [{ state: 'success' }])
      .on('GET', `${R}/deployments/60/statuses`, 200, [{ state: 'inactive' }])
      .on('POST', `${R}/deployments/70/statuses`, 201, { id: 3 });

    const r = await runAction(pushEnv(sim), { live: ONE_LIVE_UPDATE });

    expect(gh.current.unmatched).toEqual([]);
    expect(gh.current.sequence()).toEqual([
      ...START,
      'PATCH …/check-runs/31',
      // the end
      'PATCH …/check-runs/31',
      'POST …/deployments/77/statuses',
      'GET …/deployments',
      'GET …/deployments/70/statuses',
      'POST …/deployments/70/statuses',
      'GET …/deployments/60/statuses',
      'PATCH …/issues/comments/201',
    ]);
    const [deployment] = gh.current.bodiesOf('POST', `${R}/deployments`).filter((b) => 'environment' in b);
    expect(deployment).toMatchObject({
      ref: PUSH_SHA,
      environment: 'production',
      auto_merge: false,
      required_contexts: [],
      production_environment: true,
      payload: { endpoint: ENDPOINT, spec: 'modelgate.yaml', deploymentId: 'gh-4242' },
    });
    const statuses = gh.current.bodiesOf('POST', '/deployments/77/statuses');
    expect(statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(statuses[1]).toMatchObject({
      log_url: 'https://github.com/Codertocat/Hello-World/actions/runs/4242',
    });
    expect(gh.current.bodiesOf('POST', '/deployments/70/statuses')[0]).toMatchObject({
      state: 'inactive',
      description: 'Superseded by deployment 77',
    });
    const [created] = gh.current.bodiesOf('POST', '/issues/2/comments');
    expect(created.body).toContain('🚀 Rolling out');
    const patches = gh.current.bodiesOf('PATCH', '/issues/comments/201');
    expect(patches).toHaveLength(1);
    expect(patches[0].body).toContain('✅ Promoted');
    const checks = gh.current.bodiesOf('PATCH', '/check-runs/31');
    expect(checks.at(-1)).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(gh.current.bodiesOf('POST', '/check-runs')[0]).toMatchObject({
      status: 'in_progress',
      head_sha: PUSH_SHA,
    });

    expect(r.exitCode).toBeUndefined();
    expect(r.outputs).toMatchObject({
      decision: 'allow',
      'reason-code': 'ok',
      'final-status': 'promoted',
      'deployment-id': 'gh-4242',
    });
    const state = await sim.ports.endpoints.describeEndpoint(ENDPOINT);
    expect(r.outputs['endpoint-config']).toBe(state?.configName);
    const config = await sim.ports.endpoints.describeEndpointConfig(state?.configName as string);
    expect(config?.production.map((v) => v.model)).toEqual([CANDIDATE_MODEL]);
    expect(r.summary).toContain('✅ Promoted');
    expect(r.stdout).toContain('::group::modelgate: rollout');
    expect(r.stdout).toMatch(/is a modelgate simulator; the rollout follows its clock/);
  });
});

describe('a regression: the canary rolls back', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startSim({
      faults: [{ type: 'errorBurst', at: '0s', target: { model: CANDIDATE_MODEL }, rate5xx: 0.4 }],
    });
    await seedBaseline(sim);
  });
  afterAll(() => sim.stop());

  it('live comment updates, then check run failure, deployment failure, a failed step with the reason', async () => {
    expectPullRequestLookup();
    expectStart();
    gh.current
      .on('PATCH', `${R}/issues/comments/201`, 200, (b) => restComment(201, b.body as string), 'any')
      .on('PATCH', `${R}/check-runs/31`, 200, { id: 31 }, 'any')
      .on('POST', `${R}/deployments/77/statuses`, 201, { id: 2 });

    const r = await runAction(pushEnv(sim), { live: { intervalMs: 50, minGapMs: 0 } });

    const seq = gh.current.sequence();
    expect(seq.slice(0, START.length)).toEqual(START);
    const tail = seq.slice(START.length);
    // Live updates, then the end: the check run completes, the deployment fails, the comment is final.
    const live = tail.slice(0, -3);
    expect(live.length).toBeGreaterThan(0);
    for (const c of live) expect(['PATCH …/issues/comments/201', 'PATCH …/check-runs/31']).toContain(c);
    expect(tail.slice(-3)).toEqual([
      'PATCH …/check-runs/31',
      'POST …/deployments/77/statuses',
      'PATCH …/issues/comments/201',
    ]);
    const comments = gh.current.bodiesOf('PATCH', '/issues/comments/201').map((b) => b.body as string);
    expect(gh.current.bodiesOf('POST', '/issues/2/comments')[0].body).toContain('🚀 Rolling out');
    expect(comments.at(-1)).toContain('⏪ Rolled back');
    // The latency gate may trip in the same window as the error gate; the verdict then lists both.
    expect(comments.at(-1)).toMatch(
      /\*\*Why:\*\* (?:a gate failed )?at step 2 \(canary 10%\)[\s\S]*gate `error_rate-max` failed/,
    );
    expect(gh.current.bodiesOf('PATCH', '/check-runs/31').at(-1)).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
    });
    expect(gh.current.bodiesOf('POST', '/deployments/77/statuses').map((s) => s.state)).toEqual([
      'in_progress',
      'failure',
    ]);

    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({
      decision: 'allow',
      'reason-code': 'gate_failed',
      'final-status': 'rolled-back',
      'endpoint-config': `${ENDPOINT}-v41`,
    });
    expect(r.stdout).toMatch(/::error::rolled back \(gate-failed\)/);
    const state = await sim.ports.endpoints.describeEndpoint(ENDPOINT);
    expect(state).toMatchObject({ status: 'InService', configName: `${ENDPOINT}-v41` });
  });
});

describe('GitHub refuses the comment', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startSim();
    await seedBaseline(sim);
  });
  afterAll(() => sim.stop());

  it('a 403 on the comment is a warning in the summary; the rollout goes on and is promoted', async () => {
    expectPullRequestLookup();
    gh.current
      .on('POST', `${R}/check-runs`, 201, { id: 31 })
      .on('POST', `${R}/deployments`, 201, { id: 77 })
      .on('POST', `${R}/deployments/77/statuses`, 201, { id: 1 }, 2)
      .on('POST', '/graphql', 200, VIEWER)
      .on('GET', `${R}/issues/2/comments`, 200, [])
      .on('POST', `${R}/issues/2/comments`, 403, { message: 'Resource not accessible by integration' })
      .on('PATCH', `${R}/check-runs/31`, 200, { id: 31 }, 2)
      .on('GET', `${R}/deployments`, 200, [{ id: 77 }]);

    const r = await runAction(pushEnv(sim), { live: ONE_LIVE_UPDATE });
    // The comment is not tried again after the 403.
    expect(gh.current.sequence().filter((c) => c.includes('comments'))).toEqual([
      'GET …/issues/2/comments',
      'POST …/issues/2/comments',
    ]);
    expect(r.exitCode).toBeUndefined();
    expect(r.outputs['final-status']).toBe('promoted');
    expect(r.stdout).toMatch(/::warning::Could not create the PR comment: GitHub answered 403/);
    expect(r.summary).toContain('✅ Promoted');
    expect(r.summary).toMatch(/### Reporting\n\n- ⚠️ Could not create the PR comment/);
  });
});

describe('workflow_dispatch', () => {
  const DISPATCH_REPO = '/repos/octo-org/octo-repo';
  let sim: Sim;
  beforeAll(async () => {
    sim = await startSim();
    await seedBaseline(sim);
  });
  afterAll(() => sim.stop());

  function dispatchEnv(mode: string, extra: Record<string, string> = {}) {
    const [payload] = webhookExamples('workflow_dispatch');
    payload.inputs = { mode, environment: 'production' };
    const workspace = makeWorkspace();
    const files = runnerFiles(payload);
    dirs.push(workspace, files.dir);
    return runnerEnv({
      event: 'workflow_dispatch',
      files,
      workspace,
      s3: artifactS3.s3.url,
      repository: 'octo-org/octo-repo',
      ref: 'refs/heads/main',
      inputs: { 'endpoint-url': sim.sim.url, ...extra },
    });
  }

  it('mode abort with no rollout running fails and says so', async () => {
    const r = await runAction(dispatchEnv('abort', { 'github-token': '' }));
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({
      decision: 'deny',
      'reason-code': 'no_rollout_running',
      'final-status': 'refused',
    });
    expect(r.summary).toContain(`no modelgate rollout is running on ${ENDPOINT}`);
  });

  it('after a promotion, mode rollback restores the config it replaced, verified, and records a deployment', async () => {
    // Deploy first (no GitHub reporting), then roll back from the Actions tab.
    const deployed = await runAction(pushEnv(sim, { 'github-token': '', 'deployment-id': 'mg-first' }));
    expect(deployed.outputs['final-status']).toBe('promoted');
    gh.current
      .on('POST', `${DISPATCH_REPO}/deployments`, 201, { id: 90 })
      .on('POST', `${DISPATCH_REPO}/deployments/90/statuses`, 201, { id: 1 }, 2)
      .on('GET', `${DISPATCH_REPO}/deployments`, 200, [{ id: 90 }]);

    const r = await runAction(dispatchEnv('rollback'));
    expect(r.exitCode).toBeUndefined();
    expect(r.outputs).toMatchObject({
      decision: 'allow',
      'reason-code': 'ok',
      'final-status': 'restored',
      'endpoint-config': `${ENDPOINT}-v41`,
    });
    expect(r.stdout).toContain('modelgate: rollback (workflow_dispatch with mode rollback)');
    expect(r.summary).toContain('⏪ Rolled back by hand');
    expect(
      gh.current.bodiesOf('POST', `${DISPATCH_REPO}/deployments/90/statuses`).map((s) => s.state),
    ).toEqual(['in_progress', 'success']);
    const state = await sim.ports.endpoints.describeEndpoint(ENDPOINT);
    expect(state).toMatchObject({ status: 'InService', configName: `${ENDPOINT}-v41` });
    const tags = await sim.ports.endpoints.readTags(ENDPOINT);
    expect(tags[TAG.phase]).toBe('rolled-back');
  });
});

describe('a deployment event (a deployment created elsewhere, e.g. by a chat-ops bot)', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startSim();
    await seedBaseline(sim);
  });
  afterAll(() => sim.stop());

  it("deploys to the event's environment and reports to that deployment instead of creating one", async () => {
    const [payload] = webhookExamples('deployment', 'created');
    const dep = payload.deployment as { id: number; sha: string };
    const workspace = makeWorkspace();
    const files = runnerFiles(payload);
    dirs.push(workspace, files.dir);
    const env = runnerEnv({
      event: 'deployment',
      files,
      workspace,
      s3: artifactS3.s3.url,
      sha: dep.sha,
      inputs: { 'endpoint-url': sim.sim.url },
    });
    gh.current
      .on('POST', `${R}/check-runs`, 201, { id: 51 })
      .on('POST', `${R}/deployments/${dep.id}/statuses`, 201, { id: 1 }, 2)
      .on('PATCH', `${R}/check-runs/51`, 200, { id: 51 }, 2)
      .on('GET', `${R}/deployments`, 200, [{ id: dep.id }]);

    const r = await runAction(env, { live: ONE_LIVE_UPDATE });
    expect(gh.current.sequence()).toEqual([
      'POST …/check-runs',
      `POST …/deployments/${dep.id}/statuses`,
      'PATCH …/check-runs/51',
      'PATCH …/check-runs/51',
      `POST …/deployments/${dep.id}/statuses`,
      'GET …/deployments',
    ]);
    expect(gh.current.bodiesOf('POST', '/statuses').map((b) => b.state)).toEqual(['in_progress', 'success']);
    expect(gh.current.bodiesOf('POST', '/check-runs')[0]).toMatchObject({ head_sha: dep.sha });
    expect(r.stdout).toContain('modelgate: deploy (a deployment event deploys)');
    expect(r.outputs['final-status']).toBe('promoted');
  });
});
