import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { startSimulator, type Scenario, type SimulatorHandle } from '../../src/providers/local/index.js';
import { createSageMakerProvider } from '../../src/providers/sagemaker/index.js';
import type { RolloutPorts } from '../../src/rollout/ports.js';
import { waitSettled } from '../../src/rollout/wait.js';
import { run, type RunOptions } from '../../action/main.js';
import { webhookExamples } from '../github/helpers.js';

export { webhookExamples };

export const TOKEN = 'ghs_modelgateActionToken0123456789abcdef';
export const API = 'https://api.github.com';
/** The repository of @octokit/webhooks-examples' pull_request, push and issue_comment payloads. */
export const REPO = { owner: 'Codertocat', repo: 'Hello-World' };
export const ENDPOINT = 'fraud-prod';
/** A real model.tar.gz (xgboost-model, code/inference.py), the same one the local-action workspace uses. */
export const FIXTURES = new URL('../fixtures/action/', import.meta.url);
export const ARTIFACT = readFileSync(new URL('workspace/model.tar.gz', FIXTURES));
export const ARTIFACT_SHA = createHash('sha256').update(ARTIFACT).digest('hex');
/** Where the spec's artifact lives in the S3 stand-in (path style). */
export const ARTIFACT_KEY = '/acme-models/fraud/v42/model.tar.gz';

export interface SpecOptions {
  strategy?: string;
  policies?: string[];
  extraTop?: string;
  provider?: 'local' | 'sagemaker';
}

/** A spec the built-in baseline pack allows: artifact pinned by hash, image allow-listed, rollback on. */
export function specYaml(o: SpecOptions = {}): string {
  return `apiVersion: modelgate/v1
model:
  name: fraud-detector-v42
  artifact: s3://acme-models/fraud/v42/model.tar.gz
  sha256: ${ARTIFACT_SHA}
  image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/xgboost:1.7-1
checks:
  artifact:
    requiredFiles: [xgboost-model, code/inference.py]
    imageAllowList: ['123456789012.dkr.ecr.*.amazonaws.com/*']
target:
  provider: ${o.provider ?? 'local'}
  region: us-east-1
  endpoint: ${ENDPOINT}
  environment: production
  instanceType: ml.m5.large
  instanceCount: 2
strategy:
${
  o.strategy ??
  `  type: canary
  mode: driven
  steps:
    - { weight: 10, bake: 5m }
    - { weight: 100 }`
}
gates:
  minInvocations: 100
  maxExtension: 3m
  rules:
    - { metric: error_rate, max: 0.02 }
    - { metric: latency_p99, maxRatioToBaseline: 1.5 }
rollback:
  stepTimeout: 20m
policies: [${(o.policies ?? ['builtin:baseline']).join(', ')}]
${o.extraTop ?? ''}`;
}

/** A checkout: modelgate.yaml, the artifact it pins and any extra files. */
export function makeWorkspace(spec = specYaml(), files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-action-ws-'));
  writeFileSync(join(dir, 'modelgate.yaml'), spec);
  writeFileSync(join(dir, 'model.tar.gz'), ARTIFACT);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

export interface RunnerFiles {
  dir: string;
  output: string;
  summary: string;
  event: string;
  temp: string;
}

// @actions/core caches the summary file's path at its first write, so every run in one test process
// shares one file (truncated for each run).
const SUMMARY = join(mkdtempSync(join(tmpdir(), 'mg-action-summary-')), 'summary.md');

/** The files the runner gives a step: GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, the event payload, RUNNER_TEMP. */
export function runnerFiles(payload: unknown): RunnerFiles {
  const dir = mkdtempSync(join(tmpdir(), 'mg-action-runner-'));
  const f = {
    dir,
    output: join(dir, 'output'),
    summary: SUMMARY,
    event: join(dir, 'event.json'),
    temp: join(dir, 'temp'),
  };
  writeFileSync(f.output, '');
  writeFileSync(f.summary, '');
  writeFileSync(f.event, JSON.stringify(payload));
  mkdirSync(f.temp);
  return f;
}

/**
 * The environment the runner sets for a step: INPUT_<NAME> (upper case, hyphens kept) for each
 * `with:` value, the GITHUB_* variables and the file commands.
 */
export function runnerEnv(o: {
  event: string;
  files: RunnerFiles;
  workspace: string;
  inputs?: Record<string, string>;
  sha?: string;
  ref?: string;
  actor?: string;
  repository?: string;
  apiUrl?: string;
  /** The S3 stand-in the artifact check reads (AWS_ENDPOINT_URL_S3), with placeholder keys. */
  s3?: string;
}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.event,
    GITHUB_EVENT_PATH: o.files.event,
    GITHUB_OUTPUT: o.files.output,
    GITHUB_STEP_SUMMARY: o.files.summary,
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_REPOSITORY: o.repository ?? `${REPO.owner}/${REPO.repo}`,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: o.apiUrl ?? API,
    GITHUB_WORKFLOW_REF: `${REPO.owner}/${REPO.repo}/.github/workflows/modelgate.yml@refs/heads/master`,
    GITHUB_ACTOR: o.actor ?? 'Codertocat',
    GITHUB_SHA: o.sha ?? '6113728f27ae82c7b1a177c8d03f9e96e0adf246',
    GITHUB_REF: o.ref ?? 'refs/heads/master',
    RUNNER_TEMP: o.files.temp,
    INPUT_SPEC: 'modelgate.yaml',
    'INPUT_GITHUB-TOKEN': TOKEN,
    INPUT_MODE: 'auto',
    INPUT_COMMENT: 'true',
  };
  if (o.s3)
    Object.assign(env, {
      AWS_ENDPOINT_URL_S3: o.s3,
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
    });
  for (const [k, v] of Object.entries(o.inputs ?? {})) env[`INPUT_${k.toUpperCase()}`] = v;
  return env;
}

