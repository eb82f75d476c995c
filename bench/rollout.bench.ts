// Rollout engine on the simulator with a fast clock (600 simulated seconds per real second, so a
// real ~1 ms API round trip costs ~0.6 s of simulated time, close to a real AWS call): for canary and
// linear (driven), the orchestration overhead as a share of the declared bake time, the detection
// latency of a regression in metric periods, and the API calls per step.
//
// Overhead = rollout time − declared bakes − time SageMaker itself spent updating (from each update
// call to the endpoint's LastModifiedTime, when it turned InService, read with a separate client).
// What is left is modelgate's own: noticing InService late (polling), lock settle, API calls. It is
// measured twice: on the ×600 clock, where every real millisecond of an API round trip (SDK signing,
// HTTP, the simulator) costs 0.6 simulated seconds — several times a real AWS call — and on a
// stepped clock that moves only while the engine sleeps, where API calls cost no time and what
// remains is the engine's own waiting.
import { DescribeEndpointCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { Clock } from '../src/clock.js';
import {
  createSimClock,
  startSimulator,
  type Scenario,
  type SimulatorHandle,
} from '../src/providers/local/index.js';
import { createSageMakerProvider } from '../src/providers/sagemaker/index.js';
import type { RolloutEvent } from '../src/rollout/events.js';
import type { RolloutPorts } from '../src/rollout/ports.js';
import { runDeployment } from '../src/rollout/run-deployment.js';
import { waitSettled } from '../src/rollout/wait.js';
import { loadSpecText } from '../src/spec/load.js';
import { seededRandom } from '../src/stats/index.js';
import { Stepper } from '../test/rollout/stepper.js';

const SPEED = 600;
const PERIOD_MS = 60_000;
const CANDIDATE_MODEL = 'fraud-detector-9f86d081';

const STRATEGIES: Record<string, string> = {
  canary: `  type: canary
  mode: driven
  steps:
    - { weight: 10, bake: 10m }
    - { weight: 50, bake: 10m }
    - { weight: 100 }`,
  linear: `  type: linear
  mode: driven
  stepPercent: 25
  bake: 10m`,
};

function spec(strategy: string): string {
  return `apiVersion: modelgate/v1
model:
  name: fraud-detector
  artifact: s3://models/fraud/v42/model.tar.gz
  sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
  image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/xgboost:1.7-1
target: { provider: local, endpoint: fraud-prod, instanceType: ml.m5.large, instanceCount: 4 }
strategy:
${strategy}
gates:
  minInvocations: 200
  rules:
    - { metric: error_rate, max: 0.02 }
    - { metric: error_rate, test: fisher, alpha: 0.01 }
    - { metric: latency_p99, maxRatioToBaseline: 1.5 }
`;
}

interface Run {
  sim: SimulatorHandle;
  events: RolloutEvent[];
  callsByStep: Map<number, number>;
  busyMs: number;
}

async function deploy(strategy: string, scenario: Scenario, stepped = false): Promise<Run> {
  // Start on a whole minute, so a fault at a whole minute breaches whole metric periods.
  const start = Math.floor(Date.now() / PERIOD_MS) * PERIOD_MS;
  const clock = stepped ? createSimClock({ manual: true, start }) : undefined;
  const sim = await startSimulator({
    speed: SPEED,
    start,
    seed: 11,
    scenario: { traffic: [{ endpoint: '*', rps: 30 }], ...scenario },
    ...(clock ? { clock } : {}),
  });
  const stepper = clock ? new Stepper(clock, (ms) => sim.advance(ms)) : undefined;
  const engineClock = stepper?.clock() ?? sim.clock;
  const callsByStep = new Map<number, number>();
  let step = -1;
  const creds = { accessKeyId: 'bench', secretAccessKey: 'bench' };
  const ports = createSageMakerProvider({
    region: 'us-east-1',
    endpointUrl: sim.url,
    credentials: creds,
    onCall: () => callsByStep.set(step, (callsByStep.get(step) ?? 0) + 1),
  });
  const seeding = seed(ports, engineClock);
  await (stepper ? stepper.run(seeding) : seeding);
  // SageMaker's own update time, measured outside the engine (its calls are not counted).
  const probe = new SageMakerClient({ region: 'us-east-1', endpoint: sim.url, credentials: creds });
  let busyMs = 0;
  let calledAt: number | undefined;
  const timed =
    <A extends unknown[]>(fn: (...a: A) => Promise<void>) =>
    async (...a: A) => {
      await fn(...a);
      calledAt = sim.clock.now();
    };
  const e = ports.endpoints;
  e.updateEndpoint = timed(e.updateEndpoint.bind(e));
  e.updateWeights = timed(e.updateWeights.bind(e));
  const pending: Promise<void>[] = [];
  const events: RolloutEvent[] = [];
  const deployment = runDeployment({
    loaded: loadSpecText(spec(strategy), 'bench.yaml'),
    provider: ports,
    clock: engineClock,
    deploymentId: 'bench',
    // Repeatable polling jitter, so runs of the bench compare.
    random: seededRandom(3).uniform,
    listeners: [
      (ev) => {
        events.push(ev);
        if (ev.type === 'step-started') step = ev.step.index;
        if ((ev.type === 'traffic-shifted' || ev.type === 'provisioned') && calledAt !== undefined) {
          const from = calledAt;
          calledAt = undefined;
          pending.push(
            probe.send(new DescribeEndpointCommand({ EndpointName: 'fraud-prod' })).then((o) => {
              if (o.LastModifiedTime) busyMs += Math.max(0, o.LastModifiedTime.getTime() - from);
            }),
          );
        }
      },
    ],
  });
  await (stepper ? stepper.run(deployment) : deployment);
  await Promise.all(pending);
  return { sim, events, callsByStep, busyMs };
}

async function seed(ports: RolloutPorts, clock: Clock): Promise<void> {
  const e = ports.endpoints;
  await e.createModel(
    {
      name: 'fraud-detector-v41',
      image: 'img',
      artifact: 's3://models/fraud/v41/model.tar.gz',
      environment: {},
    },
    {},
  );
  await e.createEndpointConfig(
    {
      name: 'fraud-prod-v41',
      production: [
        {
          name: 'AllTraffic',
          model: 'fraud-detector-v41',
          instanceType: 'ml.m5.large',
          instanceCount: 4,
          weight: 1,
        },
      ],
      shadow: [],
    },
    {},
  );
  await e.createEndpoint('fraud-prod', 'fraud-prod-v41', {});
  await waitSettled({ clock, endpoints: e, endpoint: 'fraud-prod', timeoutMs: 3_600_000 });
}

const of = <T extends RolloutEvent['type']>(events: RolloutEvent[], t: T) =>
  events.filter((x): x is Extract<RolloutEvent, { type: T }> => x.type === t);

function overhead(r: Run) {
  const started = of(r.events, 'deployment-started')[0];
  const done = of(r.events, 'done')[0];
  const bakeMs = started.plan.steps.reduce((t, s) => t + s.bakeSeconds * 1000, 0);
  const totalMs = done.at - started.at;
  return { started, done, bakeMs, totalMs, overheadMs: totalMs - bakeMs - r.busyMs };
}

const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(2)}%`;

export async function run(): Promise<void> {
  console.log(`simulator speed ×${SPEED}; bakes 10m; metric period 60s; 30 requests/s`);
  for (const [name, strategy] of Object.entries(STRATEGIES)) {
    // Healthy: overhead and API calls.
    const healthy = await deploy(strategy, {});
    const ev = healthy.events;
    const { started, done, bakeMs, totalMs, overheadMs } = overhead(healthy);
    const plan = started.plan;
    await healthy.sim.stop();
    const exact = await deploy(strategy, {}, true);
    const own = overhead(exact);
    await exact.sim.stop();
    const steps = plan.steps.length;
    const calls = [...healthy.callsByStep.entries()].filter(([i]) => i >= 0);
    const totalCalls = calls.reduce((t, [, n]) => t + n, 0);
    const perStep = calls.map(([i, n]) => `${plan.steps[i].name.split(' (')[0]}: ${n}`).join(', ');

    // Regression 5 minutes into the second bake: how long until the rollback starts.
    const secondBake = of(ev, 'traffic-shifted').find((x) => x.stepIndex === 2)!.at;
    const at = Math.ceil((secondBake - healthy.sim.clock.start + 5 * 60_000) / 60_000) * 60_000;
    const bad = await deploy(strategy, {
      faults: [{ type: 'errorBurst', at: `${at / 1000}s`, target: { model: CANDIDATE_MODEL }, rate5xx: 0.2 }],
    });
    const t0 = bad.sim.clock.start;
    const rb = of(bad.events, 'rolling-back')[0];
    await bad.sim.stop();
    const breachStart = t0 + at;
    const firstMinuteEnd = Math.floor(breachStart / PERIOD_MS) * PERIOD_MS + PERIOD_MS;

    console.log(
      `\n${name} (driven, ${steps} steps, declared bakes ${bakeMs / 60_000}m): ${done.outcome} in ${(totalMs / 60_000).toFixed(1)}m`,
    );
    console.log(
      `  ×${SPEED} clock: SageMaker updating ${(healthy.busyMs / 60_000).toFixed(1)}m; orchestration overhead ${(overheadMs / 1000).toFixed(0)}s = ${pct(overheadMs, bakeMs)} of declared bake time (goal < 1%)`,
    );
    console.log(
      `  stepped clock (API calls cost no time): overhead ${(own.overheadMs / 1000).toFixed(0)}s = ${pct(own.overheadMs, own.bakeMs)} of declared bake time — the engine's own waiting`,
    );
    if (rb) {
      console.log(
        `  regression at +${at / 60_000}m: rollback started ${((rb.at - firstMinuteEnd) / PERIOD_MS).toFixed(2)} periods after the first breached minute closed ` +
          `(${((rb.at - breachStart) / PERIOD_MS).toFixed(2)} after the regression began; goal ≤ 1), reason ${rb.reason}`,
      );
    } else {
      console.log(`  regression at +${at / 60_000}m: NOT DETECTED (${of(bad.events, 'done')[0]?.outcome})`);
    }
    console.log(
      `  API calls: ${totalCalls} for ${steps} steps = ${(totalCalls / steps).toFixed(1)} per step (${perStep})`,
    );
  }
}
