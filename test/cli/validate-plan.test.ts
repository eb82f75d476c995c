import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/io.js';
import type { Plan } from '../../src/plan/types.js';

function fakeIO(cwd = process.cwd()) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    cwd,
    env: {},
    signal: new AbortController().signal,
    isTTY: false,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

const dir = mkdtempSync(join(tmpdir(), 'modelgate-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BAD = `apiVersion: modelgate/v1
model: { name: fraud, artifact: s3://models/fraud.tar.gz, image: repo/fraud:1 }
target: { provider: local, endpoint: fraud-prod, instanceType: ml.m5.large }
strategy:
  type: canary
  steps:
    - { weight: 10, bake: 5m }
    - { weight: 50, bake: 5m }
gates: [{ metric: error_rate, max: 0.01 }]
extra: true
`;

describe('modelgate validate', () => {
  it('accepts each example and exits 0', async () => {
    for (const name of ['canary', 'shadow', 'rolling']) {
      const t = fakeIO();
      expect(await runCli(['validate', `examples/${name}.yaml`], t.io)).toBe(0);
      expect(t.stderr()).toBe('');
    }
    const t = fakeIO();
    await runCli(['validate', 'examples/canary.yaml'], t.io);
    expect(t.stdout()).toBe(
      'examples/canary.yaml: valid (canary, driven, 6 steps, expected 54m)\n' +
        'note: latency_p99-ratio, latency_p99-mann-whitney compare with the baseline and are not evaluated in steps where the baseline serves no traffic\n',
    );
  });

  it('prints every problem as file:line:col to stderr and exits 1', async () => {
    writeFileSync(join(dir, 'bad.yaml'), BAD);
    const t = fakeIO(dir);
    expect(await runCli(['validate', 'bad.yaml'], t.io)).toBe(1);
    expect(t.stdout()).toBe('');
    expect(t.stderr()).toBe(
      "bad.yaml:8:9: strategy.steps[1].weight: the last step's weight is 50: the rollout never reaches 100% (expected a final step { weight: 100 })\n" +
        'bad.yaml:10:1: extra: unknown field "extra" (expected one of apiVersion, model, checks, target, strategy, gates, rollback, policies)\n' +
        'bad.yaml: 2 problems\n',
    );
  });

  it('reads modelgate.yaml from the current folder by default', async () => {
    const here = mkdtempSync(join(dir, 'default-'));
    const t = fakeIO(here);
    expect(await runCli(['validate'], t.io)).toBe(1);
    expect(t.stderr()).toBe(
      'modelgate.yaml: no such file (expected a readable modelgate.yaml spec)\nmodelgate.yaml: 1 problem\n',
    );
    cpSync('examples/blue-green.yaml', join(here, 'modelgate.yaml'));
    const t2 = fakeIO(here);
    expect(await runCli(['validate'], t2.io)).toBe(0);
    expect(t2.stdout()).toMatch(/^modelgate.yaml: valid \(blue-green, native, 2 steps, expected 34m\)\n/);
  });

  it('exits 2 on usage errors', async () => {
    const t = fakeIO();
    expect(await runCli(['validate', 'a.yaml', 'b.yaml'], t.io)).toBe(2);
    expect(t.stderr()).toContain('expected one spec file, got 2: a.yaml b.yaml');
    const t2 = fakeIO();
    expect(await runCli(['validate', '--strict'], t2.io)).toBe(2);
    expect(t2.stderr()).toContain("Unknown option '--strict'");
    expect(t2.stderr()).toContain('Usage: modelgate validate [SPEC]');
  });

  it('has help', async () => {
    const t = fakeIO();
    expect(await runCli(['validate', '--help'], t.io)).toBe(0);
    expect(t.stdout()).toContain('Exit codes: 0 valid, 1 invalid, 2 usage error.');
  });
});

describe('modelgate plan', () => {
  it('prints the human plan: table, timeline, gates, duration and cost', async () => {
    const t = fakeIO();
    expect(await runCli(['plan', 'examples/canary.yaml'], t.io)).toBe(0);
    const out = t.stdout();
    expect(out).toContain('Plan: canary (driven) of fraud-detector to endpoint fraud-prod');
    expect(out).toMatch(
      /#\s+step\s+action\s+traffic b\/c\s+instances b\+c\s+update\s+bake\s+gates\s+pass \/ fail \/ inconclusive/,
    );
    expect(out).toMatch(
      /1\s+canary 10%\s+shift\s+90\/10\s+2\+1\s+1m\s+10m\s+4\s+next \/ rollback \/ rollback/,
    );
    expect(out).toContain('0:08  [██                  ]   10%  canary 10% · bake 10m');
    expect(out).toContain('latency_p99-ratio         latency_p99 ≤ 1.2 × baseline');
    expect(out).toContain('Duration: expected 54m, at most 1h14m with every bake extended');
    expect(out).toContain('Cost: 0.967 extra instance-hours × $0.115/h ≈ $0.11');
    expect(t.stderr()).toBe('');
  });

  it('--json prints the Plan object', async () => {
    const t = fakeIO();
    expect(await runCli(['plan', 'examples/rolling.yaml', '--json'], t.io)).toBe(0);
    const plan = JSON.parse(t.stdout()) as Plan;
    expect(plan.schemaVersion).toBe(1);
    expect(plan.strategy).toBe('rolling');
    expect(plan.steps).toHaveLength(4);
    expect(plan.steps[0].native?.policy).toBe('rolling');
    expect(Object.keys(plan)).toEqual([
      'schemaVersion',
      'strategy',
      'mode',
      'endpoint',
      'model',
      'variants',
      'candidateModel',
      'instanceCount',
      'gates',
      'autoRollback',
      'steps',
      'expectedDurationSeconds',
      'maxDurationSeconds',
      'cost',
      'notes',
    ]);
  });

  it('--json on an invalid spec prints nothing to stdout and exits 1', async () => {
    writeFileSync(join(dir, 'bad.yaml'), BAD);
    const t = fakeIO(dir);
    expect(await runCli(['plan', '--json', 'bad.yaml'], t.io)).toBe(1);
    expect(t.stdout()).toBe('');
    expect(t.stderr()).toContain('bad.yaml:10:1: extra: unknown field "extra"');
  });

  it('reads the spec relative to the current folder', async () => {
    const t = fakeIO(resolve('examples'));
    expect(await runCli(['plan', 'shadow.yaml'], t.io)).toBe(0);
    expect(t.stdout()).toContain('Plan: shadow (driven) of credit-limit');
  });

  it('exits 2 on an unknown option', async () => {
    const t = fakeIO();
    expect(await runCli(['plan', '--yaml'], t.io)).toBe(2);
    expect(t.stderr()).toContain('Usage: modelgate plan [SPEC] [--json]');
  });

  it('is listed in the help', async () => {
    const t = fakeIO();
    await runCli(['--help'], t.io);
    expect(t.stdout()).toMatch(/validate\s+Check a deployment spec/);
    expect(t.stdout()).toMatch(/plan\s+Show the rollout a spec describes/);
  });
});
