import { describe, expect, it } from 'vitest';
import { buildQueries, parseWindow } from '../../src/gates/queries.js';
import type { MetricSeries } from '../../src/rollout/ports.js';
import { T0 } from './helpers.js';

const req = {
  targets: { baseline: { endpoint: 'ep', variant: 'blue' }, candidate: { endpoint: 'ep', variant: 'green' } },
  percentiles: ['p99', 'p99.9'],
  periodSeconds: 60,
  startMs: T0,
  endMs: T0 + 180_000,
};

describe('GetMetricData queries', () => {
  it('asks for every metric of both variants in one batch with valid ids', () => {
    const qs = buildQueries(req);
    const ids = qs.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-zA-Z0-9_]*$/);
    expect(
      qs
        .filter((q) => q.target.variant === 'green')
        .map((q) => `${q.metric}:${q.stat}:${q.periodSeconds}`)
        .sort(),
    ).toEqual(
      [
        'Invocation4XXErrors:Sum:60',
        'Invocation5XXErrors:Sum:60',
        'InvocationModelErrors:Sum:60',
        'Invocations:Sum:60',
        'ModelLatency:Average:60',
        'ModelLatency:SampleCount:60',
        'ModelLatency:p99.9:180',
        'ModelLatency:p99.9:60',
        'ModelLatency:p99:180',
        'ModelLatency:p99:60',
      ].sort(),
    );
    expect(
      buildQueries({ ...req, targets: { candidate: req.targets.candidate } }).every(
        (q) => q.target.variant === 'green',
      ),
    ).toBe(true);
  });

  it('parses per-period figures and window aggregates, latency from microseconds to milliseconds', () => {
    const t = [T0, T0 + 60_000, T0 + 120_000];
    const s = (id: string, values: number[], timestamps = t): MetricSeries => ({
      id,
      timestamps,
      values,
      complete: true,
    });
    const data = parseWindow(req, [
      s('c_inv', [100, 200, 300]),
      s('c_e5', [1, 0, 5]),
      s('c_e4', [0, 0, 1]),
      s('c_me', [0, 1, 0]),
      s('c_lavg', [10_000, 20_000, 30_000]),
      s('c_lcnt', [100, 200, 300]),
      s('c_lp99', [50_000, 60_000, 70_000]),
      s('c_wp99', [65_000], [T0]),
      s('b_inv', [1000], [T0 + 60_000]),
    ]);
    expect(data.series.candidate).toHaveLength(3);
    expect(data.series.candidate[2]).toMatchObject({
      invocations: 300,
      errors5xx: 5,
      latencyAvgMs: 30,
      latencyMs: { p99: 70 },
    });
    const c = data.window.variants.candidate!;
    expect(c).toMatchObject({
      invocations: 600,
      errors5xx: 6,
      errors4xx: 1,
      modelErrors: 1,
      latencySamples: 600,
    });
    expect(c.latencyAvgMs).toBeCloseTo((10 * 100 + 20 * 200 + 30 * 300) / 600, 9);
    expect(c.latencyMs).toEqual({ p99: 65 });
    expect(data.window.variants.baseline).toMatchObject({ invocations: 1000, errors5xx: 0 });
  });

  it('leaves a variant without data undefined, so gates see "no data" rather than zeros', () => {
    const data = parseWindow(req, []);
    expect(data.window.variants.candidate).toBeUndefined();
    expect(data.series.candidate).toEqual([]);
  });
});

describe('readWindow', () => {
  it('does not call CloudWatch for an empty window (StartTime = EndTime is refused)', async () => {
    const { readWindow } = await import('../../src/gates/read.js');
    let calls = 0;
    const metrics = {
      getMetricData: async () => {
        calls++;
        return [];
      },
    } as unknown as import('../../src/rollout/ports.js').MetricsPort;
    const data = await readWindow(metrics, { ...req, endMs: req.startMs });
    expect(calls).toBe(0);
    expect(data.window.variants.candidate).toBeUndefined();
    await readWindow(metrics, req);
    expect(calls).toBe(1);
  });
});
