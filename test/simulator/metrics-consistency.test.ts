import { GetMetricDataCommand, type MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import { CreateEndpointCommand, UpdateEndpointWeightsAndCapacitiesCommand } from '@aws-sdk/client-sagemaker';
import { afterEach, describe as group, expect, test } from 'vitest';
import type { Scenario } from '../../src/providers/local/index.js';
import { createConfig, createModel } from './endpoint-lifecycle.js';
import { harness, MINUTE, START, variant, type Harness } from './helpers.js';

const harnesses: Harness[] = [];
afterEach(async () => {
  while (harnesses.length) await harnesses.pop()!.stop();
});

async function start(scenario: Scenario, seed = 7) {
  const h = await harness({ scenario, seed });
  harnesses.push(h);
  return h;
}

function query(
  id: string,
  metric: string,
  variantName: string,
  stat: string,
  period = 60,
  endpoint = 'ep',
): MetricDataQuery {
  return {
    Id: id,
    MetricStat: {
      Metric: {
        Namespace: 'AWS/SageMaker',
        MetricName: metric,
        Dimensions: [
          { Name: 'EndpointName', Value: endpoint },
          { Name: 'VariantName', Value: variantName },
        ],
      },
      Period: period,
      Stat: stat,
    },
  };
}

async function series(h: Harness, from: number, to: number, queries: MetricDataQuery[]) {
  const out = await h.cw.send(
    new GetMetricDataCommand({
      StartTime: new Date(from),
      EndTime: new Date(to),
      ScanBy: 'TimestampAscending',
      MetricDataQueries: queries,
    }),
  );
  return Object.fromEntries(
    out.MetricDataResults!.map((r) => [
      r.Id!,
      r.Timestamps!.map((t, i) => ({ t: t.getTime(), v: r.Values![i] })),
    ]),
  );
}

const sum = (xs: Array<{ v: number }>) => xs.reduce((a, x) => a + x.v, 0);

/** Two variants on one endpoint, created at START and InService one minute later. */
async function twoVariantEndpoint(h: Harness, wA: number, wB: number) {
  await createModel(h, 'a', 'good');
  await createModel(h, 'b', 'good');
  await createConfig(h, 'c', [variant('A', 'a', wA), variant('B', 'b', wB)]);
  await h.sm.send(new CreateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'c' }));
}

const GOOD: Scenario = {
  traffic: [{ endpoint: '*', rps: 50 }],
  models: { good: { latency: { median: '40ms', p99: '120ms' } } },
};

