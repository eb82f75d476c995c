import { describe, expect, it } from 'vitest';
import {
  buildReport,
  createReport,
  reduceReport,
  reportChecksFromFacts,
  withPlan,
} from '../../src/report/index.js';
import type { CheckFacts } from '../../src/checks/types.js';
import * as s from './scenarios.js';

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

describe('reduceReport', () => {
  const plan = s.canaryPlan();
  const init = () => createReport({ environment: 'production', endpoint: 'fraud-prod', plan });

  it('never mutates its input state or events', () => {
    const { events } = s.rolledBackCanary();
    let state = deepFreeze(init());
    for (const e of events) state = deepFreeze(reduceReport(state, deepFreeze(e)));
    expect(state.deployment?.outcome?.outcome).toBe('rolled-back');
  });

  it('folds the rolled-back canary into steps, traffic, windows, gates and the rollback', () => {
    const d = buildReport(init(), s.rolledBackCanary().events).deployment!;
    expect(d.steps.map((x) => x.status)).toEqual(['passed', 'passed', 'failed', 'pending', 'pending']);
    expect(d.traffic.map((t) => t.candidate)).toEqual([10, 50, 0]);
    expect(d.windows).toHaveLength(8);
    expect(d.gates).toHaveLength(24);
    expect(d.rollback).toMatchObject({
      reason: 'gate-failed',
      verified: true,
      endpointConfig: 'fraud-prod-mg-6c01',
    });
    expect(d.rollback!.failedGates.map((g) => g.result.gateId)).toEqual(['error-rate']);
    expect(d.candidate).toEqual({ endpointConfig: 'fraud-prod-mg-7f3a', model: 'fraud-detector-v43' });
  });

  it('is plain JSON: the action can persist and resume it', () => {
    const state = buildReport(init(), s.promotedCanary().events);
    expect(JSON.parse(JSON.stringify(state))).toEqual(JSON.parse(JSON.stringify(state)));
    const resumed = JSON.parse(JSON.stringify(buildReport(init(), s.promotedCanary().events.slice(0, 30))));
    const rest = s.promotedCanary().events.slice(30);
    expect(JSON.stringify(buildReport(resumed, rest))).toBe(JSON.stringify(state));
  });

  it('a new deployment replaces the old one; policy and checks stay', () => {
    const withChecks = { ...init(), checks: [{ id: 'artifact', status: 'pass' as const, summary: 'ok' }] };
    const first = buildReport(withChecks, s.rolledBackCanary().events);
    const second = reduceReport(first, {
      type: 'deployment-started',
      at: s.T0 + 3_600_000,
      deploymentId: 'mg-next',
      plan,
      endpoint: 'fraud-prod',
      resumed: true,
    });
    expect(second.deployment?.id).toBe('mg-next');
    expect(second.deployment?.resumed).toBe(true);
    expect(second.deployment?.gates).toEqual([]);
    expect(second.checks).toEqual(withChecks.checks);
  });

  it('events before any deployment-started (a reporter attached late) still fold', () => {
    const { events } = s.rolledBackCanary();
    const late = events.filter((e) => e.type !== 'deployment-started');
    const d = buildReport(init(), late).deployment!;
    expect(d.id).toBe(s.DEPLOYMENT_ID);
    expect(d.steps.find((x) => x.index === 2)?.status).toBe('failed');
  });

  it('withPlan keeps step progress', () => {
    const state = buildReport(init(), s.rolledBackCanary().events);
    expect(withPlan(state, plan).deployment!.steps.map((x) => x.status)).toEqual(
      state.deployment!.steps.map((x) => x.status),
    );
  });
});

describe('reportChecksFromFacts', () => {
  it('turns the checks’ facts into report rows with evidence', () => {
    const facts: CheckFacts = {
      passed: false,
      artifact: {
        passed: true,
        problems: [],
        uri: 's3://models/fraud/v43/model.tar.gz',
        location: 's3',
        sha256Expected: 'a'.repeat(64),
        sha256Actual: 'a'.repeat(64),
        sha256Source: 's3-checksum',
        sha256Matches: true,
        sizeBytes: 48_200_000,
        minSizeBytes: 1_000,
        maxSizeBytes: null,
        sizeWithinBounds: true,
        files: ['code/inference.py', 'model.xgb'],
        requiredFiles: ['code/inference.py', 'model.xgb'],
        missingFiles: [],
        metadata: null,
        image: {
          uri: '123.dkr.ecr.us-east-1.amazonaws.com/xgboost:1.7-1',
          allowListed: true,
          matchedPattern: '*.dkr.ecr.*',
          allowList: ['*.dkr.ecr.*'],
        },
        registry: null,
      },
      data: {
        passed: false,
        problems: ['3 of 4 features drifted'],
        reference: { path: 'data/train.parquet', format: 'parquet', rows: 10_000, bytes: 1 },
        current: { path: 'data/recent.csv', format: 'csv', rows: 5_000, bytes: 1 },
        schema: { passed: true, problems: [], columns: [], violations: [] },
        drift: {
          features: [
            {
              column: 'amount',
              kind: 'numerical',
              method: 'wasserstein',
              statistic: 0.31,
              pValue: null,
              threshold: 0.1,
              drifted: true,
              referenceRows: 10_000,
              currentRows: 5_000,
              sampled: false,
              tests: [],
            },
          ],
          skipped: [{ column: 'id', reason: 'unique per row' }],
          checked: 4,
          drifted: 3,
          driftedShare: 0.75,
          datasetDriftPercent: 50,
          datasetDrift: true,
        },
      },
      evaluation: {
        passed: true,
        problems: [],
        candidate: { auc: 0.91 },
        baseline: { auc: 0.9 },
        requirements: [{ expr: 'candidate.auc >= baseline.auc - 0.005', passed: true, error: null }],
      },
    };
    const rows = reportChecksFromFacts(facts);
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      ['artifact', 'pass'],
      ['data.schema', 'pass'],
      ['data.drift', 'fail'],
      ['evaluation', 'pass'],
    ]);
    expect(rows[0].summary).toBe('sha256 matches, 48.2 MB, 2/2 required files, image allowed');
    expect(rows[2].summary).toBe('3 of 4 features drifted (amount), 75%; the dataset drifts at ≥ 50%');
    expect(rows[2].evidence?.[0]).toMatchObject({ column: 'amount', method: 'wasserstein', drifted: true });
    expect(rows[3].summary).toBe('1 of 1 requirements hold');
  });
});
