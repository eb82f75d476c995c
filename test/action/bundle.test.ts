import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHub, type GitHubStandIn } from './github-stand-in.js';
import {
  ENDPOINT,
  makeWorkspace,
  readOutputs,
  runnerEnv,
  runnerFiles,
  seedBaseline,
  specYaml,
  startSim,
  webhookExamples,
  type Sim,
} from './helpers.js';
import { useArtifactS3 } from './s3-stand-in.js';

/**
 * The bundle as the runner runs it: `node dist/index.js` from the action's checkout (here a fresh
 * build in a temp folder laid out as the checkout is, so dist/ is left to the lead) with INPUT_*
 * variables, the event payload, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, a GitHub stand-in at
 * GITHUB_API_URL, and the simulator.
 */
const actionRoot = mkdtempSync(join(tmpdir(), 'mg-action-bundle-'));
const out = join(actionRoot, 'dist');
const artifactS3 = useArtifactS3();
const dirs = artifactS3.dirs;
dirs.push(actionRoot);

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', out], { stdio: 'pipe' });
  // What the runner checks out beside dist/: action.yml and the built-in policy packs.
  cpSync('action.yml', join(actionRoot, 'action.yml'));
  cpSync('policies', join(actionRoot, 'policies'), { recursive: true });
}, 120_000);

interface Spawned {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

function pushRun(sim: Sim, github: GitHubStandIn, spec?: string) {
  const payload = webhookExamples('push').find((p) => p.ref === 'refs/heads/master');
  const workspace = makeWorkspace(spec);
  const files = runnerFiles(payload);
  // Its own summary file: the child process is a fresh @actions/core.
  files.summary = join(files.dir, 'step-summary.md');
  writeFileSync(files.summary, '');
  dirs.push(workspace, files.dir);
  const env = runnerEnv({
    event: 'push',
    files,
    workspace,
    s3: artifactS3.s3.url,
    apiUrl: github.url,
    inputs: { 'endpoint-url': sim.sim.url },
  });
  env.GITHUB_STEP_SUMMARY = files.summary;
  const full: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ...env };
  return { env: full, files, workspace };
}

function spawnAction(
  env: NodeJS.ProcessEnv,
  onLine?: (line: string, child: ReturnType<typeof spawn>) => void,
): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(out, 'index.js')], {
      env,
      cwd: env.GITHUB_WORKSPACE,
      stdio: 'pipe',
    });
    let stdout = '';
    let stderr = '';
    let partial = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      partial += d.toString();
      const lines = partial.split('\n');
      partial = lines.pop() ?? '';
      for (const l of lines) onLine?.(l, child);
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({
        code,
        stdout,
        stderr,
        outputs: readOutputs(env.GITHUB_OUTPUT as string),
        summary: readFileSync(env.GITHUB_STEP_SUMMARY as string, 'utf8'),
      });
    });
  });
}

