import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { captureRoot } from '../../src/providers/local/data-capture.js';
import {
  createSimClock,
  startSimulator,
  type Scenario,
  type SimulatorHandle,
} from '../../src/providers/local/index.js';
import { Stepper } from './stepper.js';
import { BASELINE_CONFIG } from './harness.js';
import { createSageMakerProvider, LocalCaptureReader } from '../../src/providers/sagemaker/index.js';
import type { RolloutPorts } from '../../src/rollout/ports.js';
import {
  runDeployment,
  type DeploymentResult,
  type RunDeploymentOptions,
} from '../../src/rollout/run-deployment.js';
import { waitSettled } from '../../src/rollout/wait.js';
import { loadSpecText } from '../../src/spec/load.js';
import type { RolloutEvent } from '../../src/rollout/events.js';

export const SIM_START = Date.UTC(2026, 10, 24, 12, 0, 0);

export interface SimEnv {
  sim: SimulatorHandle;
  stepper: Stepper;
  ports: RolloutPorts;
  /** Logical API calls by operation, counted with SDK middleware. */
  calls: string[];
  /** HTTP attempts (retries included) that failed, by error name. */
  failedAttempts: string[];
  stop(): Promise<void>;
}

/**
 * The simulator on a manual clock moved by a Stepper (time passes only while the engines sleep), with
 * the real SDK clients of the SageMaker provider pointed at it.
 */
export async function startSim(
  scenario: Scenario = {},
  client: { retryMode?: 'standard' | 'adaptive'; maxAttempts?: number } = {},
): Promise<SimEnv> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mg-rollout-'));
  const clock = createSimClock({ manual: true, start: SIM_START });
  const sim = await startSimulator({ scenario, clock, seed: 7, dataDir });
  const stepper = new Stepper(clock, (ms) => sim.advance(ms));
  const calls: string[] = [];
  const failedAttempts: string[] = [];
  const ports = createSageMakerProvider({
    region: 'us-east-1',
    endpointUrl: sim.url,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    capture: new LocalCaptureReader((d) => captureRoot(d, dataDir)),
    maxAttempts: 10,
    ...client,
    onCall: (_s, op) => calls.push(op),
    onAttempt: (_s, op, err) => err && failedAttempts.push(`${op}:${err}`),
  });
  return { sim, stepper, ports, calls, failedAttempts, stop: () => sim.stop() };
}

export function yamlSpec(o: {
  model?: string;
  sha?: string;
  strategy: string;
  gates?: string;
  rollback?: string;
  target?: string;
}): string {
  return `apiVersion: modelgate/v1
model:
  name: ${o.model ?? 'fraud-detector'}
  artifact: s3://models/fraud/v42/model.tar.gz
  sha256: ${o.sha ?? '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'}
  image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/xgboost:1.7-1
target:
  provider: local
  endpoint: fraud-prod
  instanceType: ml.m5.large
  instanceCount: 2
${o.target ?? ''}
strategy:
${o.strategy}
gates:
${
  o.gates ??
  `  minInvocations: 100
  maxExtension: 3m
  rules:
    - { metric: error_rate, max: 0.02 }
    - { metric: error_rate, test: fisher, alpha: 0.01 }
    - { metric: latency_p99, maxRatioToBaseline: 1.5 }`
}
rollback:
${o.rollback ?? '  stepTimeout: 20m'}
`;
}

/** Creates the baseline endpoint (model fraud-detector-v41, variant AllTraffic) and waits for InService. */
export async function seedBaseline(env: SimEnv, endpoint = 'fraud-prod'): Promise<void> {
  const { endpoints } = env.ports;
  await endpoints.createModel(
    {
      name: 'fraud-detector-v41',
      image: 'img:41',
      artifact: 's3://models/fraud/v41/model.tar.gz',
      environment: {},
    },
    {},
  );
  await endpoints.createEndpointConfig({ ...BASELINE_CONFIG, name: `${endpoint}-v41` }, {});
  await endpoints.createEndpoint(endpoint, `${endpoint}-v41`, {});
  const clock = env.stepper.clock();
  const [s] = await env.stepper.run(
    waitSettled({ clock, endpoints, endpoint, timeoutMs: 3_600_000 }).finally(() => clock.finish()),
  );
  if (s?.status !== 'InService') throw new Error(`baseline did not come up: ${s?.status}`);
}

/** Starts a deployment on the stepper's clock; drive it with env.stepper.run(...). */
export function startDeploy(
  env: SimEnv,
  yaml: string,
  o: Partial<RunDeploymentOptions> = {},
): Promise<DeploymentResult> {
  const clock = env.stepper.clock();
  return runDeployment({
    loaded: loadSpecText(yaml, 'modelgate.yaml'),
    provider: env.ports,
    clock,
    deploymentId: 'd1',
    tuning: { lockSettleSeconds: 2 },
    random: () => 0.5,
    ...o,
  }).finally(() => clock.finish());
}

export async function simDeploy(
  env: SimEnv,
  yaml: string,
  o: Partial<RunDeploymentOptions> = {},
): Promise<DeploymentResult> {
  const [r] = await env.stepper.run(startDeploy(env, yaml, o));
  return r;
}

export function ofType<T extends RolloutEvent['type']>(
  events: RolloutEvent[],
  type: T,
): Extract<RolloutEvent, { type: T }>[] {
  return events.filter((e): e is Extract<RolloutEvent, { type: T }> => e.type === type);
}

/**
 * Asserts that every step of a promoted rollout, ending with the post-promotion watch, judged real
 * candidate traffic: some gate evaluation of each step counted at least `minInvocations` candidate
 * invocations, and the watch passed without ever finding the variant it reads empty.
 */
export function expectGatesSawCandidateThroughWatch(r: DeploymentResult, minInvocations = 100): void {
  const steps = ofType(r.events, 'step-started').map((e) => e.step);
  expect(steps.at(-1)?.action, 'the last step').toBe('watch');
  const evaluated = ofType(r.events, 'gate-evaluated');
  for (const step of steps) {
    const samples = evaluated
      .filter((e) => e.stepIndex === step.index && e.result.evidence.samples)
      .map((e) => e.result.evidence.samples!.candidate);
    expect(samples.length, `gate evaluations of step ${step.name}`).toBeGreaterThan(0);
    expect(Math.max(...samples), `candidate invocations in step ${step.name}`).toBeGreaterThanOrEqual(
      minInvocations,
    );
  }
  const watch = steps.at(-1)!;
  const watchResults = evaluated.filter((e) => e.stepIndex === watch.index).map((e) => e.result);
  expect(watchResults.filter((g) => g.status === 'pass').length).toBeGreaterThan(0);
  expect(watchResults.some((g) => g.summary.includes('too few invocations (0 <'))).toBe(false);
}
