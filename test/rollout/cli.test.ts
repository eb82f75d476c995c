import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/io.js';
import { startSimulator, type SimulatorHandle } from '../../src/providers/local/index.js';
import { createSageMakerProvider } from '../../src/providers/sagemaker/index.js';
import { runDeployment } from '../../src/rollout/run-deployment.js';
import { TAG } from '../../src/rollout/tags.js';
import { waitSettled } from '../../src/rollout/wait.js';
import { loadSpecText } from '../../src/spec/load.js';
import { BASELINE_CONFIG } from './harness.js';
import { yamlSpec } from './sim-harness.js';
import { STRATEGIES } from './strategies.js';

function io(cwd: string, signal = new AbortController().signal) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd,
    env: {},
    signal,
    isTTY: false,
  };
  return { cli, out: () => out.join(''), err: () => err.join('') };
}

function workspace(scenario?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-cli-'));
  writeFileSync(join(dir, 'modelgate.yaml'), yamlSpec(STRATEGIES['canary (driven)']));
  if (scenario) writeFileSync(join(dir, 'scenario.yaml'), scenario);
  return dir;
}

describe('modelgate deploy --provider local', () => {
  it('promotes a healthy candidate with live progress, exit 0, and writes the JSON report', async () => {
    const dir = workspace('traffic: [{ endpoint: "*", rps: 40 }]\n');
    const t = io(dir);
    const code = await runCli(
      [
        'deploy',
        '--provider',
        'local',
        '--speed',
        '3000',
        '--scenario',
        'scenario.yaml',
        '--report-json',
        'report.json',
        '--deployment-id',
        'cli-1',
      ],
      t.cli,
    );
    expect(code, t.err()).toBe(0);
    const out = t.out();
    expect(out).toContain('simulator: fraud-prod serves the baseline model fraud-detector-baseline');
    expect(out).toMatch(/deploying fraud-detector to fraud-prod: canary \(driven\), 5 steps/);
    expect(out).toMatch(/step 2\/5: canary 10%/);
    expect(out).toContain('traffic baseline 90% / candidate 10% (verified)');
    expect(out).toMatch(/PROMOTED: fraud-prod-[0-9a-f]{8}-final/);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report).toMatchObject({
      schemaVersion: 1,
      deploymentId: 'cli-1',
      outcome: 'promoted',
      exitCode: 0,
    });
    expect(report.events.at(-1).type).toBe('done');
  });

  it('rolls back a regression with exit 1, saying why', async () => {
    const dir = workspace(`traffic: [{ endpoint: "*", rps: 40 }]
models:
  candidate: { errors: { rate5xx: 0.2 } }
`);
    const t = io(dir);
    const code = await runCli(
      ['deploy', 'modelgate.yaml', '--provider', 'local', '--speed', '3000', '--scenario', 'scenario.yaml'],
      t.cli,
    );
    expect(code, t.err()).toBe(1);
    expect(t.out()).toMatch(/ROLLING BACK \(gate-failed\): error_rate/);
    expect(t.out()).toContain('rolled back to fraud-prod-baseline, verified');
  });

  it('refuses bad options with exit 2 and a bad spec with exit 1 naming file and line', async () => {
    const dir = workspace();
    expect(await runCli(['deploy', '--speed', 'fast'], io(dir).cli)).toBe(2);
    expect(await runCli(['deploy', '--provider', 'sagemaker', '--scenario', 'x.yaml'], io(dir).cli)).toBe(2);
    expect(await runCli(['deploy', '--provider', 'azure'], io(dir).cli)).toBe(2);
    writeFileSync(join(dir, 'bad.yaml'), 'apiVersion: modelgate/v1\nmodel: {}\n');
    const t = io(dir);
    expect(await runCli(['deploy', 'bad.yaml', '--provider', 'local'], t.cli)).toBe(1);
    expect(t.err()).toMatch(/^bad\.yaml:\d+:\d+: /m);
    const d = io(dir);
    expect(await runCli(['deploy', '--provider', 'local', '--deployment-id', 'has spaces!'], d.cli)).toBe(1);
    expect(d.err()).toContain('--deployment-id');
  });
});

