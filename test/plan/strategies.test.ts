import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planRollout } from '../../src/plan/plan.js';
import type { Plan, PlanStep } from '../../src/plan/types.js';
import { loadSpecFile, loadSpecText } from '../../src/spec/load.js';

/*
 * Every strategy's plan, pinned. A step is written as one line:
 *   index action "name" traffic baseline/candidate [+shadow] instances baseline+candidate
 *   u=<update s> b=<bake s> gates=[…] min=<invocations> ext=<extension s> pass/fail/inconclusive
 * The expectations were worked out by hand from the specs, the timing model (provision 480 s,
 * weight shift 60 s, scale-out 300 s, native phase 60 s) and the rounding rule (instances =
 * ceil(count × percent / 100), at least 1).
 */

function row(s: PlanStep): string {
  const shadow = s.shadowPercent > 0 ? ` +${s.shadowPercent}` : '';
  return (
    `${s.index} ${s.action} "${s.name}" ${s.traffic.baseline}/${s.traffic.candidate}${shadow} ` +
    `${s.instances.baseline}+${s.instances.candidate} u=${s.updateSeconds} b=${s.bakeSeconds} ` +
    `gates=[${s.gates.join(',')}] min=${s.minInvocations} ext=${s.maxExtensionSeconds} ` +
    `${s.onPass}/${s.onFail}/${s.onInconclusive}`
  );
}

const planFile = async (f: string) => planRollout((await loadSpecFile(`examples/${f}`)).spec);
const planText = (text: string) => planRollout(loadSpecText(text, 'spec.yaml').spec);

const HEAD = `apiVersion: modelgate/v1
model: { name: fraud, artifact: s3://models/fraud/model.tar.gz, image: repo/fraud:1, sha256: ${'0123456789abcdef'.repeat(4)} }
`;