describe('dist/index.js as the runner runs it', () => {
  let sim: Sim;
  let github: GitHubStandIn;
  beforeAll(async () => {
    sim = await startSim();
    await seedBaseline(sim);
    github = await startGitHub({ pullRequest: 2 });
  });
  afterAll(async () => {
    await sim.stop();
    await github.stop();
  });

  it('the build has the action entry and the checks worker beside it', () => {
    expect(existsSync(join(out, 'index.js'))).toBe(true);
    expect(existsSync(join(out, 'checks-worker.js'))).toBe(true);
  });

  it(
    'a push deploys against the simulator: exit 0, outputs, job summary, and the reports at GITHUB_API_URL',
    { timeout: 90_000 },
    async () => {
      const { env } = pushRun(sim, github);
      const r = await spawnAction(env);
      expect(r.code, r.stderr + r.stdout.slice(-3000)).toBe(0);
      expect(r.outputs).toMatchObject({
        decision: 'allow',
        'reason-code': 'ok',
        'final-status': 'promoted',
        'deployment-id': 'gh-4242',
      });
      const state = await sim.ports.endpoints.describeEndpoint(ENDPOINT);
      expect(r.outputs['endpoint-config']).toBe(state?.configName);
      expect(JSON.parse(r.outputs['plan-json']).strategy).toBe('canary');
      expect(r.summary).toMatch(/^<!-- modelgate:production\/fraud-prod -->\n\n## ✅ Promoted/);
      expect(readFileSync(r.outputs['report-path'], 'utf8').trim()).toBe(r.summary.trim());
      const json = JSON.parse(readFileSync(r.outputs['report-path'].replace(/\.md$/, '.json'), 'utf8'));
      expect(json).toMatchObject({ schemaVersion: 1, finalStatus: 'promoted', outcome: 'promoted' });
      expect(json.events.at(-1)).toMatchObject({ type: 'done', outcome: 'promoted' });
      // The token never reaches the log in clear.
      expect(r.stdout).toContain('::add-mask::');
      expect(r.stdout.replace(/::add-mask::.*\n/g, '')).not.toContain(env['INPUT_GITHUB-TOKEN']);

      const calls = github.requests.map(
        (q) => `${q.method} ${q.path.replace(/^\/repos\/Codertocat\/Hello-World/, '…')}`,
      );
      expect(calls.slice(0, 3)).toEqual([
        'GET …/commits/6113728f27ae82c7b1a177c8d03f9e96e0adf246/pulls',
        'POST …/check-runs',
        'POST …/deployments',
      ]);
      expect(calls[3]).toMatch(/^POST …\/deployments\/\d+\/statuses$/);
      expect(calls.filter((c) => c === 'POST …/issues/2/comments')).toHaveLength(1);
      const checks = github.requests.filter((q) => q.method === 'PATCH' && q.path.includes('/check-runs/'));
      expect(checks.at(-1)?.body).toMatchObject({ status: 'completed', conclusion: 'success' });
      const statuses = github.requests.filter((q) => q.path.endsWith('/statuses')).map((q) => q.body.state);
      expect(statuses).toEqual(['in_progress', 'success']);
    },
  );

  it(
    'SIGINT (a cancelled run) rolls back at once, and the rollback is reported before the process ends',
    { timeout: 90_000 },
    async () => {
      github.requests.length = 0;
      const longBake = specYaml({
        strategy: `  type: canary
  mode: driven
  steps:
    - { weight: 10, bake: 2h }
    - { weight: 100 }`,
      }).replace('fraud-detector-v42', 'fraud-detector-v43');
      const { env } = pushRun(sim, github, longBake);
      env['INPUT_DEPLOYMENT-ID'] = 'gh-4243';
      let signalledAt = 0;
      const r = await spawnAction(env, (line, child) => {
        if (!signalledAt && /traffic baseline 90% \/ candidate 10%/.test(line)) {
          signalledAt = performance.now();
          child.kill('SIGINT');
        }
      });
      const took = performance.now() - signalledAt;
      expect(signalledAt).toBeGreaterThan(0);
      // Inside the runner's grace period (SIGTERM comes 7.5 s after SIGINT).
      expect(took).toBeLessThan(7_500);
      expect(r.code).toBe(1);
      expect(r.outputs).toMatchObject({ 'final-status': 'rolled-back', 'reason-code': 'cancelled' });
      expect(r.summary).toContain('⏪ Rolled back');
      expect(r.summary).toContain('the workflow run was cancelled');
      expect(r.stdout).toMatch(/::warning::SIGINT: the run is being cancelled; rolling back now/);
      const checks = github.requests.filter((q) => q.method === 'PATCH' && q.path.includes('/check-runs/'));
      expect(checks.at(-1)?.body).toMatchObject({ status: 'completed', conclusion: 'cancelled' });
      expect(github.requests.filter((q) => q.path.endsWith('/statuses')).map((q) => q.body.state)).toEqual([
        'in_progress',
        'failure',
      ]);
      const state = await sim.ports.endpoints.describeEndpoint(ENDPOINT);
      // Back on the config before this rollout (the one the previous test promoted).
      expect(state?.status).toBe('InService');
      const tags = await sim.ports.endpoints.readTags(ENDPOINT);
      expect(tags['modelgate:phase']).toBe('rolled-back');
    },
  );
});
