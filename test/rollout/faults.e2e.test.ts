import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/providers/local/index.js';
import { TAG } from '../../src/rollout/tags.js';
import { ofType, seedBaseline, simDeploy, startSim, yamlSpec, type SimEnv } from './sim-harness.js';
import { STRATEGIES } from './strategies.js';

const CANARY = STRATEGIES['canary (driven)'];
const scenario = (faults: Scenario['faults'] = []): Scenario => ({
  traffic: [{ endpoint: '*', rps: 40 }],
  faults,
});

async function withSim(
  s: Scenario,
  fn: (env: SimEnv) => Promise<void>,
  client: Parameters<typeof startSim>[1] = {},
): Promise<void> {
  const env = await startSim(s, client);
  try {
    await seedBaseline(env);
    await fn(env);
    expect(env.sim.internalErrors).toEqual([]);
  } finally {
    await env.stop();
  }
}

async function expectOnBaseline(env: SimEnv): Promise<void> {
  const state = await env.ports.endpoints.describeEndpoint('fraud-prod');
  expect(state).toMatchObject({ status: 'InService', configName: 'fraud-prod-v41' });
  expect(state?.production.map((v) => v.name)).toEqual(['AllTraffic']);
}

describe('fault matrix on the simulator', () => {
  it('rides out throttling bursts: SageMaker calls throttled, CloudWatch unreadable for two minutes', async () => {
    const bursts: Scenario['faults'] = [
      { type: 'throttling', service: 'sagemaker', probability: 0.3, at: '5m', duration: '6m' },
      { type: 'throttling', service: 'cloudwatch', probability: 1, at: '9m', duration: '2m' },
    ];
    await withSim(
      scenario(bursts),
      async (env) => {
        const r = await simDeploy(env, yamlSpec(CANARY));
        expect(r.outcome, r.summary).toBe('promoted');
        const throttled = env.failedAttempts.filter((a) => /Throttl/.test(a));
        const ops = new Set(throttled.map((a) => a.split(':')[0]));
        expect(ops).toContain('GetMetricData');
        expect(ops).toContain('DescribeEndpoint');
        expect(ofType(r.events, 'warning').some((w) => w.message.startsWith('metrics unavailable'))).toBe(
          true,
        );
        // No gate decided on the minutes CloudWatch could not be read: they are read afterwards.
        const windows = ofType(r.events, 'metrics-read').map((e) => e.window.end);
        expect(windows.some((end) => end > Date.UTC(2026, 10, 24, 12, 11))).toBe(true);
      },
      { maxAttempts: 3, retryMode: 'standard' },
    );
  });

  it('detects a failed UpdateEndpoint that ends InService on the old config, and reports its FailureReason', async () => {
    const reason =
      'The primary container for production variant fraud-detector-9f86d081 did not pass the ping health check.';
    await withSim(
      scenario([{ type: 'updateFailure', endpoint: 'fraud-prod', failLaunch: true, reason }]),
      async (env) => {
        const r = await simDeploy(env, yamlSpec(CANARY));
        expect(r.outcome).toBe('rolled-back');
        const rb = ofType(r.events, 'rolling-back')[0];
        expect(rb.reason).toBe('verification-failed');
        expect(rb.detail).toContain('did not pass the ping health check');
        expect(ofType(r.events, 'rolled-back')[0].verified).toBe(true);
        await expectOnBaseline(env);
      },
    );
  });

  it('a native update SageMaker rolls back by itself is reported as rolled back, not promoted', async () => {
    await withSim(
      scenario([{ type: 'updateFailure', endpoint: 'fraud-prod', failLaunch: true, reason: 'capacity' }]),
      async (env) => {
        const r = await simDeploy(env, yamlSpec(STRATEGIES['canary (native)']));
        expect(r.outcome).toBe('rolled-back');
        expect(ofType(r.events, 'promoted')).toEqual([]);
        await expectOnBaseline(env);
      },
    );
  });

  it('UpdateRollbackFailed: the rolling update and its own rollback fail; modelgate restores the baseline or reports the exact state', async () => {
    await withSim(
      scenario([
        {
          type: 'updateFailure',
          endpoint: 'fraud-prod',
          batch: 2,
          rollbackFails: true,
          reason: 'batch 2 failed',
        },
      ]),
      async (env) => {
        const r = await simDeploy(env, yamlSpec(STRATEGIES.rolling));
        const state = await env.ports.endpoints.describeEndpoint('fraud-prod');
        if (r.outcome === 'rolled-back') {
          expect(ofType(r.events, 'rolled-back')[0].verified).toBe(true);
          await expectOnBaseline(env);
        } else {
          expect(r.outcome).toBe('unsafe');
          expect(r.exitCode).toBe(3);
          const failed = ofType(r.events, 'rollback-failed')[0];
          expect(failed.state.status).toBe(state?.status);
          expect(failed.state.endpointConfig).toBe(state?.configName);
        }
        expect(ofType(r.events, 'rolling-back')[0].detail).toMatch(/UpdateRollbackFailed|batch 2 failed/);
      },
    );
  });

  it('an update stuck longer than the step timeout is rolled back once SageMaker gives up on it', async () => {
    await withSim(
      scenario([
        {
          type: 'stuckEndpoint',
          endpoint: 'fraud-prod',
          at: '15m',
          duration: '10m',
          failAfter: '25m',
          reason: 'stuck launching',
        },
      ]),
      async (env) => {
        const r = await simDeploy(env, yamlSpec({ ...CANARY, rollback: '  stepTimeout: 10m' }));
        expect(ofType(r.events, 'rolling-back')[0].reason).toBe('timeout');
        expect(r.outcome, r.summary).toBe('rolled-back');
        await expectOnBaseline(env);
      },
    );
  });

  it('an endpoint that never becomes InService ends in exit 3 with its exact state', async () => {
    await withSim(scenario([{ type: 'stuckEndpoint', endpoint: 'fraud-prod', at: '5m' }]), async (env) => {
      const r = await simDeploy(env, yamlSpec({ ...CANARY, rollback: '  stepTimeout: 10m' }), {
        tuning: { lockSettleSeconds: 2, rollbackAttempts: 2 },
      });
      expect(r.outcome).toBe('unsafe');
      expect(r.exitCode).toBe(3);
      const state = await env.ports.endpoints.describeEndpoint('fraud-prod');
      expect(ofType(r.events, 'rollback-failed')[0].state).toMatchObject({
        endpoint: 'fraud-prod',
        status: state?.status,
        endpointConfig: state?.configName,
      });
      expect(r.endpoint?.status).toBe(state?.status);
      // The lock stays so that nothing else deploys over it; the phase says a rollback is owed.
      expect((await env.ports.endpoints.readTags('fraud-prod'))[TAG.phase]).toBe('rolling-back');
    });
  });
});

