import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { SageMakerClient, type ProductionVariant } from '@aws-sdk/client-sagemaker';
import { SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import {
  startSimulator,
  type Scenario,
  type SimulatorHandle,
  type StartSimulatorOptions,
} from '../../src/providers/local/index.js';

export const START = Date.UTC(2025, 0, 6, 12, 0, 0);
export const MINUTE = 60_000;

/** Fast lifecycle durations for tests (simulated ms). */
export const FAST = {
  createEndpoint: 60_000,
  provisionFleet: 60_000,
  terminateFleet: 10_000,
  updateWeights: 10_000,
  scaleInstances: 30_000,
  deleteEndpoint: 10_000,
};

export interface Harness {
  sim: SimulatorHandle;
  sm: SageMakerClient;
  cw: CloudWatchClient;
  rt: SageMakerRuntimeClient;
  stop(): Promise<void>;
}

export function clientConfig(url: string) {
  return {
    endpoint: url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test-secret' },
    maxAttempts: 1,
  };
}

/** A simulator on a manual clock (deterministic), with the three real SDK clients pointed at it. */
export async function harness(
  options: StartSimulatorOptions & { scenario?: Scenario | string } = {},
): Promise<Harness> {
  const sim = await startSimulator({ manual: true, start: START, durations: FAST, seed: 7, ...options });
  const cfg = clientConfig(sim.url);
  const sm = new SageMakerClient(cfg);
  const cw = new CloudWatchClient(cfg);
  const rt = new SageMakerRuntimeClient(cfg);
  return {
    sim,
    sm,
    cw,
    rt,
    async stop() {
      sm.destroy();
      cw.destroy();
      rt.destroy();
      await sim.stop();
      if (sim.internalErrors.length)
        throw new Error(`simulator internal errors: ${sim.internalErrors.map(String).join('\n')}`);
    },
  };
}

export function variant(name: string, model: string, weight = 1, count = 1): ProductionVariant {
  return {
    VariantName: name,
    ModelName: model,
    InitialInstanceCount: count,
    InstanceType: 'ml.m5.large',
    InitialVariantWeight: weight,
  };
}

export const IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/xgboost:1.7-1';
export const ROLE = 'arn:aws:iam::123456789012:role/SageMakerRole';

/** Captures the error a promise rejects with (fails when it resolves). */
export type CaughtError = Error & {
  name: string;
  $metadata?: { httpStatusCode?: number };
  [member: string]: unknown;
};

export async function errorOf(p: Promise<unknown>): Promise<CaughtError> {
  try {
    await p;
  } catch (e) {
    return e as CaughtError;
  }
  throw new Error('expected the call to fail, it succeeded');
}
