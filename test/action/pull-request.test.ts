import { describe, expect, it } from 'vitest';
import { R, restComment, useGitHubFake, VIEWER } from './github-fake.js';
import {
  ARTIFACT_KEY,
  makeWorkspace,
  runAction,
  runnerEnv,
  runnerFiles,
  specYaml,
  webhookExamples,
} from './helpers.js';
import { useArtifactS3 } from './s3-stand-in.js';

const HEAD_SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const MARKER = '<!-- modelgate:production/fraud-prod -->';
/** A team policy whose first rule denies this spec (a 2-step canary), waivable. */
const TEAM_POLICY = `description: Team rules
rules:
  - id: team.three-steps
    description: A canary has at least three steps.
    require: size(plan.steps) >= 5
    severity: deny
    waivable: true
    message: the plan has {{ size(plan.steps) }} steps; the team wants at least 5
`;

const gh = useGitHubFake();
const artifactS3 = useArtifactS3();
const dirs = artifactS3.dirs;

/**
 * GitHub for a pull request with no comments yet: the comment and the check run are created, or
 * both refused with a fork's 403.
 */
function freshPullRequest(o: { commentId: number; checkRun: Record<string, unknown> } | 'forbidden') {
  const forbidden = { message: 'Resource not accessible by integration' };
  gh.current.on('POST', '/graphql', 200, VIEWER).on('GET', `${R}/issues/2/comments`, 200, []);
  if (o === 'forbidden') {
    gh.current
      .on('POST', `${R}/issues/2/comments`, 403, forbidden)
      .on('POST', `${R}/check-runs`, 403, forbidden);
    return;
  }
  gh.current
    .on('POST', `${R}/issues/2/comments`, 201, (b) => restComment(o.commentId, b.body as string))
    .on('POST', `${R}/check-runs`, 201, o.checkRun);
}

function prRun(
  o: {
    action?: string;
    event?: string;
    fork?: boolean;
    inputs?: Record<string, string>;
    spec?: string;
    files?: Record<string, string>;
  } = {},
) {
  const [payload] = webhookExamples('pull_request', o.action ?? 'opened');
  if (o.fork)
    (payload.pull_request as { head: { repo: { full_name: string } } }).head.repo.full_name =
      'mallory/Hello-World';
  const workspace = makeWorkspace(o.spec, o.files);
  const files = runnerFiles(payload);
  dirs.push(workspace, files.dir);
  return runnerEnv({
    event: o.event ?? 'pull_request',
    files,
    workspace,
    s3: artifactS3.s3.url,
    ref: 'refs/pull/2/merge',
    sha: 'merge-commit-sha',
    ...(o.inputs ? { inputs: o.inputs } : {}),
  });
}