describe('cancel (SIGINT / SIGTERM) at every step', () => {
  const steps = ['provision', 'canary 10%', 'canary 50%', 'shift 100%', 'promote'];
  it.each(steps.map((s, i) => [s, i] as const))(
    'cancelled at step "%s": rolled back to the baseline and verified',
    async (_name, index) => {
      await withSim(scenario(), async (env) => {
        const ac = new AbortController();
        const r = await simDeploy(env, yamlSpec(CANARY), {
          signal: ac.signal,
          listeners: [
            (e) =>
              e.type === 'step-started' && e.step.index === index && ac.abort(new Error('received SIGINT')),
          ],
        });
        expect(r.outcome, r.summary).toBe('rolled-back');
        expect(ofType(r.events, 'rolling-back')[0].reason).toBe('cancelled');
        expect(ofType(r.events, 'rolled-back')[0].verified).toBe(true);
        await expectOnBaseline(env);
      });
    },
  );

  it('cancelled mid-bake: the revert is the first call after the cancel', async () => {
    await withSim(scenario(), async (env) => {
      const ac = new AbortController();
      let mark = -1;
      const r = await simDeploy(env, yamlSpec(CANARY), {
        signal: ac.signal,
        listeners: [
          (e) => {
            if (e.type === 'traffic-shifted' && e.traffic.candidate === 50) {
              mark = env.calls.length;
              ac.abort(new Error('received SIGTERM'));
            }
          },
        ],
      });
      expect(r.outcome).toBe('rolled-back');
      const after = env.calls.slice(mark).filter((c) => !['DescribeEndpoint', 'ListTags'].includes(c));
      expect(after[0]).toBe('UpdateEndpointWeightsAndCapacities');
      await expectOnBaseline(env);
    });
  });

  it('cancelled in a native update: the abort alarm makes SageMaker roll back', async () => {
    await withSim(scenario(), async (env) => {
      const ac = new AbortController();
      const r = await simDeploy(env, yamlSpec(STRATEGIES['canary (native)']), {
        signal: ac.signal,
        listeners: [
          (e) =>
            e.type === 'gate-evaluated' &&
            e.result.status === 'pass' &&
            ac.abort(new Error('received SIGINT')),
        ],
      });
      expect(r.outcome, r.summary).toBe('rolled-back');
      expect(env.calls).toContain('SetAlarmState');
      await expectOnBaseline(env);
    });
  });

  it('killed before the rollback is verified: reported unsafe, and the next run of the same deployment finishes it', async () => {
    await withSim(scenario(), async (env) => {
      const ac = new AbortController();
      const hard = new AbortController();
      const first = await simDeploy(env, yamlSpec(CANARY), {
        signal: ac.signal,
        hardSignal: hard.signal,
        listeners: [
          (e) => {
            if (e.type === 'traffic-shifted' && e.traffic.candidate === 10) ac.abort(new Error('SIGINT'));
            if (e.type === 'rolling-back') hard.abort(new Error('grace period over'));
          },
        ],
      });
      expect(first.outcome).toBe('unsafe');
      expect(ofType(first.events, 'rolled-back')[0]).toMatchObject({ verified: false });
      expect(env.calls.filter((c) => c === 'UpdateEndpointWeightsAndCapacities').length).toBe(2);
      const tags = await env.ports.endpoints.readTags('fraud-prod');
      expect(tags[TAG.phase]).toBe('rolling-back');
      const again = await simDeploy(env, yamlSpec(CANARY));
      expect(again.outcome, again.summary).toBe('rolled-back');
      expect(ofType(again.events, 'deployment-started')[0].resumed).toBe(true);
      await expectOnBaseline(env);
    });
  });
});