describe('canary', () => {
  it('driven (examples/canary.yaml)', async () => {
    const plan = await planFile('canary.yaml');
    const all = 'error_rate-max,latency_p99-ratio,latency_p99-mann-whitney,alarm-fraud-prod-5xx';
    expect(plan.steps.map(row)).toEqual([
      '0 provision "provision candidate (1 × ml.m5.large, weight 0)" 100/0 2+1 u=480 b=0 gates=[] min=0 ext=0 next/rollback/next',
      `1 shift "canary 10%" 90/10 2+1 u=60 b=600 gates=[${all}] min=500 ext=600 next/rollback/rollback`,
      `2 shift "canary 50%" 50/50 2+1 u=60 b=600 gates=[${all}] min=500 ext=600 next/rollback/rollback`,
      '3 shift "shift 100%" 0/100 2+2 u=360 b=0 gates=[] min=0 ext=0 next/rollback/next',
      '4 finalize "promote: candidate only, retire baseline" 0/100 2+2 u=480 b=0 gates=[] min=0 ext=0 next/rollback/next',
      '5 watch "watch after promotion" 0/100 0+2 u=0 b=600 gates=[error_rate-max,alarm-fraud-prod-5xx] min=500 ext=0 complete/rollback/rollback',
    ]);
    expect(plan).toMatchObject({
      schemaVersion: 1,
      strategy: 'canary',
      mode: 'driven',
      endpoint: 'fraud-prod',
      model: 'fraud-detector',
      variants: { baseline: 'AllTraffic', candidate: 'fraud-detector-9f86d081' },
      candidateModel: 'fraud-detector-9f86d081',
      instanceCount: 2,
      autoRollback: true,
      expectedDurationSeconds: 3240,
      maxDurationSeconds: 4440,
      cost: {
        instanceType: 'ml.m5.large',
        hourlyUsd: 0.115,
        extraInstanceHours: 0.967,
        extraUsd: 0.11,
        priceRegion: 'us-east-1',
        priceDate: '2026-11-24',
      },
    });
    expect(plan.steps.some((s) => s.native)).toBe(false);
    expect(plan.notes).toEqual([
      'latency_p99-ratio, latency_p99-mann-whitney compare with the baseline and are not evaluated in steps where the baseline serves no traffic',
    ]);
  });

  it('native (examples/canary-native.yaml)', async () => {
    const plan = await planFile('canary-native.yaml');
    const g = 'error_rate-max,latency_p99-max,alarm-churn-prod-5xx';
    expect(plan.steps.map(row)).toEqual([
      `0 native-update "canary 25% (1 of 4 instances)" 75/25 4+4 u=480 b=600 gates=[${g}] min=100 ext=0 next/rollback/rollback`,
      `1 native-phase "shift 100%, termination wait" 0/100 4+4 u=60 b=300 gates=[${g}] min=100 ext=0 next/rollback/rollback`,
      `2 watch "watch after promotion" 0/100 0+4 u=0 b=900 gates=[${g}] min=100 ext=0 complete/rollback/rollback`,
    ]);
    expect(plan.steps[0].native).toEqual({
      policy: 'blue-green',
      trafficRouting: { type: 'CANARY', sizePercent: 25, waitSeconds: 600 },
      terminationWaitSeconds: 300,
      maxExecutionSeconds: 2160, // 1.5 × (480 + 600 + 60 + 300)
      alarms: [
        'modelgate-churn-prod-error_rate-max',
        'modelgate-churn-prod-latency_p99-max',
        'churn-prod-5xx',
      ],
    });
    expect(plan.steps[1].native).toBeUndefined();
    expect(plan).toMatchObject({
      mode: 'native',
      variants: { baseline: 'AllTraffic', candidate: 'AllTraffic' },
      candidateModel: 'churn-scorer-2c26b46b',
      expectedDurationSeconds: 2340,
      maxDurationSeconds: 2340,
      cost: { extraInstanceHours: 1.6, extraUsd: 0.33 },
      notes: ['prices are us-east-1 list prices; eu-west-1 may differ'],
    });
  });

  it('native rounds the canary to whole instances and says so', () => {
    const plan =
      planText(`${HEAD}target: { provider: local, endpoint: e, instanceType: ml.m5.large, instanceCount: 3 }
strategy: { type: canary, mode: native, steps: [{ weight: 10, bake: 5m }, { weight: 100 }] }
gates: [{ alarm: e-5xx }]
`);
    expect(plan.steps.map(row)).toEqual([
      '0 native-update "canary 33.3% (1 of 3 instances)" 66.7/33.3 3+3 u=480 b=300 gates=[alarm-e-5xx] min=0 ext=0 next/rollback/rollback',
      '1 native-phase "shift 100%, termination wait" 0/100 3+3 u=60 b=0 gates=[] min=0 ext=0 complete/rollback/complete',
    ]);
    expect(plan.steps[0].native?.terminationWaitSeconds).toBe(0);
    expect(plan.notes).toContain(
      'native canary: 10% of 3 instance(s) is 1 instance(s), so the canary takes about 33.3% of traffic',
    );
  });
});

