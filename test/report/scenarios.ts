/**
 * Realistic inputs for the report: a canary plan, its spec gates, and event logs as the rollout
 * executor emits them (a promoted canary, a rolled-back canary), plus policy decisions and checks.
 * Also used by scripts/render-example.ts to write docs/examples/.
 */
import type { Plan, PlanStep } from '../../src/plan/types.js';
import { buildReport, createReport, withChecks, withGates, withPolicy } from '../../src/report/state.js';
import type {
  ReportCheck,
  ReportContext,
  ReportPolicyDecision,
  ReportState,
} from '../../src/report/types.js';
import type { GateResult, MetricWindow, RolloutEvent, VariantFigures } from '../../src/rollout/events.js';
import type { Gate } from '../../src/spec/types.js';

export const T0 = Date.UTC(2026, 10, 24, 14, 0, 0);
const MIN = 60_000;
export const DEPLOYMENT_ID = 'mg-20261124-140000-7f3a';

function step(p: Partial<PlanStep> & Pick<PlanStep, 'index' | 'name' | 'action' | 'traffic'>): PlanStep {
  return {
    shadowPercent: 0,
    instances: { baseline: 2, candidate: 1 },
    bakeSeconds: 0,
    gates: [],
    minInvocations: 0,
    maxExtensionSeconds: 0,
    onPass: 'next',
    onFail: 'rollback',
    onInconclusive: 'extend',
    ...p,
  };
}

const GATE_IDS = ['error-rate', 'latency-p99', 'alarm-5xx'];

export function canaryPlan(): Plan {
  return {
    schemaVersion: 1,
    strategy: 'canary',
    mode: 'driven',
    endpoint: 'fraud-prod',
    model: 'fraud-detector-v43',
    variants: { baseline: 'fraud-detector-v42', candidate: 'fraud-detector-v43' },
    steps: [
      step({
        index: 0,
        name: 'provision candidate',
        action: 'provision',
        traffic: { baseline: 100, candidate: 0 },
      }),
      step({
        index: 1,
        name: 'canary 10%',
        action: 'shift',
        traffic: { baseline: 90, candidate: 10 },
        bakeSeconds: 600,
        gates: GATE_IDS,
        minInvocations: 500,
        maxExtensionSeconds: 300,
      }),
      step({
        index: 2,
        name: 'canary 50%',
        action: 'shift',
        traffic: { baseline: 50, candidate: 50 },
        instances: { baseline: 2, candidate: 2 },
        bakeSeconds: 600,
        gates: GATE_IDS,
        minInvocations: 500,
        maxExtensionSeconds: 300,
      }),
      step({
        index: 3,
        name: 'promote 100%',
        action: 'finalize',
        traffic: { baseline: 0, candidate: 100 },
        instances: { baseline: 0, candidate: 2 },
        onPass: 'complete',
      }),
      step({
        index: 4,
        name: 'post-promotion watch',
        action: 'watch',
        traffic: { baseline: 0, candidate: 100 },
        instances: { baseline: 0, candidate: 2 },
        bakeSeconds: 600,
        gates: GATE_IDS,
        onPass: 'complete',
      }),
    ],
    expectedDurationSeconds: 2_100,
    maxDurationSeconds: 2_700,
    cost: {
      instanceType: 'ml.m5.xlarge',
      hourlyUsd: 0.23,
      extraInstanceHours: 0.92,
      extraUsd: 0.2116,
      priceRegion: 'us-east-1',
      priceDate: '2026-11-01',
    },
    notes: [
      'The baseline fleet is kept until the post-promotion watch ends, so a late failure restores it at once.',
    ],
  };
}

export function canaryGates(): Gate[] {
  return [
    { kind: 'metric', id: 'error-rate', metric: 'error_rate', max: 0.01, alpha: 0.05 },
    { kind: 'metric', id: 'latency-p99', metric: 'latency_p99', maxRatioToBaseline: 1.2, alpha: 0.05 },
    { kind: 'alarm', id: 'alarm-5xx', alarm: 'fraud-prod-5xx' },
  ];
}

export function context(): ReportContext {
  return {
    repository: 'acme/fraud-models',
    serverUrl: 'https://github.com',
    runUrl: 'https://github.com/acme/fraud-models/actions/runs/1234567890',
    workflowFile: 'modelgate.yml',
    ref: 'main',
    region: 'us-east-1',
    specPath: 'models/fraud/modelgate.yaml',
    pullRequest: 42,
  };
}

