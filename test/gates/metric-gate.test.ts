import { describe, expect, it } from 'vitest';
import { evaluateMetricGate } from '../../src/gates/metric-gate.js';
import type { MetricGate } from '../../src/spec/types.js';
import { period, windowOf } from './helpers.js';

const gate = (g: Partial<MetricGate>): MetricGate => ({
  kind: 'metric',
  id: 'g',
  metric: 'error_rate',
  alpha: 0.05,
  ...g,
});
const ctx = { minInvocations: 100 };

describe('absolute thresholds', () => {
  it('passes an error rate at or below max and fails above it, with the evidence', () => {
    const ok = evaluateMetricGate(
      gate({ max: 0.01 }),
      windowOf([period(0, { invocations: 1000, errors5xx: 10 })]),
      ctx,
    );
    expect(ok.status).toBe('pass');
    expect(ok.evidence).toMatchObject({
      metric: 'error_rate',
      candidate: 0.01,
      threshold: 0.01,
      samples: { candidate: 1000 },
    });
    expect(ok.summary).toContain('1% ≤ 1%');
    const bad = evaluateMetricGate(
      gate({ max: 0.01 }),
      windowOf([period(0, { invocations: 1000, errors5xx: 11 })]),
      ctx,
    );
    expect(bad.status).toBe('fail');
    expect(bad.summary).toContain('1.1% > 1%');
  });

  it('is inconclusive below minInvocations instead of deciding on noise', () => {
    const r = evaluateMetricGate(
      gate({ max: 0.01 }),
      windowOf([period(0, { invocations: 99, errors5xx: 50 })]),
      ctx,
    );
    expect(r.status).toBe('inconclusive');
    expect(r.summary).toContain('too few invocations (99 < 100)');
  });

  it('checks latency percentiles in milliseconds and min bounds', () => {
    const w = windowOf([period(0, { invocations: 500, latencyMs: { p99: 120 } })]);
    expect(evaluateMetricGate(gate({ metric: 'latency_p99', max: 100 }), w, ctx).status).toBe('fail');
    expect(evaluateMetricGate(gate({ metric: 'latency_p99', max: 150 }), w, ctx).status).toBe('pass');
    expect(evaluateMetricGate(gate({ metric: 'latency_p99', min: 130 }), w, ctx).status).toBe('fail');
  });

  it('treats too few invocations on an invocations gate as waiting, not failing', () => {
    const w = windowOf([period(0, { invocations: 40 })]);
    expect(evaluateMetricGate(gate({ metric: 'invocations', min: 50 }), w, ctx).status).toBe('inconclusive');
    expect(evaluateMetricGate(gate({ metric: 'invocations', min: 40 }), w, ctx).status).toBe('pass');
  });

  it('the worst check wins when a gate declares several bounds', () => {
    const w = windowOf(
      [period(0, { invocations: 1000, errors5xx: 5 })],
      [period(0, { invocations: 9000, errors5xx: 9 })],
    );
    const r = evaluateMetricGate(gate({ max: 0.01, maxRatioToBaseline: 2 }), w, ctx);
    expect(r.status).toBe('fail');
    expect(r.evidence.ratio).toBeCloseTo(5, 6);
  });
});

describe('ratio to baseline', () => {
  it('compares candidate / baseline with the ratio in the evidence', () => {
    const w = windowOf(
      [period(0, { invocations: 500, latencyMs: { p99: 110 } })],
      [period(0, { invocations: 5000, latencyMs: { p99: 100 } })],
    );
    const r = evaluateMetricGate(gate({ metric: 'latency_p99', maxRatioToBaseline: 1.2 }), w, ctx);
    expect(r.status).toBe('pass');
    expect(r.evidence.ratio).toBeCloseTo(1.1, 9);
    expect(evaluateMetricGate(gate({ metric: 'latency_p99', maxRatioToBaseline: 1.05 }), w, ctx).status).toBe(
      'fail',
    );
  });

  it('floors a zero baseline error rate at one error in its sample', () => {
    const w = windowOf(
      [period(0, { invocations: 1000, errors5xx: 1 })],
      [period(0, { invocations: 1000, errors5xx: 0 })],
    );
    const r = evaluateMetricGate(gate({ maxRatioToBaseline: 2 }), w, ctx);
    expect(r.evidence.ratio).toBeCloseTo(1, 9);
    expect(r.status).toBe('pass');
  });

  it('is not evaluated without baseline traffic, and says so', () => {
    const r = evaluateMetricGate(
      gate({ maxRatioToBaseline: 2 }),
      windowOf([period(0, { invocations: 1000, errors5xx: 500 })]),
      ctx,
    );
    expect(r.status).toBe('pass');
    expect(r.summary).toContain('no baseline traffic');
  });

  it('waits while the baseline has too few invocations', () => {
    const w = windowOf([period(0, { invocations: 1000, errors5xx: 1 })], [period(0, { invocations: 10 })]);
    expect(evaluateMetricGate(gate({ maxRatioToBaseline: 2 }), w, ctx).status).toBe('inconclusive');
  });
});

