import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as tar from 'tar-stream';
import { loadSpecText } from '../../src/spec/load.js';
import type { LoadedSpec } from '../../src/spec/types.js';
import type { CliIO } from '../../src/cli/io.js';

/** A temporary workspace folder; `write` creates files (and folders) inside it. */
export function tempWorkspace(prefix = 'modelgate-checks-') {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  return {
    dir,
    path: (name: string) => join(dir, name),
    write(name: string, content: string | Uint8Array): string {
      const full = join(dir, name);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
      return full;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export const IMAGE = '763104351884.dkr.ecr.us-east-1.amazonaws.com/xgboost-inference:1.7-1';

/** A valid spec around the given `model:` and `checks:` YAML blocks (indented by two). */
export function specYaml(model: string, checks = ''): string {
  return [
    'apiVersion: modelgate/v1',
    'model:',
    '  name: fraud-detector',
    model,
    ...(checks ? ['checks:', checks] : []),
    'target:',
    '  provider: sagemaker',
    '  region: us-east-1',
    '  endpoint: fraud-staging',
    '  environment: staging',
    '  instanceType: ml.m5.large',
    'strategy:',
    '  type: all-at-once',
    '  bake: 10m',
    'gates:',
    '  - { metric: error_rate, max: 0.02 }',
    '',
  ].join('\n');
}

/** Loads spec text as if it were `modelgate.yaml` in `dir`. */
export function loadSpec(dir: string, yaml: string): LoadedSpec {
  return loadSpecText(yaml, 'modelgate.yaml', dir);
}

/** A gzip-compressed tar holding the given files (name → content). */
export async function tarGz(
  files: Record<string, string>,
  extra: Array<Partial<tar.Header> & { name: string }> = [],
): Promise<Buffer> {
  return gzipSync(await tarBytes(files, extra));
}

export async function tarBytes(
  files: Record<string, string>,
  extra: Array<Partial<tar.Header> & { name: string }> = [],
): Promise<Buffer> {
  const pack = tar.pack();
  for (const [name, content] of Object.entries(files)) pack.entry({ name }, content);
  for (const header of extra) pack.entry(header);
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const c of pack) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** An in-memory CliIO recording what a command prints. */
export function memoryIO(cwd: string, env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    cwd,
    env,
    signal: new AbortController().signal,
    isTTY: false,
  };
  return { io, out: () => stdout, err: () => stderr };
}