describe('pull_request: plan, checks and policy, nothing moves', () => {
  it('opened: one sticky comment created, a successful check run on the head commit, outputs set', async () => {
    freshPullRequest({ commentId: 101, checkRun: { id: 9, html_url: 'https://github.com/x/runs/9' } });
    const r = await runAction(prRun());

    expect(gh.current.sequence()).toEqual([
      'POST /graphql',
      'GET …/issues/2/comments',
      'POST …/issues/2/comments',
      'POST …/check-runs',
    ]);
    expect(gh.current.unmatched).toEqual([]);
    const [comment] = gh.current.bodiesOf('POST', '/issues/2/comments');
    expect(comment.body).toMatch(new RegExp(`^${MARKER}`));
    expect(comment.body).toContain('📝 Plan: awaiting merge');
    const [check] = gh.current.bodiesOf('POST', '/check-runs');
    expect(check).toMatchObject({
      name: 'modelgate (production/fraud-prod)',
      head_sha: HEAD_SHA,
      status: 'completed',
      conclusion: 'success',
      details_url: 'https://github.com/Codertocat/Hello-World/actions/runs/4242',
    });
    expect((check.output as { title: string }).title).toMatch(/^Plan: canary in 4 steps/);

    expect(r.exitCode).toBeUndefined();
    expect(r.outputs).toMatchObject({
      decision: 'allow',
      'reason-code': 'ok',
      'final-status': 'planned',
      'deployment-id': '',
      'endpoint-config': '',
    });
    expect(JSON.parse(r.outputs['plan-json']).steps).toHaveLength(4);
    expect(r.outputs['report-path']).toMatch(/modelgate\/report\.md$/);
    expect(r.summary).toContain('📝 Plan: awaiting merge');
    expect(r.stdout).toContain('::group::modelgate: policy');
    expect(r.stdout).toContain('modelgate: plan (a pull_request event plans; nothing moves before merge)');
    // The artifact check read the pinned artifact from S3.
    expect(artifactS3.s3.requests).toContain(`GET ${ARTIFACT_KEY}`);
  });

  it('synchronize: the existing sticky comment is updated in place, never a second one', async () => {
    const old = `${MARKER}\n## 📝 Plan: an older plan`;
    gh.current
      .on('POST', '/graphql', 200, VIEWER)
      .on('GET', `${R}/issues/2/comments`, 200, [
        restComment(11, `${MARKER}\nquoted by a person`, 'Codertocat'),
        restComment(555, old),
      ])
      .on('PATCH', `${R}/issues/comments/555`, 200, (b) => restComment(555, b.body as string))
      .on('POST', `${R}/check-runs`, 201, { id: 10 });
    const r = await runAction(prRun({ action: 'synchronize' }));
    expect(gh.current.sequence()).toEqual([
      'POST /graphql',
      'GET …/issues/2/comments',
      'PATCH …/issues/comments/555',
      'POST …/check-runs',
    ]);
    const [patch] = gh.current.bodiesOf('PATCH', '/issues/comments/555');
    expect(patch.body).toContain('📝 Plan: awaiting merge');
    expect(r.outputs['final-status']).toBe('planned');
  });

  it('a policy deny fails the step, annotates the rule on its line, and the check run concludes failure', async () => {
    freshPullRequest({ commentId: 102, checkRun: { id: 11 } });
    const r = await runAction(
      prRun({
        spec: specYaml({ policies: ['builtin:baseline', 'policies/team.yaml'] }),
        files: { 'policies/team.yaml': TEAM_POLICY },
      }),
    );
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({
      decision: 'deny',
      'reason-code': 'policy_denied',
      'final-status': 'refused',
    });
    // A workflow annotation on the rule's line of the team's policy file.
    expect(r.stdout).toMatch(
      /::error title=policy deny%3A team\.three-steps,file=policies\/team\.yaml,line=3,endLine=3(,col=\d+,endColumn=\d+)?::the plan has 4 steps/,
    );
    const [check] = gh.current.bodiesOf('POST', '/check-runs');
    expect(check.conclusion).toBe('failure');
    const output = check.output as { title: string; annotations: Array<Record<string, unknown>> };
    expect(output.title).toMatch(/^Refused by policy \(1 blocking\): team\.three-steps/);
    expect(output.annotations).toEqual([
      expect.objectContaining({ path: 'policies/team.yaml', start_line: 3, annotation_level: 'failure' }),
    ]);
    expect(r.summary).toContain('⛔ Refused by policy');
    expect(r.stdout).toMatch(/::error::Refused by policy/);
  });

  it('a waiver input turns a waivable deny into a recorded exception', async () => {
    freshPullRequest({ commentId: 103, checkRun: { id: 12 } });
    const r = await runAction(
      prRun({
        spec: specYaml({ policies: ['builtin:baseline', 'policies/team.yaml'] }),
        files: { 'policies/team.yaml': TEAM_POLICY },
        inputs: { waivers: 'team.three-steps=two steps are enough for a shadow-tested model\n' },
      }),
    );
    expect(r.exitCode).toBeUndefined();
    expect(r.outputs).toMatchObject({ decision: 'allow', 'final-status': 'planned' });
    expect(gh.current.bodiesOf('POST', '/check-runs')[0].conclusion).toBe('success');
    expect(r.summary).toContain('two steps are enough for a shadow-tested model');
    expect(r.stdout).toMatch(/::notice title=policy waived%3A team\.three-steps,file=policies\/team\.yaml/);
  });

  it("a fork's pull request: GitHub's 403s degrade to the job summary with a warning; the plan still passes", async () => {
    freshPullRequest('forbidden');
    const r = await runAction(prRun({ fork: true }));
    expect(r.exitCode).toBeUndefined();
    expect(r.outputs['final-status']).toBe('planned');
    expect(r.stdout).toMatch(/::warning::Could not create the PR comment: GitHub answered 403/);
    expect(r.stdout).toMatch(/::warning::Could not create the check run: GitHub answered 403/);
    expect(r.summary).toContain('📝 Plan: awaiting merge');
    expect(r.summary).toMatch(/### Reporting[\s\S]*`pull-requests: write`[\s\S]*`checks: write`/);
  });

  it("mode deploy on a fork's pull request is refused before anything moves, and the summary says why", async () => {
    freshPullRequest('forbidden');
    // No endpoint-url and no AWS: a deploy would fail loudly; the refusal comes first.
    const r = await runAction(prRun({ fork: true, inputs: { mode: 'deploy' } }));
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({
      decision: 'deny',
      'reason-code': 'fork_pull_request',
      'final-status': 'refused',
    });
    expect(r.summary).toMatch(
      /^<!-- modelgate:production\/fraud-prod -->\n\n## ⛔ Refused: [^\n]*\n\nPull request #\u200b2 comes from a fork \(mallory\/Hello-World\)/,
    );
    expect(r.stdout).toMatch(/::warning title=modelgate%3A not deployed::Pull request #2 comes from a fork/);
  });

  it('pull_request_target never deploys the head: mode deploy is refused', async () => {
    freshPullRequest({ commentId: 104, checkRun: { id: 13 } });
    const r = await runAction(prRun({ event: 'pull_request_target', inputs: { mode: 'deploy' } }));
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({
      'reason-code': 'untrusted_pull_request_target',
      'final-status': 'refused',
    });
    expect(r.summary).toContain('## ⛔ Refused');
    expect(r.summary).toContain('pull\\_request\\_target');
    expect(gh.current.bodiesOf('POST', '/check-runs')[0].conclusion).toBe('failure');
  });

  it('an invalid spec is annotated on its line and fails a check run; no comment without an endpoint', async () => {
    gh.current.on('POST', `${R}/check-runs`, 201, { id: 14 });
    const spec = specYaml().replace('type: canary', 'type: canery');
    const r = await runAction(prRun({ spec }));
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({
      decision: 'deny',
      'reason-code': 'invalid_spec',
      'final-status': 'refused',
    });
    const line = spec.split('\n').findIndex((l) => l.includes('canery')) + 1;
    expect(r.stdout).toMatch(new RegExp(`::error title=strategy\\.type,file=modelgate\\.yaml,line=${line},`));
    const [check] = gh.current.bodiesOf('POST', '/check-runs');
    expect(check).toMatchObject({ name: 'modelgate (modelgate.yaml)', conclusion: 'failure' });
    expect((check.output as { annotations: unknown[] }).annotations).toEqual([
      expect.objectContaining({ path: 'modelgate.yaml', start_line: line }),
    ]);
    expect(r.summary).toContain('⛔ Invalid spec');
  });

  it('bad inputs fail at once with every problem named, before any request', async () => {
    const r = await runAction(prRun({ inputs: { mode: 'yolo', comment: 'maybe', waivers: 'no-reason' } }));
    expect(r.exitCode).toBe(1);
    expect(r.outputs['reason-code']).toBe('invalid_input');
    expect(r.stdout).toContain(
      'input mode: "yolo" is not a mode (expected auto, plan, deploy, rollback, promote, abort, hold, resume)',
    );
    expect(r.stdout).toContain('input comment: "maybe" is not a boolean');
    expect(r.stdout).toContain('input waivers:1: "no-reason" is not a waiver');
    expect(gh.current.calls).toEqual([]);
  });
});