describe('modelgate deploy --provider sagemaker against `modelgate sim serve`', () => {
  it("follows the simulator's clock: ten minutes of bakes pass in real seconds", async () => {
    const sim = await startSimulator({ speed: 3000, scenario: { traffic: [{ endpoint: '*', rps: 40 }] } });
    try {
      await seedV41(sim);
      const dir = mkdtempSync(join(tmpdir(), 'mg-cli-'));
      const spec = yamlSpec({
        ...STRATEGIES['canary (driven)'],
        target: `  region: us-east-1\n  endpointUrl: ${sim.url}`,
      }).replace('provider: local', 'provider: sagemaker');
      writeFileSync(join(dir, 'modelgate.yaml'), spec);
      const t = io(dir);
      const real0 = performance.now();
      const code = await runCli(['deploy', '--report-json', 'report.json'], t.cli);
      const realMs = performance.now() - real0;
      expect(code, t.err()).toBe(0);
      expect(t.out()).toMatch(/simulator at http:\/\/\S+ \(speed ×\d+\): following its clock/);
      expect(t.out()).toMatch(/PROMOTED: fraud-prod-[0-9a-f]{8}-final/);
      const events = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).events as Array<{
        at: number;
      }>;
      // Two 5-minute bakes in simulated time; on the system clock this run would take over ten real minutes.
      expect(events.at(-1)!.at - events[0]!.at).toBeGreaterThanOrEqual(10 * 60_000);
      expect(realMs).toBeLessThan(60_000);
    } finally {
      await sim.stop();
    }
  });
});

/** Creates fraud-prod serving fraud-prod-v41 (model fraud-detector-v41) on `sim`, InService. */
async function seedV41(sim: SimulatorHandle) {
  const ports = createSageMakerProvider({
    region: 'us-east-1',
    endpointUrl: sim.url,
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
  });
  const e = ports.endpoints;
  await e.createModel(
    { name: 'fraud-detector-v41', image: 'i', artifact: 's3://m/v41.tar.gz', environment: {} },
    {},
  );
  await e.createEndpointConfig(BASELINE_CONFIG, {});
  await e.createEndpoint('fraud-prod', 'fraud-prod-v41', {});
  await waitSettled({ clock: sim.clock, endpoints: e, endpoint: 'fraud-prod', timeoutMs: 3_600_000 });
  return ports;
}

describe('modelgate rollback', () => {
  it('restores the config a promotion replaced, verified, from the endpoint tags', async () => {
    const sim = await startSimulator({ speed: 600, scenario: { traffic: [{ endpoint: '*', rps: 20 }] } });
    try {
      const ports = await seedV41(sim);
      const e = ports.endpoints;
      const spec = yamlSpec({
        strategy: STRATEGIES['canary (driven)'].strategy,
        gates: '  rules:\n    - { metric: error_rate, max: 0.05 }',
      });
      const r = await runDeployment({
        loaded: loadSpecText(spec, 'modelgate.yaml'),
        provider: ports,
        clock: sim.clock,
        deploymentId: 'p1',
      });
      expect(r.outcome, r.summary).toBe('promoted');

      const t = io(tmpdir());
      const code = await runCli(['rollback', '--endpoint', 'fraud-prod', '--endpoint-url', sim.url], t.cli);
      expect(code, t.err()).toBe(0);
      expect(t.out()).toContain('restored fraud-prod-v41 on fraud-prod, verified InService');
      const state = await e.describeEndpoint('fraud-prod');
      expect(state).toMatchObject({ status: 'InService', configName: 'fraud-prod-v41' });
      const tags = await e.readTags('fraud-prod');
      expect(tags[TAG.phase]).toBe('rolled-back');
      expect(tags[TAG.lastGoodConfig]).toBe('fraud-prod-v41');

      // Nothing recorded before that: refused, not guessed.
      const again = io(tmpdir());
      expect(
        await runCli(['rollback', '--endpoint', 'fraud-prod', '--endpoint-url', sim.url], again.cli),
      ).toBe(0);
      expect(again.out()).toContain('already serves fraud-prod-v41');
      expect(await runCli(['rollback', '--endpoint-url', sim.url], io(tmpdir()).cli)).toBe(2);
      const bad = io(tmpdir());
      const args = ['rollback', '--endpoint', 'fraud-prod', '--endpoint-url', sim.url, '--timeout'];
      expect(await runCli([...args, 'soon'], bad.cli)).toBe(2);
      expect(bad.err()).toContain('--timeout must be a duration such as 30m');
      expect(await runCli([...args, '20m'], io(tmpdir()).cli)).toBe(0);
      expect(await runCli([...args, '1200'], io(tmpdir()).cli)).toBe(0);
    } finally {
      await sim.stop();
    }
  });
});