/** Parses GITHUB_OUTPUT (`name<<delimiter` … `delimiter` blocks). */
export function readOutputs(file: string): Record<string, string> {
  const text = readFileSync(file, 'utf8');
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1]] = m[3];
  return out;
}

export interface Captured {
  stdout: string;
  restore(): void;
}

/** Captures what the action prints (log lines and workflow commands such as ::error file=…). */
export function captureStdout(): Captured {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  });
  return {
    get stdout() {
      return chunks.join('');
    },
    restore: () => spy.mockRestore(),
  };
}

/** Replaces process.env for one run (@actions/core reads it directly), then restores it. */
export async function withEnv<T>(env: NodeJS.ProcessEnv, fn: () => Promise<T>): Promise<T> {
  const saved = { ...process.env };
  for (const k of Object.keys(process.env)) {
    if (k.startsWith('INPUT_') || k.startsWith('GITHUB_') || k.startsWith('RUNNER_') || k.startsWith('AWS_'))
      delete process.env[k];
  }
  Object.assign(process.env, env);
  try {
    return await fn();
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
    process.exitCode = undefined;
  }
}

export interface Sim {
  sim: SimulatorHandle;
  ports: RolloutPorts;
  stop(): Promise<void>;
}

/** The simulator at `speed` simulated seconds per real second, as `modelgate sim serve` runs it. */
export async function startSim(scenario: Scenario = {}, speed = 1500): Promise<Sim> {
  const sim = await startSimulator({
    scenario: { traffic: [{ endpoint: '*', rps: 40 }], ...scenario },
    speed,
    seed: 7,
  });
  const ports = createSageMakerProvider({
    region: 'us-east-1',
    endpointUrl: sim.url,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  return { sim, ports, stop: () => sim.stop() };
}

/** The production model before the candidate: fraud-detector-v41 serving AllTraffic on fraud-prod. */
export async function seedBaseline(s: Sim): Promise<void> {
  const { endpoints } = s.ports;
  await endpoints.createModel(
    {
      name: 'fraud-detector-v41',
      image: 'img:41',
      artifact: 's3://models/fraud/v41/model.tar.gz',
      environment: {},
    },
    {},
  );
  await endpoints.createEndpointConfig(
    {
      name: `${ENDPOINT}-v41`,
      production: [
        {
          name: 'AllTraffic',
          model: 'fraud-detector-v41',
          instanceType: 'ml.m5.large',
          instanceCount: 2,
          weight: 1,
        },
      ],
      shadow: [],
    },
    {},
  );
  await endpoints.createEndpoint(ENDPOINT, `${ENDPOINT}-v41`, {});
  const state = await waitSettled({
    clock: s.sim.clock,
    endpoints,
    endpoint: ENDPOINT,
    timeoutMs: 3_600_000,
  });
  if (state?.status !== 'InService') throw new Error(`baseline did not come up: ${state?.status}`);
}

export function cleanup(...dirs: string[]): void {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}

export interface ActionRun {
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
  /** process.exitCode after the run: 1 when core.setFailed was called. */
  exitCode: number | undefined;
}

/** Runs the action in this process as the runner would run dist/index.js, with `env` as its environment. */
export async function runAction(env: NodeJS.ProcessEnv, options: RunOptions = {}): Promise<ActionRun> {
  const cap = captureStdout();
  let exitCode: number | undefined;
  try {
    await withEnv(env, async () => {
      await run({ retryAfterBaseMs: 1, ...options });
      exitCode = typeof process.exitCode === 'number' ? process.exitCode : undefined;
    });
  } finally {
    cap.restore();
  }
  return {
    outputs: readOutputs(env.GITHUB_OUTPUT as string),
    summary: readFileSync(env.GITHUB_STEP_SUMMARY as string, 'utf8'),
    stdout: cap.stdout,
    exitCode,
  };
}