describe('linear', () => {
  it('driven (examples/linear.yaml)', async () => {
    const plan = await planFile('linear.yaml');
    const g = 'error_rate-max,model_error_rate-fisher,latency_p95-ratio';
    expect(plan.steps.map(row)).toEqual([
      '0 provision "provision candidate (1 × ml.c5.2xlarge, weight 0)" 100/0 4+1 u=480 b=0 gates=[] min=0 ext=0 next/rollback/next',
      `1 shift "linear 25%" 75/25 4+1 u=60 b=300 gates=[${g}] min=1000 ext=600 next/rollback/rollback`,
      `2 shift "linear 50%" 50/50 4+2 u=360 b=300 gates=[${g}] min=1000 ext=600 next/rollback/rollback`,
      `3 shift "linear 75%" 25/75 4+3 u=360 b=300 gates=[${g}] min=1000 ext=600 next/rollback/rollback`,
      '4 shift "linear 100%" 0/100 4+4 u=360 b=300 gates=[error_rate-max] min=1000 ext=600 next/rollback/rollback',
      '5 finalize "promote: candidate only, retire baseline" 0/100 4+4 u=480 b=0 gates=[] min=0 ext=0 next/rollback/next',
      '6 watch "watch after promotion" 0/100 0+4 u=0 b=600 gates=[error_rate-max] min=1000 ext=0 complete/rollback/rollback',
    ]);
    expect(plan).toMatchObject({
      mode: 'driven',
      variants: { baseline: 'ranker-v7' },
      expectedDurationSeconds: 3900,
      maxDurationSeconds: 6300,
      cost: { hourlyUsd: 0.408, extraInstanceHours: 2.417, extraUsd: 0.99 },
    });
    expect(plan.variants.candidate).toMatch(/^search-ranker-[0-9a-f]{8}$/);
  });

  it('driven with a step that does not divide 100 ends on 100', () => {
    const plan = planText(`${HEAD}target: { provider: local, endpoint: e, instanceType: ml.m5.large }
strategy: { type: linear, stepPercent: 30, bake: 2m }
gates: [{ metric: error_rate, max: 0.01 }]
`);
    expect(plan.steps.filter((s) => s.action === 'shift').map((s) => s.traffic.candidate)).toEqual([
      30, 60, 90, 100,
    ]);
  });

  it('native: SageMaker LINEAR in whole instances', () => {
    const plan =
      planText(`${HEAD}target: { provider: local, endpoint: e, instanceType: ml.m5.large, instanceCount: 3 }
strategy: { type: linear, mode: native, stepPercent: 20, bake: 5m }
gates: [{ metric: error_rate, max: 0.01 }]
`);
    expect(plan.steps.map(row)).toEqual([
      '0 native-update "linear 33.3% (1 of 3 instances)" 66.7/33.3 3+3 u=480 b=300 gates=[error_rate-max] min=100 ext=0 next/rollback/rollback',
      '1 native-phase "linear 66.7% (2 of 3 instances)" 33.3/66.7 3+3 u=60 b=300 gates=[error_rate-max] min=100 ext=0 next/rollback/rollback',
      '2 native-phase "linear 100% (3 of 3 instances)" 0/100 3+3 u=60 b=300 gates=[error_rate-max] min=100 ext=0 complete/rollback/rollback',
    ]);
    expect(plan.steps[0].native).toEqual({
      policy: 'blue-green',
      trafficRouting: { type: 'LINEAR', sizePercent: 20, waitSeconds: 300 },
      terminationWaitSeconds: 0,
      maxExecutionSeconds: 2280, // 1.5 × (480 + 300 + 2 × (60 + 300)), rounded up to a minute
      alarms: ['modelgate-e-error_rate-max'],
    });
    expect(plan.notes[0]).toBe(
      'native linear: 20% of 3 instance(s) is 1 instance(s) per step, so each step moves about 33.3% of traffic (3 steps)',
    );
  });
});

describe('blue-green', () => {
  it('native (examples/blue-green.yaml)', async () => {
    const plan = await planFile('blue-green.yaml');
    const g = 'error_rate-max,model_error_rate-max,latency_p90-max,alarm-moderation-prod-gpu-memory';
    expect(plan.steps.map(row)).toEqual([
      `0 native-update "switch 100% to green" 0/100 3+3 u=480 b=900 gates=[${g}] min=100 ext=0 next/rollback/rollback`,
      `1 native-phase "termination wait (blue on standby)" 0/100 3+3 u=60 b=600 gates=[${g}] min=100 ext=0 complete/rollback/rollback`,
    ]);
    expect(plan.steps[0].native).toEqual({
      policy: 'blue-green',
      trafficRouting: { type: 'ALL_AT_ONCE', waitSeconds: 900 },
      terminationWaitSeconds: 600,
      maxExecutionSeconds: 3060,
      alarms: [
        'modelgate-moderation-prod-error_rate-max',
        'modelgate-moderation-prod-model_error_rate-max',
        'modelgate-moderation-prod-latency_p90-max',
        'moderation-prod-gpu-memory',
      ],
    });
    expect(plan).toMatchObject({
      expectedDurationSeconds: 2040,
      cost: { hourlyUsd: 1.408, extraInstanceHours: 1.7, extraUsd: 2.39 },
    });
  });

  it('driven: green as a second variant, one weight shift, blue on standby, then retired', () => {
    const plan =
      planText(`${HEAD}target: { provider: local, endpoint: e, instanceType: ml.m5.large, instanceCount: 2 }
strategy: { type: blue-green, mode: driven, bake: 10m, terminationWait: 5m }
gates: [{ metric: error_rate, max: 0.01 }, { alarm: e-5xx }]
rollback: { watch: 5m }
`);
    const g = 'error_rate-max,alarm-e-5xx';
    expect(plan.steps.map(row)).toEqual([
      '0 provision "provision green (2 × ml.m5.large, weight 0)" 100/0 2+2 u=480 b=0 gates=[] min=0 ext=0 next/rollback/next',
      `1 shift "switch 100% to green" 0/100 2+2 u=60 b=600 gates=[${g}] min=100 ext=600 next/rollback/rollback`,
      `2 watch "termination wait (blue on standby)" 0/100 2+2 u=0 b=300 gates=[${g}] min=100 ext=0 next/rollback/rollback`,
      '3 finalize "promote: retire blue" 0/100 2+2 u=480 b=0 gates=[] min=0 ext=0 next/rollback/next',
      `4 watch "watch after promotion" 0/100 0+2 u=0 b=300 gates=[${g}] min=100 ext=0 complete/rollback/rollback`,
    ]);
    expect(plan.mode).toBe('driven');
    expect(plan.variants.candidate).toBe('fraud-01234567');
    // two full fleets from provisioning to the end of finalize: 2 × (480 + 660 + 300 + 480) s
    expect(plan.cost.extraInstanceHours).toBe(1.067);
  });
});