describe('lock, resume and steering', () => {
  it('two concurrent runs: one deploys, the other is refused naming the holder', async () => {
    await withSim(scenario(), async (env) => {
      const { startDeploy } = await import('./sim-harness.js');
      const [a, b] = await env.stepper.run(
        startDeploy(env, yamlSpec(CANARY), { deploymentId: 'run-a', holder: 'github run 1 by alice' }),
        startDeploy(env, yamlSpec(CANARY), { deploymentId: 'run-b', holder: 'github run 2 by bob' }),
      );
      const outcomes = [a.outcome, b.outcome].sort();
      expect(outcomes).toEqual(['promoted', 'refused']);
      const refused = a.outcome === 'refused' ? a : b;
      const winner = a.outcome === 'refused' ? b : a;
      expect(refused.summary).toContain(winner.deploymentId);
      expect(refused.summary).toMatch(/github run \d by (alice|bob)/);
      const tags = await env.ports.endpoints.readTags('fraud-prod');
      expect(tags[TAG.deploymentId]).toBe(winner.deploymentId);
      expect(tags[TAG.phase]).toBe('promoted');
      expect(ofType(refused.events, 'step-started')).toEqual([]);
    });
  });

  it('a second run while a deployment is under way is refused by the lock', async () => {
    await withSim(scenario(), async (env) => {
      const { startDeploy } = await import('./sim-harness.js');
      let second: Promise<Awaited<ReturnType<typeof startDeploy>>> | undefined;
      const first = startDeploy(env, yamlSpec(CANARY), {
        deploymentId: 'first',
        holder: 'github run 7 by carol',
        listeners: [
          (e) => {
            if (e.type === 'traffic-shifted' && e.traffic.candidate === 10 && !second)
              second = startDeploy(env, yamlSpec(CANARY), { deploymentId: 'second' });
          },
        ],
      });
      const [r1] = await env.stepper.run(first);
      const [r2] = await env.stepper.run(second!);
      expect(r1.outcome).toBe('promoted');
      expect(r2.outcome).toBe('refused');
      expect(r2.summary).toContain('deployment first (github run 7 by carol)');
    });
  });

  it('a run that crashed mid-rollout is resumed by a re-run with the same deployment id', async () => {
    await withSim(scenario(), async (env) => {
      const { startDeploy } = await import('./sim-harness.js');
      // The first process "dies" at step 3: its calls never return and it never runs again.
      let dead = false;
      const ports = {
        ...env.ports,
        endpoints: new Proxy(env.ports.endpoints, {
          get: (t, k) => {
            const v = Reflect.get(t, k);
            return typeof v === 'function'
              ? (...a: unknown[]) => (dead ? new Promise(() => {}) : v.apply(t, a))
              : v;
          },
        }),
      };
      const clock = env.stepper.clock();
      const { runDeployment } = await import('../../src/rollout/run-deployment.js');
      const { loadSpecText } = await import('../../src/spec/load.js');
      let died!: () => void;
      const death = new Promise<void>((r) => (died = r));
      void runDeployment({
        loaded: loadSpecText(yamlSpec(CANARY), 'modelgate.yaml'),
        provider: ports,
        clock,
        deploymentId: 'gh-99',
        tuning: { lockSettleSeconds: 2 },
        listeners: [
          (e) => {
            if (e.type === 'step-started' && e.step.index === 2) {
              dead = true;
              clock.finish();
              died();
            }
          },
        ],
      });
      await env.stepper.run(death);
      const [r] = await env.stepper.run(startDeploy(env, yamlSpec(CANARY), { deploymentId: 'gh-99' }));
      expect(r.outcome, r.summary).toBe('promoted');
      expect(ofType(r.events, 'deployment-started')[0].resumed).toBe(true);
      // The phase tag said step 2 had not begun (the crash came first), so the resumed run re-bakes step 1.
      expect(ofType(r.events, 'step-started')[0].step.index).toBe(1);
      expect(env.calls.filter((c) => c === 'UpdateEndpoint').length).toBe(2);
    });
  });

  it('steering through the control tag: extend, hold/resume, promote and abort are acted on and acknowledged', async () => {
    await withSim(scenario(), async (env) => {
      const set = (cmd: string) => env.ports.endpoints.writeTags('fraud-prod', { [TAG.control]: cmd });
      const sent: string[] = [];
      const r = await simDeploy(env, yamlSpec(CANARY), {
        listeners: [
          (e) => {
            if (e.type === 'traffic-shifted' && e.traffic.candidate === 10)
              void set('extend 2m').then(() => sent.push('extend'));
            if (e.type === 'control-command' && e.command.kind === 'extend') void set('hold');
            if (e.type === 'control-command' && e.command.kind === 'hold') void set('resume');
            if (e.type === 'control-command' && e.command.kind === 'resume') void set('promote');
            if (e.type === 'traffic-shifted' && e.traffic.candidate === 50) void set('abort');
          },
        ],
      });
      const cmds = ofType(r.events, 'control-command').map((e) => `${e.command.kind}:${e.acknowledged}`);
      expect(cmds).toEqual(['extend:true', 'hold:true', 'resume:true', 'promote:true', 'abort:true']);
      expect(ofType(r.events, 'rolling-back')[0].reason).toBe('aborted');
      const tags = await env.ports.endpoints.readTags('fraud-prod');
      expect(tags[TAG.control]).toBeUndefined();
      expect(tags[TAG.controlAck]).toMatch(/^abort by d1 at /);
      await expectOnBaseline(env);
    });
  });
});