group('metrics follow the live weights and the declared distributions', () => {
  test('invocations per variant follow weight/Σweights within 4 binomial standard deviations, before and after a weight change', async () => {
    const h = await start(GOOD);
    await twoVariantEndpoint(h, 0.8, 0.2);
    await h.sim.advance(11 * MINUTE); // InService at +1m, then 10 full minutes
    let m = await series(h, START + MINUTE, START + 11 * MINUTE, [
      query('a', 'Invocations', 'A', 'Sum'),
      query('b', 'Invocations', 'B', 'Sum'),
    ]);
    const check = (a: number, b: number, p: number) => {
      const n = a + b;
      const tolerance = 4 * Math.sqrt((p * (1 - p)) / n);
      expect(Math.abs(b / n - p)).toBeLessThan(tolerance);
      // Poisson arrivals at 50 rps: 3000 per minute on average.
      return n;
    };
    const n1 = check(sum(m.a), sum(m.b), 0.2);
    expect(Math.abs(n1 - 30_000)).toBeLessThan(4 * Math.sqrt(30_000));
    expect(m.a).toHaveLength(10);

    await h.sm.send(
      new UpdateEndpointWeightsAndCapacitiesCommand({
        EndpointName: 'ep',
        DesiredWeightsAndCapacities: [
          { VariantName: 'A', DesiredWeight: 1 },
          { VariantName: 'B', DesiredWeight: 3 },
        ],
      }),
    );
    await h.sim.advance(MINUTE); // applied after 10 s, inside this minute
    await h.sim.advance(10 * MINUTE);
    m = await series(h, START + 12 * MINUTE, START + 22 * MINUTE, [
      query('a', 'Invocations', 'A', 'Sum'),
      query('b', 'Invocations', 'B', 'Sum'),
    ]);
    check(sum(m.a), sum(m.b), 0.75);
  });

  test('ModelLatency percentiles and mean follow the lognormal declared by median and p99 (microseconds)', async () => {
    const h = await start(GOOD);
    await twoVariantEndpoint(h, 1, 0);
    await h.sim.advance(11 * MINUTE);
    const m = await series(h, START + MINUTE, START + 11 * MINUTE, [
      query('p50', 'ModelLatency', 'A', 'p50', 600),
      query('p99', 'ModelLatency', 'A', 'p99', 600),
      query('avg', 'ModelLatency', 'A', 'Average', 600),
      query('n', 'ModelLatency', 'A', 'SampleCount', 600),
      query('inv', 'Invocations', 'A', 'Sum', 600),
      query('ovh', 'OverheadLatency', 'A', 'p50', 600),
      query('b', 'Invocations', 'B', 'Sum', 600),
    ]);
    const sigma = Math.log(120 / 40) / 2.3263478740408408;
    expect(m.p50[0].v / 40_000).toBeGreaterThan(0.97);
    expect(m.p50[0].v / 40_000).toBeLessThan(1.03);
    expect(m.p99[0].v / 120_000).toBeGreaterThan(0.93);
    expect(m.p99[0].v / 120_000).toBeLessThan(1.07);
    const mean = 40_000 * Math.exp((sigma * sigma) / 2);
    expect(Math.abs(m.avg[0].v / mean - 1)).toBeLessThan(0.03);
    expect(m.n[0].v).toBe(m.inv[0].v); // every request reached the model
    expect(m.ovh[0].v).toBeGreaterThan(1500);
    expect(m.ovh[0].v).toBeLessThan(2500);
    expect(m.b).toEqual([]); // weight 0: no traffic, no datapoints
  });

  test('an injected error burst and latency spike show in their minutes only', async () => {
    const h = await start({
      ...GOOD,
      faults: [
        {
          type: 'errorBurst',
          at: '5m',
          duration: '3m',
          target: { profile: 'good', variant: 'A' },
          rate5xx: 0.2,
        },
        { type: 'latencySpike', at: '10m', duration: '2m', target: { endpoint: 'ep' }, factor: 4 },
      ],
    });
    await twoVariantEndpoint(h, 1, 1);
    await h.sim.advance(15 * MINUTE);
    const m = await series(h, START, START + 15 * MINUTE, [
      query('e5', 'Invocation5XXErrors', 'A', 'Sum'),
      query('e5b', 'Invocation5XXErrors', 'B', 'Sum'),
      query('rate', 'Invocation5XXErrors', 'A', 'Average'),
      query('p50', 'ModelLatency', 'B', 'p50'),
    ]);
    const minute = (t: number) => (t - START) / MINUTE;
    expect(m.e5.filter((x) => x.v > 0).map((x) => minute(x.t))).toEqual([5, 6, 7]);
    expect(sum(m.e5b)).toBe(0);
    for (const x of m.rate.filter((r) => [5, 6, 7].includes(minute(r.t))))
      expect(Math.abs(x.v - 0.2)).toBeLessThan(0.05);
    const spiked = m.p50.filter((x) => x.v > 100_000).map((x) => minute(x.t));
    expect(spiked).toEqual([10, 11]);
    // 5xx requests never reach the model: fewer ModelLatency samples than invocations during the burst.
    const burst = await series(h, START + 5 * MINUTE, START + 6 * MINUTE, [
      query('n', 'ModelLatency', 'A', 'SampleCount'),
      query('i', 'Invocations', 'A', 'Sum'),
    ]);
    expect(burst.n[0].v).toBeLessThan(burst.i[0].v * 0.9);
  });

  test('the same seed and the same sequence of weight changes give the same metrics; another seed does not', async () => {
    const run = async (seed: number) => {
      const h = await start(GOOD, seed);
      await twoVariantEndpoint(h, 0.5, 0.5);
      await h.sim.advance(3 * MINUTE + 17_000);
      await h.sm.send(
        new UpdateEndpointWeightsAndCapacitiesCommand({
          EndpointName: 'ep',
          DesiredWeightsAndCapacities: [{ VariantName: 'B', DesiredWeight: 0 }],
        }),
      );
      await h.sim.advance(4 * MINUTE);
      return series(h, START, START + 8 * MINUTE, [
        query('a', 'Invocations', 'A', 'Sum'),
        query('b', 'Invocations', 'B', 'Sum'),
        query('l', 'ModelLatency', 'A', 'p99'),
      ]);
    };
    const first = await run(11);
    const second = await run(11);
    const other = await run(12);
    expect(second).toEqual(first);
    expect(other).not.toEqual(first);
    // B stopped at 3m27s (10 s after the call): its last datapoint is the minute holding that time.
    expect(first.b.map((x) => (x.t - START) / MINUTE)).toEqual([1, 2, 3]);
  });

  test('a shadow variant receives mirrored traffic: all of it at equal weights, about half at half the weight', async () => {
    const h = await start(GOOD);
    await createModel(h, 'prod', 'good');
    await createModel(h, 'shadow', 'good');
    await createConfig(h, 'full', [variant('P', 'prod', 1)], {
      ShadowProductionVariants: [variant('S', 'shadow', 1)],
    });
    await createConfig(h, 'half', [variant('P', 'prod', 1)], {
      ShadowProductionVariants: [variant('S', 'shadow', 0.5)],
    });
    await h.sm.send(new CreateEndpointCommand({ EndpointName: 'full', EndpointConfigName: 'full' }));
    await h.sm.send(new CreateEndpointCommand({ EndpointName: 'half', EndpointConfigName: 'half' }));
    await h.sim.advance(6 * MINUTE);
    const m = await series(h, START, START + 6 * MINUTE, [
      query('fp', 'Invocations', 'P', 'Sum', 60, 'full'),
      query('fs', 'Invocations', 'S', 'Sum', 60, 'full'),
      query('hp', 'Invocations', 'P', 'Sum', 60, 'half'),
      query('hs', 'Invocations', 'S', 'Sum', 60, 'half'),
    ]);
    expect(m.fs).toEqual(m.fp);
    const ratio = sum(m.hs) / sum(m.hp);
    expect(Math.abs(ratio - 0.5)).toBeLessThan(4 * Math.sqrt(0.25 / sum(m.hp)));
  });
});