describe('all-at-once', () => {
  it('SageMaker ALL_AT_ONCE with a bake (examples/all-at-once.yaml)', async () => {
    const plan = await planFile('all-at-once.yaml');
    expect(plan.steps.map(row)).toEqual([
      '0 native-update "switch 100%" 0/100 1+1 u=480 b=600 gates=[error_rate-max,alarm-fraud-staging-5xx] min=100 ext=0 complete/rollback/rollback',
    ]);
    expect(plan.steps[0].native).toEqual({
      policy: 'blue-green',
      trafficRouting: { type: 'ALL_AT_ONCE', waitSeconds: 600 },
      terminationWaitSeconds: 0,
      maxExecutionSeconds: 1620,
      alarms: ['modelgate-fraud-staging-error_rate-max', 'fraud-staging-5xx'],
    });
    expect(plan).toMatchObject({
      mode: 'native',
      expectedDurationSeconds: 1080,
      cost: { extraInstanceHours: 0.3, extraUsd: 0.03 },
      notes: [],
    });
  });
});

describe('shadow', () => {
  it('promote on success (examples/shadow.yaml)', async () => {
    const plan = await planFile('shadow.yaml');
    expect(plan.steps.map(row)).toEqual([
      '0 shadow "shadow 50% of requests" 100/0 +50 2+1 u=480 b=7200 gates=[error_rate-max,latency_p99-ratio,agreement] min=1000 ext=600 next/rollback/rollback',
      '1 finalize "promote: candidate becomes production" 0/100 2+2 u=480 b=0 gates=[] min=0 ext=0 next/rollback/next',
      '2 watch "watch after promotion" 0/100 0+2 u=0 b=1800 gates=[error_rate-max] min=1000 ext=0 complete/rollback/rollback',
    ]);
    expect(plan).toMatchObject({
      mode: 'driven',
      expectedDurationSeconds: 9960,
      maxDurationSeconds: 10_560,
      cost: { extraInstanceHours: 2.4 },
    });
  });

  it('discard on success: the shadow is removed and the baseline kept', () => {
    const plan = planText(`${HEAD}target:
  provider: local
  endpoint: e
  instanceType: ml.m5.large
  instanceCount: 4
  dataCapture: { destination: captures/ }
strategy: { type: shadow, samplingPercent: 10, duration: 30m, agreement: { metric: mean-abs-diff, threshold: 0.02 }, onSuccess: discard }
gates: { onInconclusive: pass, rules: [{ metric: latency_p99, maxRatioToBaseline: 1.5 }] }
rollback: { watch: 10m }
`);
    expect(plan.steps.map(row)).toEqual([
      '0 shadow "shadow 10% of requests" 100/0 +10 4+1 u=480 b=1800 gates=[latency_p99-ratio,agreement] min=100 ext=600 keep-baseline/rollback/keep-baseline',
    ]);
  });
});

