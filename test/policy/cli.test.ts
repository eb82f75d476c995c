import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';
import type { ArtifactFacts } from '../../src/checks/types.js';

const FIX = 'test/fixtures/policy';
const SPEC = `${FIX}/project/modelgate.yaml`;
const WEDNESDAY = '2026-03-04T10:30:00Z';
const FRIDAY_EVENING = '2026-03-06T16:30:00Z'; // 17:30 in Berlin

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: process.cwd(),
    env,
    signal: new AbortController().signal,
    isTTY: false,
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'modelgate-policy-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('modelgate policy eval', () => {
  it('prints every decision with its rule, severity, message and the facts it reads; exit 0 when allowed', async () => {
    const r = await cli(['policy', 'eval', SPEC, '--now', WEDNESDAY]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Policies for fraud-prod (production): 5 rules from builtin:baseline, policies',
    );
    expect(r.stdout).toContain('  ok allow   baseline.artifact-hash ');
    expect(r.stdout).toContain(
      '       model.sha256 pins the artifact (the artifact check did not run to compare it)',
    );
    expect(r.stdout).toContain(
      '       reads: spec.model.sha256, artifact.sha256Matches, spec.model.artifact, artifact.sha256Actual',
    );
    expect(r.stdout).toContain(`       rule: ${FIX}/project/policies/deploy-window.yaml:3:9`);
    expect(r.stdout).toContain('       it is Wednesday 11:00 in Berlin');
    expect(r.stdout).toMatch(/ALLOWED: 5 rules — 5 allow, 0 deny, 0 error, 0 warn, 0 waived, 0 skipped\n$/);
  });

  it('exits 1 when a deny stands', async () => {
    const r = await cli(['policy', 'eval', SPEC, '--now', FRIDAY_EVENING]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      / {2}XX deny {4}team\.no-friday-evening +\[deny, waivable\]\n {7}it is Friday 17:00 in Berlin\n/,
    );
    expect(r.stdout).toContain('DENIED: 5 rules — 4 allow, 1 deny');
  });

  it('a waiver label or --waive turns the deny into a reported exception', async () => {
    const label = await cli([
      'policy',
      'eval',
      SPEC,
      '--now',
      FRIDAY_EVENING,
      '--label',
      'modelgate-waive:team.no-friday-evening',
    ]);
    expect(label.code).toBe(0);
    expect(label.stdout).toContain('  ~~ waived  team.no-friday-evening');
    expect(label.stdout).toContain(
      'waiver (label): applied; reason: pull-request label "modelgate-waive:team.no-friday-evening"',
    );

    const input = await cli(
      ['policy', 'eval', SPEC, '--now', FRIDAY_EVENING, '--waive', 'team.no-friday-evening=INC-7 hotfix'],
      {
        USER: 'alice',
      },
    );
    expect(input.code).toBe(0);
    expect(input.stdout).toContain('waived (INC-7 hotfix, by alice)');
    expect(input.stdout).toContain('waiver (input, by alice): applied; reason: INC-7 hotfix');

    const unknown = await cli(['policy', 'eval', SPEC, '--now', WEDNESDAY, '--waive', 'team.nope=because']);
    expect(unknown.stdout).toContain(
      'Waivers not used:\n  team.nope (input): unknown-rule — no loaded rule has the id "team.nope"',
    );
  });

  it('refuses a waiver without a reason (usage error)', async () => {
    const r = await cli(['policy', 'eval', SPEC, '--waive', 'team.no-friday-evening']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--waive needs RULE-ID=REASON (a reason is required)');
  });

  it('--json prints the decisions and the facts; --checks and GitHub facts feed them', async () => {
    const artifact: ArtifactFacts = {
      passed: false,
      problems: ['sha256 mismatch'],
      uri: 's3://acme-ml-models/fraud-detector/v42/model.tar.gz',
      location: 's3',
      sha256Expected: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      sha256Actual: '0000000000000000000000000000000000000000000000000000000000000000',
      sha256Source: 's3-checksum',
      sha256Matches: false,
      sizeBytes: 10,
      minSizeBytes: null,
      maxSizeBytes: null,
      sizeWithinBounds: null,
      files: null,
      requiredFiles: [],
      missingFiles: [],
      metadata: null,
      image: { uri: 'x', allowListed: true, matchedPattern: null, allowList: [] },
      registry: null,
    };
    const checks = join(tmp, 'checks.json');
    writeFileSync(checks, JSON.stringify({ artifact, data: null, evaluation: null }));
    const event = join(tmp, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: {
          number: 7,
          labels: [{ name: 'ml' }],
          base: { ref: 'main', repo: { full_name: 'acme/fraud' } },
          head: { ref: 'patch-1', sha: 'abc', repo: { full_name: 'mallory/fraud', fork: true } },
        },
      }),
    );
    const r = await cli(['policy', 'eval', SPEC, '--json', '--now', WEDNESDAY, '--checks', checks], {
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'acme/fraud',
    });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.denied).toBe(true);
    expect(out.decisions[0]).toMatchObject({
      ruleId: 'baseline.artifact-hash',
      decision: 'deny',
      severity: 'deny',
      reads: ['spec.model.sha256', 'artifact.sha256Matches', 'spec.model.artifact', 'artifact.sha256Actual'],
      location: { file: 'builtin:baseline/baseline.yaml', line: 5, column: 9 },
    });
    expect(out.decisions[0].message).toMatch(/^the artifact's sha256 0{64} does not match model\.sha256/);
    expect(out.facts.artifact.sha256Matches).toBe(false);
    expect(out.facts.data).toBeNull();
    expect(out.facts.git).toMatchObject({
      event: 'pull_request',
      isFork: true,
      labels: ['ml'],
      pullRequest: 7,
    });
    expect(out.facts.now.weekday).toBe('Wednesday');
  });

  it('reports broken policies with file, line and column, and exits 1', async () => {
    const r = await cli(['policy', 'eval', `${FIX}/broken-spec/modelgate.yaml`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      [
        `${FIX}/broken/second.yaml:5:9: id: duplicate rule id "shared.rule" (also defined at ${FIX}/broken/first.yaml:2:9) (expected rule ids unique across every loaded policy file)`,
        'policies: 1 problem',
        '',
      ].join('\n'),
    );
  });

  it('points at the spec line of a policy path that does not exist', async () => {
    const spec = join(tmp, 'modelgate.yaml');
    writeFileSync(
      spec,
      readFileSync(SPEC, 'utf8').replace(
        'policies: [builtin:baseline, policies]',
        'policies:\n  - builtin:baseline\n  - nowhere\n',
      ),
    );
    const r = await cli(['policy', 'eval', spec]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(`^${spec}:35:5: policies\\[1\\]: policy path "nowhere" does not exist`),
    );
  });

  it('refuses a --now that is not a time', async () => {
    const r = await cli(['policy', 'eval', SPEC, '--now', 'soon']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--now: "soon" is not an ISO 8601 time');
  });
});