function figures(invocations: number, errorRate: number, p99: number): VariantFigures {
  return {
    invocations,
    errors5xx: Math.round(invocations * errorRate),
    errors4xx: Math.round(invocations * 0.002),
    modelErrors: 0,
    latencyAvgMs: Math.round(p99 * 0.35),
    latencySamples: invocations,
    latencyMs: { p50: Math.round(p99 * 0.3), p99 },
  };
}

interface Reading {
  candErrorRate: number;
  candP99: number;
}

/** One window's metrics and the three gate evaluations on it, as the executor emits them. */
function windowEvents(stepIndex: number, end: number, share: number, r: Reading): RolloutEvent[] {
  const total = 2_400;
  const cand = Math.round(total * share);
  const base = total - cand;
  const window: MetricWindow = {
    start: end - 2 * MIN,
    end,
    variants: { candidate: figures(cand, r.candErrorRate, r.candP99), baseline: figures(base, 0.0021, 182) },
  };
  const errorFail = r.candErrorRate > 0.01;
  const ratio = r.candP99 / 182;
  const results: GateResult[] = [
    {
      gateId: 'error-rate',
      status: errorFail ? 'fail' : 'pass',
      summary: `error_rate ${(r.candErrorRate * 100).toFixed(2)}% ${errorFail ? '>' : '≤'} 1% (n=${cand.toLocaleString('en-US')})`,
      evidence: {
        metric: 'error_rate',
        candidate: r.candErrorRate,
        baseline: 0.0021,
        threshold: 0.01,
        samples: { candidate: cand, baseline: base },
      },
    },
    {
      gateId: 'latency-p99',
      status: ratio > 1.2 ? 'fail' : 'pass',
      summary: `latency_p99 ${r.candP99} ms = ${ratio.toFixed(2)}× baseline ${ratio > 1.2 ? '>' : '≤'} 1.2×`,
      evidence: {
        metric: 'latency_p99',
        candidate: r.candP99,
        baseline: 182,
        ratio,
        threshold: 1.2,
        samples: { candidate: cand, baseline: base },
        pValue: ratio > 1.1 ? 0.004 : 0.41,
        test: 'mann-whitney',
        alpha: 0.05,
      },
    },
    {
      gateId: 'alarm-5xx',
      status: 'pass',
      summary: 'alarm fraud-prod-5xx is OK',
      evidence: { alarmState: 'OK' },
    },
  ];
  return [
    { type: 'metrics-read', at: end + 5_000, deploymentId: DEPLOYMENT_ID, stepIndex, window },
    ...results.map((result): RolloutEvent => ({
      type: 'gate-evaluated',
      at: end + 6_000,
      deploymentId: DEPLOYMENT_ID,
      stepIndex,
      result,
    })),
  ];
}

function stepStart(plan: Plan, i: number, at: number): RolloutEvent[] {
  const s = plan.steps[i];
  const events: RolloutEvent[] = [{ type: 'step-started', at, deploymentId: DEPLOYMENT_ID, step: s }];
  if (s.action !== 'provision' && s.action !== 'watch') {
    events.push({
      type: 'traffic-shifted',
      at: at + 45_000,
      deploymentId: DEPLOYMENT_ID,
      stepIndex: i,
      traffic: s.traffic,
      shadowPercent: 0,
    });
  }
  return events;
}

function opening(plan: Plan): RolloutEvent[] {
  return [
    {
      type: 'deployment-started',
      at: T0,
      deploymentId: DEPLOYMENT_ID,
      plan,
      endpoint: plan.endpoint,
      resumed: false,
    },
    {
      type: 'lock-acquired',
      at: T0 + 1_000,
      deploymentId: DEPLOYMENT_ID,
      owner: 'github-actions run 1234567890',
      expiresAt: T0 + 60 * MIN,
    },
    ...stepStart(plan, 0, T0 + 2_000),
    {
      type: 'provisioned',
      at: T0 + 4 * MIN,
      deploymentId: DEPLOYMENT_ID,
      endpointConfig: 'fraud-prod-mg-7f3a',
      model: 'fraud-detector-v43',
    },
    { type: 'step-passed', at: T0 + 4 * MIN, deploymentId: DEPLOYMENT_ID, stepIndex: 0 },
    ...stepStart(plan, 1, T0 + 4 * MIN + 1_000),
  ];
}