describe('ab-test', () => {
  it('keep the baseline without a winner (examples/ab-test.yaml)', async () => {
    const plan = await planFile('ab-test.yaml');
    expect(plan.steps.map(row)).toEqual([
      '0 provision "provision candidate (2 × ml.c5.xlarge, weight 0)" 100/0 4+2 u=480 b=0 gates=[] min=0 ext=0 next/rollback/next',
      '1 experiment "A/B 50/50 on clicks (fisher, alpha 0.05)" 50/50 4+2 u=60 b=259200 gates=[error_rate-max,latency_p99-max,ab-test] min=1000 ext=600 next/rollback/keep-baseline',
      '2 finalize "promote the winner: candidate only, retire baseline" 0/100 4+4 u=480 b=0 gates=[] min=0 ext=0 complete/rollback/complete',
    ]);
    expect(plan).toMatchObject({
      expectedDurationSeconds: 260_220,
      cost: { extraInstanceHours: 144.833, extraUsd: 29.55 },
      variants: { baseline: 'recs-2026-10' },
    });
  });

  it('promote without a winner when asked to', () => {
    const plan = planText(`${HEAD}target: { provider: local, endpoint: e, instanceType: ml.m5.large }
strategy: { type: ab-test, candidatePercent: 20, duration: 1h, metric: { name: latency_p90 }, onNoWinner: promote }
`);
    expect(plan.steps[1].onInconclusive).toBe('next');
    expect(plan.steps[1].name).toBe('A/B 80/20 on latency_p90 (mann-whitney, alpha 0.05)');
    expect(plan.steps[1].gates).toEqual(['ab-test']);
  });
});

describe('rolling', () => {
  it('SageMaker RollingUpdatePolicy in batches (examples/rolling.yaml)', async () => {
    const plan = await planFile('rolling.yaml');
    const g = 'error_rate-max,latency_p99-max,alarm-translation-en-de-5xx';
    expect(plan.steps.map(row)).toEqual([
      `0 native-update "batch 1/4: 2 of 8 instances new (25%)" 75/25 8+2 u=480 b=300 gates=[${g}] min=100 ext=0 next/rollback/rollback`,
      `1 native-phase "batch 2/4: 4 of 8 instances new (50%)" 50/50 6+4 u=480 b=300 gates=[${g}] min=100 ext=0 next/rollback/rollback`,
      `2 native-phase "batch 3/4: 6 of 8 instances new (75%)" 25/75 4+6 u=480 b=300 gates=[${g}] min=100 ext=0 next/rollback/rollback`,
      `3 native-phase "batch 4/4: 8 of 8 instances new (100%)" 0/100 2+8 u=480 b=300 gates=[${g}] min=100 ext=0 complete/rollback/rollback`,
    ]);
    expect(plan.steps[0].native).toEqual({
      policy: 'rolling',
      rolling: { batchPercent: 25, waitSeconds: 300, rollbackBatchPercent: 50 },
      maxExecutionSeconds: 7200,
      alarms: [
        'modelgate-translation-en-de-error_rate-max',
        'modelgate-translation-en-de-latency_p99-max',
        'translation-en-de-5xx',
      ],
    });
    expect(plan).toMatchObject({
      mode: 'native',
      expectedDurationSeconds: 3120,
      cost: { extraInstanceHours: 1.733, extraUsd: 1.28 },
    });
  });

  it('a single instance is one batch, with a note', () => {
    const plan = planText(`${HEAD}target: { provider: local, endpoint: e, instanceType: ml.m5.large }
strategy: { type: rolling }
gates: [{ alarm: e-5xx }]
`);
    expect(plan.steps.map((s) => s.name)).toEqual(['batch 1/1: 1 of 1 instances new (100%)']);
    expect(plan.steps[0].native?.maxExecutionSeconds).toBe(900); // default: 1 × (5m + 10m)
    expect(plan.notes).toContain('rolling with instanceCount 1 replaces the only instance in a single batch');
  });
});

