import { describe, expect, it } from 'vitest';
import { decideAbTest } from '../../src/gates/ab-test.js';
import { evaluateAgreement } from '../../src/gates/agreement.js';
import { evaluateAlarmGate } from '../../src/gates/alarm-gate.js';
import { abortAlarm, alarmsFromGates } from '../../src/gates/alarms.js';
import { combineStatus } from '../../src/gates/combine.js';
import { lastPeriod } from '../../src/gates/evaluate.js';
import type { AbTestStrategy, Gate } from '../../src/spec/types.js';
import { period, windowOf } from './helpers.js';

describe('alarm gates', () => {
  const g = { kind: 'alarm' as const, id: 'a', alarm: 'prod-5xx' };
  it('fails in ALARM, passes OK and INSUFFICIENT_DATA, fails when the alarm is missing', () => {
    expect(evaluateAlarmGate(g, { state: 'ALARM', reason: 'Threshold Crossed' })).toMatchObject({
      status: 'fail',
      evidence: { alarmState: 'ALARM' },
    });
    expect(evaluateAlarmGate(g, { state: 'OK' }).status).toBe('pass');
    expect(evaluateAlarmGate(g, { state: 'INSUFFICIENT_DATA' }).status).toBe('pass');
    expect(evaluateAlarmGate(g, undefined)).toMatchObject({
      status: 'fail',
      summary: 'alarm prod-5xx does not exist',
    });
  });
});

describe('combineStatus', () => {
  const r = (status: 'pass' | 'fail' | 'inconclusive') => ({
    gateId: status,
    status,
    summary: '',
    evidence: {},
  });
  it('fail beats inconclusive beats pass', () => {
    expect(combineStatus([r('pass'), r('inconclusive'), r('fail')])).toBe('fail');
    expect(combineStatus([r('pass'), r('inconclusive')])).toBe('inconclusive');
    expect(combineStatus([r('pass')])).toBe('pass');
    expect(combineStatus([])).toBe('pass');
  });
});

describe('lastPeriod', () => {
  it('narrows a window to its newest period for both variants', () => {
    const w = windowOf(
      [period(0, { invocations: 100 }), period(1, { invocations: 200, errors5xx: 50 })],
      [period(0, { invocations: 900 }), period(1, { invocations: 800 })],
    );
    const last = lastPeriod(w, 60_000)!;
    expect(last.window.variants.candidate).toMatchObject({ invocations: 200, errors5xx: 50 });
    expect(last.window.variants.baseline).toMatchObject({ invocations: 800 });
    expect(last.window.end - last.window.start).toBe(60_000);
  });
});

describe('agreement from data capture', () => {
  const rec = (id: string, variant: string, output: string) => ({ eventId: id, variant, time: 1, output });
  const variants = { production: 'prod', shadow: 'shadow' };

  it('match rate pairs records by id and compares a JSON field', () => {
    const records = [
      rec('1', 'prod', '{"label":"fraud"}'),
      rec('1', 'shadow', '{"label":"fraud"}'),
      rec('2', 'prod', '{"label":"ok"}'),
      rec('2', 'shadow', '{"label":"fraud"}'),
      rec('3', 'prod', '{"label":"ok"}'),
      rec('4', 'shadow', '{"label":"ok"}'),
    ];
    const r = evaluateAgreement(
      { metric: 'match-rate', threshold: 0.9, field: 'label', minSamples: 2 },
      records,
      variants,
    );
    expect(r).toMatchObject({
      gateId: 'agreement',
      status: 'fail',
      evidence: { candidate: 0.5, samples: { candidate: 2 } },
    });
    expect(
      evaluateAgreement(
        { metric: 'match-rate', threshold: 0.5, field: 'label', minSamples: 2 },
        records,
        variants,
      ).status,
    ).toBe('pass');
  });

  it('mean absolute difference on scores, whole body or field', () => {
    const records = [
      rec('1', 'prod', '0.9'),
      rec('1', 'shadow', '0.8'),
      rec('2', 'prod', '[0.2]'),
      rec('2', 'shadow', '[0.5]'),
    ];
    const r = evaluateAgreement(
      { metric: 'mean-abs-diff', threshold: 0.25, minSamples: 2 },
      records,
      variants,
    );
    expect(r.status).toBe('pass');
    expect(r.evidence.candidate).toBeCloseTo(0.2, 9);
    expect(
      evaluateAgreement({ metric: 'mean-abs-diff', threshold: 0.1, minSamples: 2 }, records, variants).status,
    ).toBe('fail');
  });

  it('is inconclusive below minSamples', () => {
    const r = evaluateAgreement(
      { metric: 'match-rate', threshold: 0.9, minSamples: 5 },
      [rec('1', 'prod', 'a'), rec('1', 'shadow', 'a')],
      variants,
    );
    expect(r.status).toBe('inconclusive');
  });
});

