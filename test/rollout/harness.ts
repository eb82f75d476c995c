import { createSimClock, type SimClock } from '../../src/providers/local/sim-clock.js';
import type { RolloutEvent } from '../../src/rollout/events.js';
import {
  runDeployment,
  type DeploymentResult,
  type RunDeploymentOptions,
} from '../../src/rollout/run-deployment.js';
import { loadSpecText } from '../../src/spec/load.js';
import type { EndpointConfigDefinition } from '../../src/rollout/ports.js';
import { FakeCloud } from './fake-cloud.js';

export const START = Date.UTC(2026, 10, 24, 12, 0, 0);

export function specYaml(strategy: string, extra = ''): string {
  return `apiVersion: modelgate/v1
model:
  name: fraud-detector
  artifact: s3://models/fraud/v42/model.tar.gz
  sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
  image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/xgboost:1.7-1
target:
  provider: local
  endpoint: fraud-prod
  instanceType: ml.m5.large
  instanceCount: 2
strategy:
${strategy}
gates:
  minInvocations: 100
  maxExtension: 2m
  rules:
    - { metric: error_rate, max: 0.01 }
    - { metric: error_rate, test: fisher }
${extra}`;
}

export const CANARY = `  type: canary
  mode: driven
  steps:
    - { weight: 10, bake: 5m }
    - { weight: 50, bake: 5m }
    - { weight: 100 }`;

export const BASELINE_CONFIG: EndpointConfigDefinition = {
  name: 'fraud-prod-v41',
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
};

/** A fake cloud with the baseline endpoint in service, on a manual clock. */
export function setup(opts: { seed?: boolean } = {}) {
  const clock = createSimClock({ manual: true, start: START });
  const cloud = new FakeCloud(clock);
  if (opts.seed !== false) cloud.seed('fraud-prod', BASELINE_CONFIG);
  return { clock, cloud };
}

/** Advances the manual clock until the promise settles. */
export async function drive<T>(clock: SimClock, p: Promise<T>, stepMs = 1000): Promise<T> {
  let done = false;
  const settled = p.finally(() => (done = true));
  settled.catch(() => {});
  for (let i = 0; !done && i < 1_000_000; i++) await clock.advance(stepMs);
  return p;
}

export async function deploy(
  clock: SimClock,
  cloud: FakeCloud,
  yaml: string,
  o: Partial<RunDeploymentOptions> = {},
): Promise<DeploymentResult & { types: string[] }> {
  const loaded = loadSpecText(yaml, 'modelgate.yaml');
  const r = await drive(
    clock,
    runDeployment({
      loaded,
      provider: cloud.ports(),
      clock,
      deploymentId: 'd1',
      random: () => 0.5,
      tuning: { lockSettleSeconds: 1 },
      ...o,
    }),
  );
  return { ...r, types: r.events.map((e) => e.type) };
}

export function ofType<T extends RolloutEvent['type']>(
  events: RolloutEvent[],
  type: T,
): Extract<RolloutEvent, { type: T }>[] {
  return events.filter((e): e is Extract<RolloutEvent, { type: T }> => e.type === type);
}