describe('plans in general', () => {
  const examples = [
    'all-at-once',
    'canary',
    'canary-native',
    'linear',
    'blue-green',
    'shadow',
    'ab-test',
    'rolling',
  ];

  it.each(examples)('%s: traffic adds up, indexes are in order, the last step completes', async (name) => {
    const plan: Plan = await planFile(`${name}.yaml`);
    plan.steps.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(s.traffic.baseline + s.traffic.candidate).toBeCloseTo(100, 6);
      expect(s.onFail).toBe('rollback');
    });
    expect(['complete', 'keep-baseline']).toContain(plan.steps[plan.steps.length - 1].onPass);
    const sum = plan.steps.reduce((t, s) => t + (s.updateSeconds ?? 0) + s.bakeSeconds, 0);
    expect(plan.expectedDurationSeconds).toBe(sum);
    expect(plan.maxDurationSeconds).toBe(sum + plan.steps.reduce((t, s) => t + s.maxExtensionSeconds, 0));
  });

  it('is deterministic and leaves the spec untouched', async () => {
    const { spec } = await loadSpecFile('examples/canary.yaml');
    const before = structuredClone(spec);
    const deepFreeze = (o: object) => {
      Object.freeze(o);
      for (const v of Object.values(o)) if (v && typeof v === 'object') deepFreeze(v);
    };
    deepFreeze(spec);
    expect(planRollout(spec)).toEqual(planRollout(spec));
    expect(spec).toEqual(before);
  });

  it('names the candidate from the artifact when there is no sha256', () => {
    const spec = (artifact: string) =>
      planText(`apiVersion: modelgate/v1
model: { name: fraud, artifact: ${artifact}, image: repo/fraud:1 }
target: { provider: local, endpoint: e, instanceType: ml.m5.large }
strategy: { type: all-at-once }
`).candidateModel;
    expect(spec('s3://b-1/a.tar.gz')).toMatch(/^fraud-[0-9a-f]{8}$/);
    expect(spec('s3://b-1/a.tar.gz')).toBe(spec('s3://b-1/a.tar.gz'));
    expect(spec('s3://b-1/b.tar.gz')).not.toBe(spec('s3://b-1/a.tar.gz'));
  });

  it('says when cost is unknown, rollback is off, or the deadline could be hit', () => {
    const plan = planText(`${HEAD}target: { provider: local, endpoint: e, instanceType: ml.x9.mega }
strategy: { type: canary, steps: [{ weight: 10, bake: 30m }, { weight: 100 }] }
gates: { maxExtension: 1h, rules: [{ metric: error_rate, max: 0.01 }] }
rollback: { enabled: false, deadline: 1h }
`);
    expect(plan.cost).toMatchObject({ hourlyUsd: null, extraUsd: null });
    expect(plan.autoRollback).toBe(false);
    expect(plan.notes).toEqual([
      'automatic rollback is off: a failed gate stops the rollout and leaves the endpoint as it is',
      'with every bake extended the rollout could take 1h48m, past rollback.deadline (1h)',
      'no price for ml.x9.mega in the price table: cost unknown',
    ]);
  });

  it('passes an inconclusive step when gates.onInconclusive is pass', () => {
    const plan = planText(`${HEAD}target: { provider: local, endpoint: e, instanceType: ml.m5.large }
strategy: { type: canary, steps: [{ weight: 10 }, { weight: 100 }] }
gates: { onInconclusive: pass, maxExtension: 0s, rules: [{ metric: error_rate, max: 0.01 }] }
`);
    expect(plan.steps[1]).toMatchObject({
      onPass: 'next',
      onInconclusive: 'next',
      maxExtensionSeconds: 0,
      bakeSeconds: 600,
    });
  });

  it('gives SageMaker no alarms when automatic rollback is off', () => {
    const plan = planText(`${HEAD}target: { provider: local, endpoint: e, instanceType: ml.m5.large }
strategy: { type: all-at-once }
gates: [{ alarm: e-5xx }]
rollback: { enabled: false }
`);
    expect(plan.steps[0].native?.alarms).toEqual([]);
  });

  it('is pure: src/plan reads no files and calls no network', () => {
    for (const f of ['plan.ts', 'kit.ts', 'driven.ts', 'native.ts', 'cost.ts', 'names.ts', 'format.ts']) {
      const src = readFileSync(`src/plan/${f}`, 'utf8');
      expect(src).not.toMatch(/from 'node:(fs|net|http|https|child_process)/);
    }
  });
});
