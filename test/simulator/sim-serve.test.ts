import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListEndpointsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { describe as group, expect, test } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';
import { clientConfig } from './helpers.js';

function io(signal: AbortSignal) {
  let out = '';
  let err = '';
  const value: CliIO = {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    cwd: process.cwd(),
    env: {},
    signal,
    isTTY: false,
  };
  return { io: value, out: () => out, err: () => err };
}

async function until(cond: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

group('modelgate sim serve', () => {
  test('prints the URL, serves the real SDK, stops on the abort signal', async () => {
    const ac = new AbortController();
    const t = io(ac.signal);
    const dir = mkdtempSync(join(tmpdir(), 'mg-serve-'));
    const exit = runCli(
      [
        'sim',
        'serve',
        '--port',
        '0',
        '--speed',
        '60',
        '--seed',
        '5',
        '--scenario',
        'examples/scenarios/healthy.yaml',
        '--data-dir',
        dir,
      ],
      t.io,
    );
    await until(() => t.out().includes('listening on'));
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(t.out())![1];
    expect(t.out()).toMatch(/seed: +5/);
    expect(t.out()).toContain(join('examples', 'scenarios', 'healthy.yaml'));
    const sm = new SageMakerClient(clientConfig(url));
    expect((await sm.send(new ListEndpointsCommand({}))).Endpoints).toEqual([]);
    sm.destroy();
    ac.abort();
    expect(await exit).toBe(0);
    expect(t.out()).toContain('modelgate simulator stopped.');
    expect(t.err()).toBe('');
    expect(t.out()).toContain(`data dir:  ${dir}`);
    rmSync(dir, { recursive: true, force: true });
  });

  test('a bad scenario exits 1 naming file and line; bad options exit 2', async () => {
    const ac = new AbortController();
    const bad = io(ac.signal);
    expect(
      await runCli(
        ['sim', 'serve', '--port', '0', '--scenario', 'test/fixtures/simulator/bad-fields.yaml'],
        bad.io,
      ),
    ).toBe(1);
    expect(bad.err()).toMatch(/bad-fields\.yaml:9:5: models\.candidate\.colour: unknown field "colour"/);
    const usage = io(ac.signal);
    expect(await runCli(['sim', 'serve', '--speed', 'fast'], usage.io)).toBe(2);
    expect(usage.err()).toMatch(/--speed must be a positive number/);
    expect(await runCli(['sim', 'serve', '--port', '99999'], io(ac.signal).io)).toBe(2);
    const help = io(ac.signal);
    expect(await runCli(['sim', 'serve', '--help'], help.io)).toBe(0);
    expect(help.out()).toMatch(/^Usage: modelgate sim serve/);
  });

  test('a port already in use is a clear error', async () => {
    const ac = new AbortController();
    const first = io(ac.signal);
    const dir = mkdtempSync(join(tmpdir(), 'mg-serve-'));
    const running = runCli(['sim', 'serve', '--port', '0', '--data-dir', dir], first.io);
    await until(() => first.out().includes('listening on'));
    const port = /127\.0\.0\.1:(\d+)/.exec(first.out())![1];
    const second = io(new AbortController().signal);
    expect(await runCli(['sim', 'serve', '--port', port], second.io)).toBe(1);
    expect(second.err()).toMatch(new RegExp(`port ${port} on 127.0.0.1 is already in use`));
    ac.abort();
    expect(await running).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });
});