function healthyBake(stepIndex: number, startMin: number, share: number): RolloutEvent[] {
  const out: RolloutEvent[] = [];
  for (let m = startMin + 2; m <= startMin + 10; m += 2) {
    out.push(
      ...windowEvents(stepIndex, T0 + m * MIN, share, {
        candErrorRate: 0.0018 + (m % 3) * 0.0002,
        candP99: 176 + (m % 4) * 3,
      }),
    );
  }
  return out;
}

/** Canary 10% passes, canary 50% breaks the error-rate gate, the rollback restores v42. */
export function rolledBackCanary(): { plan: Plan; events: RolloutEvent[] } {
  const plan = canaryPlan();
  const events: RolloutEvent[] = [
    ...opening(plan),
    ...healthyBake(1, 5, 0.1),
    { type: 'step-passed', at: T0 + 15 * MIN + 10_000, deploymentId: DEPLOYMENT_ID, stepIndex: 1 },
    ...stepStart(plan, 2, T0 + 15 * MIN + 20_000),
    ...windowEvents(2, T0 + 18 * MIN, 0.5, { candErrorRate: 0.0024, candP99: 188 }),
    ...windowEvents(2, T0 + 20 * MIN, 0.5, { candErrorRate: 0.0062, candP99: 203 }),
    ...windowEvents(2, T0 + 22 * MIN, 0.5, { candErrorRate: 0.0311, candP99: 214 }),
    {
      type: 'rolling-back',
      at: T0 + 22 * MIN + 7_000,
      deploymentId: DEPLOYMENT_ID,
      reason: 'gate-failed',
      detail: 'gate error-rate failed at canary 50%',
    },
    {
      type: 'traffic-shifted',
      at: T0 + 22 * MIN + 40_000,
      deploymentId: DEPLOYMENT_ID,
      stepIndex: 2,
      traffic: { baseline: 100, candidate: 0 },
      shadowPercent: 0,
    },
    {
      type: 'rolled-back',
      at: T0 + 25 * MIN,
      deploymentId: DEPLOYMENT_ID,
      endpointConfig: 'fraud-prod-mg-6c01',
      verified: true,
    },
    {
      type: 'done',
      at: T0 + 25 * MIN + 1_000,
      deploymentId: DEPLOYMENT_ID,
      outcome: 'rolled-back',
      summary: 'Rolled back to fraud-prod-mg-6c01 after gate error-rate failed at canary 50%.',
    },
  ];
  return { plan, events };
}

/** Every step passes; the candidate serves 100% and survives the watch. */
export function promotedCanary(): { plan: Plan; events: RolloutEvent[] } {
  const plan = canaryPlan();
  const events: RolloutEvent[] = [
    ...opening(plan),
    ...healthyBake(1, 5, 0.1),
    { type: 'step-passed', at: T0 + 15 * MIN + 10_000, deploymentId: DEPLOYMENT_ID, stepIndex: 1 },
    ...stepStart(plan, 2, T0 + 15 * MIN + 20_000),
    ...healthyBake(2, 16, 0.5),
    { type: 'step-passed', at: T0 + 26 * MIN + 10_000, deploymentId: DEPLOYMENT_ID, stepIndex: 2 },
    ...stepStart(plan, 3, T0 + 26 * MIN + 20_000),
    { type: 'step-passed', at: T0 + 28 * MIN, deploymentId: DEPLOYMENT_ID, stepIndex: 3 },
    ...stepStart(plan, 4, T0 + 28 * MIN + 1_000),
    ...healthyBake(4, 28, 1),
    { type: 'step-passed', at: T0 + 38 * MIN + 10_000, deploymentId: DEPLOYMENT_ID, stepIndex: 4 },
    {
      type: 'promoted',
      at: T0 + 38 * MIN + 20_000,
      deploymentId: DEPLOYMENT_ID,
      endpointConfig: 'fraud-prod-mg-7f3a',
    },
    {
      type: 'done',
      at: T0 + 38 * MIN + 21_000,
      deploymentId: DEPLOYMENT_ID,
      outcome: 'promoted',
      summary: 'fraud-detector-v43 serves 100% of fraud-prod.',
    },
  ];
  return { plan, events };
}