describe('A/B decision', () => {
  const strategy = (over: Partial<AbTestStrategy> = {}): AbTestStrategy => ({
    type: 'ab-test',
    candidatePercent: 50,
    durationSeconds: 600,
    metric: { name: 'Conversions', namespace: 'Shop', kind: 'proportion', goal: 'maximize' },
    alpha: 0.05,
    test: 'fisher',
    onNoWinner: 'keep-baseline',
    ...over,
  });
  const counts = (sc: number, nc: number, sb: number, nb: number) => {
    const w = windowOf([period(0, { invocations: nc })], [period(0, { invocations: nb })]);
    w.extra = { candidate: { succ: sc, trials: nc }, baseline: { succ: sb, trials: nb } };
    return w;
  };

  it('promotes a significantly better candidate and keeps a significantly better baseline', () => {
    const win = decideAbTest(strategy(), counts(300, 2000, 200, 2000));
    expect(win.winner).toBe('candidate');
    expect(win.result).toMatchObject({
      gateId: 'ab-test',
      status: 'pass',
      evidence: { candidate: 0.15, baseline: 0.1, test: 'fisher' },
    });
    expect(decideAbTest(strategy(), counts(200, 2000, 300, 2000)).winner).toBe('baseline');
    expect(
      decideAbTest(
        strategy({ metric: { name: 'Errors', kind: 'proportion', goal: 'minimize' } }),
        counts(200, 2000, 300, 2000),
      ).winner,
    ).toBe('candidate');
  });

  it('declares no winner within noise, and reports sample-size readiness', () => {
    const d = decideAbTest(strategy({ minSamplesPerVariant: 1000 }), counts(205, 2000, 200, 2000));
    expect(d.winner).toBe('none');
    expect(d.result.status).toBe('inconclusive');
    expect(d.samplesReached).toBe(true);
    expect(
      decideAbTest(strategy({ minSamplesPerVariant: 5000 }), counts(205, 2000, 200, 2000)).samplesReached,
    ).toBe(false);
  });

  it('tests continuous metrics on per-period averages', () => {
    const mk = (vals: number[]) =>
      vals.map((v, i) => period(i, { invocations: 100, extra: { avg: v, cnt: 100 } }));
    const w = windowOf(mk([12, 13, 12.5, 13.2, 12.8, 13.1]), mk([10, 10.4, 9.9, 10.2, 10.1, 9.8]));
    const d = decideAbTest(
      strategy({
        metric: { name: 'Revenue', namespace: 'Shop', kind: 'continuous', goal: 'maximize' },
        test: 'welch',
      }),
      w,
    );
    expect(d.winner).toBe('candidate');
    expect(d.result.evidence.samples).toEqual({ candidate: 6, baseline: 6 });
  });
});

describe('native auto-rollback alarms', () => {
  const ctx = {
    name: (id: string) => `modelgate-ep-${id}`,
    target: { endpoint: 'ep', variant: 'AllTraffic', endpointConfig: 'ep-new' },
    periodSeconds: 60,
    deploymentId: 'd1',
  };
  it('turns absolute bounds into alarms with CloudWatch units, and skips what an alarm cannot express', () => {
    const gates: Gate[] = [
      { kind: 'metric', id: 'err', metric: 'error_rate', max: 0.01, alpha: 0.05 },
      { kind: 'metric', id: 'p99', metric: 'latency_p99', max: 250, alpha: 0.05 },
      { kind: 'metric', id: 'ratio', metric: 'latency_p50', maxRatioToBaseline: 1.2, alpha: 0.05 },
      { kind: 'metric', id: 'inv', metric: 'invocations', min: 100, alpha: 0.05 },
      { kind: 'alarm', id: 'al', alarm: 'x' },
    ];
    const alarms = alarmsFromGates(gates, ctx);
    expect(alarms.map((a) => a.name)).toEqual(['modelgate-ep-err', 'modelgate-ep-p99']);
    expect(alarms[0]).toMatchObject({
      metric: 'Invocation5XXErrors',
      stat: 'Average',
      threshold: 0.01,
      comparison: 'GreaterThanThreshold',
    });
    expect(alarms[1]).toMatchObject({ metric: 'ModelLatency', stat: 'p99', threshold: 250_000 });
    expect(alarms[1].target.endpointConfig).toBe('ep-new');
  });
  it('the abort switch never breaches by itself', () => {
    const a = abortAlarm(ctx);
    expect(a).toMatchObject({
      name: 'modelgate-ep-abort',
      treatMissingData: 'notBreaching',
      comparison: 'GreaterThanThreshold',
    });
    expect(a.threshold).toBeGreaterThan(1e12);
  });
});