describe('statistical comparisons', () => {
  const counts = (ce: number, cn: number, be: number, bn: number) =>
    windowOf(
      [period(0, { invocations: cn, errors5xx: ce })],
      [period(0, { invocations: bn, errors5xx: be })],
    );

  it('Fisher fails a candidate with significantly more errors, with the p-value', () => {
    const r = evaluateMetricGate(gate({ test: 'fisher' }), counts(30, 1000, 100, 9000), ctx);
    expect(r.status).toBe('fail');
    expect(r.evidence.pValue).toBeLessThan(0.05);
    expect(r.evidence).toMatchObject({ test: 'fisher', alpha: 0.05 });
  });

  it('Fisher passes when the difference is within noise', () => {
    const r = evaluateMetricGate(gate({ test: 'fisher' }), counts(12, 1000, 100, 9000), ctx);
    expect(r.status).toBe('pass');
    expect(r.evidence.pValue).toBeGreaterThan(0.05);
  });

  it('binomial tests the candidate count against the baseline rate', () => {
    expect(evaluateMetricGate(gate({ test: 'binomial' }), counts(30, 1000, 100, 9000), ctx).status).toBe(
      'fail',
    );
    expect(evaluateMetricGate(gate({ test: 'binomial' }), counts(11, 1000, 100, 9000), ctx).status).toBe(
      'pass',
    );
  });

  it('interim looks use the always-valid mixture SPRT, which is more conservative than Fisher', () => {
    const w = counts(18, 1000, 100, 9000);
    const fixed = evaluateMetricGate(gate({ test: 'fisher' }), w, ctx);
    const interim = evaluateMetricGate(gate({ test: 'fisher' }), w, { ...ctx, interim: true });
    expect(interim.evidence.test).toContain('mixture SPRT');
    expect(interim.evidence.pValue!).toBeGreaterThan(fixed.evidence.pValue!);
  });

  it('Mann–Whitney uses per-period latency as samples and needs five periods each', () => {
    const mk = (vals: number[]) => vals.map((v, i) => period(i, { invocations: 200, latencyMs: { p99: v } }));
    const slow = windowOf(mk([130, 135, 128, 140, 138, 133]), mk([100, 102, 99, 101, 98, 103]));
    const r = evaluateMetricGate(gate({ metric: 'latency_p99', test: 'mann-whitney' }), slow, ctx);
    expect(r.status).toBe('fail');
    expect(r.evidence.samples).toEqual({ candidate: 6, baseline: 6 });
    const same = windowOf(mk([100, 103, 98, 101, 99, 102]), mk([100, 102, 99, 101, 98, 103]));
    expect(evaluateMetricGate(gate({ metric: 'latency_p99', test: 'mann-whitney' }), same, ctx).status).toBe(
      'pass',
    );
    const short = windowOf(mk([130, 135, 128]), mk([100, 102, 99]));
    expect(evaluateMetricGate(gate({ metric: 'latency_p99', test: 'mann-whitney' }), short, ctx).status).toBe(
      'inconclusive',
    );
  });

  it('refuses Fisher on a latency metric rather than pretending to test it', () => {
    const w = windowOf(
      [period(0, { invocations: 1000, latencyMs: { p99: 1 } })],
      [period(0, { invocations: 1000, latencyMs: { p99: 1 } })],
    );
    expect(evaluateMetricGate(gate({ metric: 'latency_p99', test: 'fisher' }), w, ctx).status).toBe('fail');
  });
});