describe('modelgate policy test', () => {
  it('runs the cases beside the policies and ends with N passed, M failed', async () => {
    const r = await cli(['policy', 'test', `${FIX}/project`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        `${FIX}/project/policies/deploy-window.test.yaml`,
        '  PASS  Wednesday morning is fine',
        '  PASS  Friday 17:30 in Berlin is denied',
        '  PASS  Friday 15:30 in Berlin is fine',
        '  PASS  staging may deploy any time',
        '  PASS  a linear rollout only warns',
        '',
        '5 passed, 0 failed',
        '',
      ].join('\n'),
    );
  });

  it('shows what differed and exits 1 when a case fails', async () => {
    const r = await cli(['policy', 'test', `${FIX}/failing/rules.test.yaml`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  PASS  two instances are allowed');
    expect(r.stdout).toContain(
      '  FAIL  this expectation is wrong on purpose\n        demo.small-fleet: expected allow, got deny — the fleet has 8 instances',
    );
    expect(r.stdout).toContain(
      '  FAIL  a rule that does not exist\n        demo.small-flet: no such rule is loaded (did you mean "demo.small-fleet"?)',
    );
    expect(r.stdout).toMatch(/\n1 passed, 2 failed\n$/);
  });

  it('--builtin runs every built-in pack', async () => {
    const r = await cli(['policy', 'test', '--builtin']);
    expect(r.code).toBe(0);
    for (const pack of ['baseline', 'production', 'regulated', 'cost-guard']) {
      expect(r.stdout).toContain(`builtin:${pack}/${pack}.test.yaml\n`);
    }
    expect(r.stdout).toMatch(/\n\d+ passed, 0 failed\n$/);
  });

  it('fails on a path without tests', async () => {
    const r = await cli(['policy', 'test', `${FIX}/broken`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no *.test.yaml files');
    expect((await cli(['policy', 'test', 'nowhere'])).stderr).toContain('nowhere: no such file or folder');
  });
});