export function allowDecisions(): ReportPolicyDecision[] {
  return [
    {
      ruleId: 'baseline.artifact-hash',
      decision: 'allow',
      severity: 'deny',
      message: 'Artifact sha256 is pinned.',
      pack: 'builtin:baseline',
    },
    {
      ruleId: 'baseline.image-allowed',
      decision: 'allow',
      severity: 'deny',
      message: 'Image is allow-listed.',
      pack: 'builtin:baseline',
    },
    {
      ruleId: 'baseline.rollback-enabled',
      decision: 'allow',
      severity: 'deny',
      message: 'Automatic rollback is on.',
      pack: 'builtin:baseline',
    },
    {
      ruleId: 'production.progressive',
      decision: 'allow',
      severity: 'deny',
      message: 'canary is a progressive strategy.',
      pack: 'builtin:production',
    },
    {
      ruleId: 'production.first-step',
      decision: 'allow',
      severity: 'deny',
      message: 'First step moves 10% of traffic.',
      pack: 'builtin:production',
    },
  ];
}

/** A production spec whose first canary step is too large, from a Friday-evening PR. */
export function refusingDecisions(): ReportPolicyDecision[] {
  return [
    ...allowDecisions().filter((d) => d.ruleId !== 'production.first-step'),
    {
      ruleId: 'production.first-step',
      decision: 'deny',
      severity: 'deny',
      message: 'The first canary step moves 25% of traffic; production allows at most 10%.',
      pack: 'builtin:production',
      source: { file: 'policies/production/rules.yaml', line: 41, column: 5 },
    },
    {
      ruleId: 'team.no-friday-deploys',
      decision: 'waived',
      severity: 'deny',
      message: 'No deploys after 15:00 on Fridays.',
      waiver: {
        reason: 'Fraud spike needs the new model before the weekend',
        by: 'octocat',
        source: 'label modelgate-waive:team.no-friday-deploys',
      },
      source: { file: '.modelgate/policies/team.yaml', line: 12 },
    },
    {
      ruleId: 'cost-guard.extra-hours',
      decision: 'warn',
      severity: 'warn',
      message: 'The rollout adds 0.92 instance-hours ($0.21).',
      pack: 'builtin:cost-guard',
      source: { file: 'policies/cost-guard/rules.yaml', line: 8 },
    },
  ];
}

export function passingChecks(): ReportCheck[] {
  return [
    {
      id: 'artifact',
      category: 'artifact',
      status: 'pass',
      summary: 'sha256 matches, 48.2 MB, 2/2 required files, image allowed',
    },
    {
      id: 'data.drift',
      category: 'data',
      status: 'pass',
      summary: '0 of 12 features drifted, 0%; the dataset drifts at ≥ 50%',
      evidence: [
        {
          column: 'amount',
          kind: 'numerical',
          method: 'ks',
          statistic: 0.021,
          'p-value': 0.41,
          threshold: 0.05,
          drifted: false,
        },
        {
          column: 'merchant_category',
          kind: 'categorical',
          method: 'chi2',
          statistic: 3.2,
          'p-value': 0.67,
          threshold: 0.05,
          drifted: false,
        },
      ],
    },
    { id: 'evaluation', category: 'evaluation', status: 'pass', summary: '2 of 2 requirements hold' },
  ];
}

/**
 * The documented example (docs/examples/rolled-back-canary.md): a production canary, allowed by
 * policy with one waiver and one warning, checks passing, rolled back at 50%.
 */
export function exampleRolledBackReport(): ReportState {
  const { plan, events } = rolledBackCanary();
  let state = createReport({ environment: 'production', endpoint: plan.endpoint, context: context(), plan });
  state = withGates(state, canaryGates());
  state = withPolicy(state, {
    decisions: [
      ...allowDecisions(),
      ...refusingDecisions().filter((d) => d.decision === 'waived' || d.decision === 'warn'),
    ],
    sources: ['builtin:baseline', 'builtin:production', 'builtin:cost-guard', '.modelgate/policies'],
  });
  state = withChecks(state, passingChecks());
  return buildReport(state, events);
}
