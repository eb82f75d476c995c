import {
  DeleteAlarmsCommand,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  GetMetricStatisticsCommand,
  ListMetricsCommand,
  PutMetricAlarmCommand,
  PutMetricDataCommand,
  SetAlarmStateCommand,
  type MetricDataQuery,
} from '@aws-sdk/client-cloudwatch';
import { afterEach, beforeEach, describe as group, expect, test } from 'vitest';
import { errorOf, harness, MINUTE, START, type Harness } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await harness();
});
afterEach(async () => h.stop());

const dims = [
  { Name: 'EndpointName', Value: 'ab-test' },
  { Name: 'VariantName', Value: 'A' },
];

function q(
  id: string,
  stat: string,
  metric = 'latency',
  extra: Partial<MetricDataQuery> = {},
): MetricDataQuery {
  return {
    Id: id,
    MetricStat: {
      Metric: { Namespace: 'Custom/App', MetricName: metric, Dimensions: dims },
      Period: 60,
      Stat: stat,
    },
    ...extra,
  };
}

group('GetMetricData / PutMetricData', () => {
  test('every statistic over values put with PutMetricData (Values + Counts, StatisticValues, Value)', async () => {
    // Minute 0: 1..100 (one each); minute 1: 10 ×3 and 20 ×1.
    await h.cw.send(
      new PutMetricDataCommand({
        Namespace: 'Custom/App',
        MetricData: [
          {
            MetricName: 'latency',
            Dimensions: dims,
            Timestamp: new Date(START + 5_000),
            Values: Array.from({ length: 100 }, (_, i) => i + 1),
            Unit: 'Milliseconds',
          },
        ],
      }),
    );
    await h.cw.send(
      new PutMetricDataCommand({
        Namespace: 'Custom/App',
        MetricData: [
          {
            MetricName: 'latency',
            Dimensions: dims,
            Timestamp: new Date(START + MINUTE + 1_000),
            Values: [10, 20],
            Counts: [3, 1],
            Unit: 'Milliseconds',
          },
        ],
      }),
    );
    const out = await h.cw.send(
      new GetMetricDataCommand({
        StartTime: new Date(START),
        EndTime: new Date(START + 2 * MINUTE),
        ScanBy: 'TimestampAscending',
        MetricDataQueries: ['SampleCount', 'Sum', 'Average', 'Minimum', 'Maximum', 'p50', 'p99', 'p99.9'].map(
          (s, i) => q(`s${i}`, s),
        ),
      }),
    );
    const values = Object.fromEntries(out.MetricDataResults!.map((r) => [r.Id, r.Values]));
    expect(out.MetricDataResults![0].Timestamps!.map((t) => t.getTime())).toEqual([START, START + MINUTE]);
    expect(values.s0).toEqual([100, 4]);
    expect(values.s1).toEqual([5050, 50]);
    expect(values.s2).toEqual([50.5, 12.5]);
    expect(values.s3).toEqual([1, 10]);
    expect(values.s4).toEqual([100, 20]);
    expect(values.s5).toEqual([50, 10]);
    expect(values.s6).toEqual([99, 20]);
    expect(values.s7).toEqual([100, 20]);
    // A 120 s period merges both minutes; default ScanBy is newest first.
    const merged = await h.cw.send(
      new GetMetricDataCommand({
        StartTime: new Date(START),
        EndTime: new Date(START + 2 * MINUTE),
        MetricDataQueries: [
          { ...q('m', 'SampleCount'), MetricStat: { ...q('m', 'SampleCount').MetricStat!, Period: 120 } },
        ],
      }),
    );
    expect(merged.MetricDataResults![0].Values).toEqual([104]);
    // A statistic set has no distribution: percentiles have no datapoints, Sum does.
    await h.cw.send(
      new PutMetricDataCommand({
        Namespace: 'Custom/App',
        MetricData: [
          {
            MetricName: 'agg',
            Dimensions: dims,
            Timestamp: new Date(START),
            StatisticValues: { SampleCount: 4, Sum: 10, Minimum: 1, Maximum: 4 },
          },
        ],
      }),
    );
    const set = await h.cw.send(
      new GetMetricDataCommand({
        StartTime: new Date(START),
        EndTime: new Date(START + MINUTE),
        MetricDataQueries: [q('a', 'Average', 'agg'), q('p', 'p90', 'agg')],
      }),
    );
    expect(set.MetricDataResults!.map((r) => r.Values)).toEqual([[2.5], []]);
  });

  test('an A/B conversion metric per variant, read back per variant', async () => {
    for (const [variant, rate] of [
      ['A', 0.1],
      ['B', 0.14],
    ] as const) {
      const n = 1000;
      await h.cw.send(
        new PutMetricDataCommand({
          Namespace: 'ModelGate/AB',
          MetricData: [
            {
              MetricName: 'conversion',
              Dimensions: [
                { Name: 'EndpointName', Value: 'ab' },
                { Name: 'VariantName', Value: variant },
              ],
              Timestamp: new Date(START),
              Values: [1, 0],
              Counts: [n * rate, n * (1 - rate)],
            },
          ],
        }),
      );
    }
    const out = await h.cw.send(
      new GetMetricDataCommand({
        StartTime: new Date(START),
        EndTime: new Date(START + MINUTE),
        MetricDataQueries: ['A', 'B'].map((v) => ({
          Id: `conv${v}`,
          MetricStat: {
            Metric: {
              Namespace: 'ModelGate/AB',
              MetricName: 'conversion',
              Dimensions: [
                { Name: 'EndpointName', Value: 'ab' },
                { Name: 'VariantName', Value: v },
              ],
            },
            Period: 60,
            Stat: 'Average',
          },
        })),
      }),
    );
    expect(out.MetricDataResults!.map((r) => r.Values![0])).toEqual([0.1, 0.14]);
  });

  test('a large PutMetricData (gzip-compressed by the SDK) is stored', async () => {
    const data = Array.from({ length: 600 }, (_, i) => ({
      MetricName: `m${i % 3}`,
      Dimensions: dims,
      Timestamp: new Date(START),
      Value: i,
    }));
    await h.cw.send(new PutMetricDataCommand({ Namespace: 'Custom/App', MetricData: data }));
    const out = await h.cw.send(
      new GetMetricDataCommand({
        StartTime: new Date(START),
        EndTime: new Date(START + MINUTE),
        MetricDataQueries: [q('a', 'SampleCount', 'm0')],
      }),
    );
    expect(out.MetricDataResults![0].Values).toEqual([200]);
    const listed = await h.cw.send(new ListMetricsCommand({ Namespace: 'Custom/App' }));
    expect(listed.Metrics!.map((m) => m.MetricName).sort()).toEqual(['m0', 'm1', 'm2']);
  });

  test('MaxDatapoints pages with NextToken; GetMetricStatistics answers too', async () => {
    for (let m = 0; m < 5; m++) {
      await h.cw.send(
        new PutMetricDataCommand({
          Namespace: 'Custom/App',
          MetricData: [
            { MetricName: 'latency', Dimensions: dims, Timestamp: new Date(START + m * MINUTE), Value: m },
          ],
        }),
      );
    }
    const seen: number[] = [];
    let token: string | undefined;
    do {
      const page = await h.cw.send(
        new GetMetricDataCommand({
          StartTime: new Date(START),
          EndTime: new Date(START + 5 * MINUTE),
          MaxDatapoints: 2,
          NextToken: token,
          ScanBy: 'TimestampAscending',
          MetricDataQueries: [q('a', 'Sum')],
        }),
      );
      seen.push(...page.MetricDataResults![0].Values!);
      token = page.NextToken;
    } while (token);
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    const stats = await h.cw.send(
      new GetMetricStatisticsCommand({
        Namespace: 'Custom/App',
        MetricName: 'latency',
        Dimensions: dims,
        StartTime: new Date(START),
        EndTime: new Date(START + 5 * MINUTE),
        Period: 300,
        Statistics: ['Sum', 'Maximum'],
        ExtendedStatistics: ['p50'],
      }),
    );
    expect(stats.Datapoints).toHaveLength(1);
    expect(stats.Datapoints![0]).toMatchObject({ Sum: 10, Maximum: 4, ExtendedStatistics: { p50: 2 } });
  });

  test('errors: expressions, unsupported statistics, bad ids, reversed times, AWS/ namespaces, missing members', async () => {
    const expr = await errorOf(
      h.cw.send(
        new GetMetricDataCommand({
          StartTime: new Date(START),
          EndTime: new Date(START + MINUTE),
          MetricDataQueries: [{ Id: 'e1', Expression: 'SUM(METRICS())' }],
        }),
      ),
    );
    expect(expr.name).toBe('InvalidParameterValueException');
    expect((expr as unknown as { Code: string }).Code).toBe('InvalidParameterValue');
    expect((expr as unknown as { Type: string }).Type).toBe('Sender');
    expect(expr.message).toMatch(/Metric math is not supported by the modelgate simulator/);
    const stat = await errorOf(
      h.cw.send(
        new GetMetricDataCommand({
          StartTime: new Date(START),
          EndTime: new Date(START + MINUTE),
          MetricDataQueries: [q('a', 'tm90')],
        }),
      ),
    );
    expect(stat.message).toMatch(/tm90.*not supported/);
    const id = await errorOf(
      h.cw.send(
        new GetMetricDataCommand({
          StartTime: new Date(START),
          EndTime: new Date(START + MINUTE),
          MetricDataQueries: [q('Bad', 'Sum')],
        }),
      ),
    );
    expect(id.message).toMatch(/MetricDataQueries.member.1.Id is invalid/);
    const times = await errorOf(
      h.cw.send(
        new GetMetricDataCommand({
          StartTime: new Date(START + MINUTE),
          EndTime: new Date(START),
          MetricDataQueries: [q('a', 'Sum')],
        }),
      ),
    );
    expect(times.message).toBe('The parameter StartTime must be less than the parameter EndTime.');
    const ns = await errorOf(
      h.cw.send(
        new PutMetricDataCommand({ Namespace: 'AWS/SageMaker', MetricData: [{ MetricName: 'x', Value: 1 }] }),
      ),
    );
    expect(ns.message).toBe('The value AWS/ for parameter Namespace is invalid.');
    const missing = await errorOf(
      h.cw.send(
        new GetMetricDataCommand({
          StartTime: new Date(START),
          EndTime: new Date(START + MINUTE),
          MetricDataQueries: [
            { Id: 'a', MetricStat: { Metric: { Namespace: 'X', MetricName: 'y' }, Stat: 'Sum' } as never },
          ],
        }),
      ),
    );
    expect(missing.name).toBe('MissingRequiredParameterException');
    expect(missing.message).toBe('The parameter MetricDataQueries.member.1.MetricStat.Period is required.');
    const period = await errorOf(
      h.cw.send(
        new GetMetricDataCommand({
          StartTime: new Date(START),
          EndTime: new Date(START + MINUTE),
          MetricDataQueries: [{ ...q('a', 'Sum'), MetricStat: { ...q('a', 'Sum').MetricStat!, Period: 90 } }],
        }),
      ),
    );
    expect(period.name).toBe('InvalidParameterValueException');
  });
});

group('alarms', () => {
  const alarm = (extra: Record<string, unknown> = {}) =>
    h.cw.send(
      new PutMetricAlarmCommand({
        AlarmName: 'lat-high',
        Namespace: 'Custom/App',
        MetricName: 'latency',
        Dimensions: dims,
        Statistic: 'Maximum',
        Period: 60,
        EvaluationPeriods: 3,
        DatapointsToAlarm: 2,
        Threshold: 100,
        ComparisonOperator: 'GreaterThanThreshold',
        ...extra,
      }),
    );
  const put = (minute: number, value: number) =>
    h.cw.send(
      new PutMetricDataCommand({
        Namespace: 'Custom/App',
        MetricData: [
          {
            MetricName: 'latency',
            Dimensions: dims,
            Timestamp: new Date(START + minute * MINUTE + 1000),
            Value: value,
          },
        ],
      }),
    );
  const state = async (name = 'lat-high') =>
    (await h.cw.send(new DescribeAlarmsCommand({ AlarmNames: [name] }))).MetricAlarms![0];

  test('starts INSUFFICIENT_DATA; 2 of 3 breaching → ALARM; recovers to OK', async () => {
    await alarm();
    const created = await state();
    expect(created).toMatchObject({
      StateValue: 'INSUFFICIENT_DATA',
      StateReason: 'Unchecked: Initial alarm creation',
      Threshold: 100,
      EvaluationPeriods: 3,
      DatapointsToAlarm: 2,
    });
    await put(0, 150);
    await h.sim.advance(MINUTE);
    expect((await state()).StateValue).toBe('OK'); // 1 breaching of 1 present
    await put(1, 50);
    await put(2, 160);
    await h.sim.advance(2 * MINUTE);
    const alarmed = await state();
    expect(alarmed.StateValue).toBe('ALARM');
    expect(alarmed.StateReason).toMatch(
      /^Threshold Crossed: 2 out of the last 3 datapoints \[160 .*, 50 .*, 150 .*\] were greater than the threshold \(100\) \(minimum 2 datapoints for OK -> ALARM transition\)\.$/,
    );
    expect(JSON.parse(alarmed.StateReasonData!).recentDatapoints).toEqual([150, 50, 160]);
    await put(3, 10);
    await put(4, 10);
    await h.sim.advance(2 * MINUTE);
    expect((await state()).StateValue).toBe('OK');
    await h.sim.advance(5 * MINUTE);
    expect((await state()).StateValue).toBe('INSUFFICIENT_DATA'); // treat missing data as missing
  });

  test('TreatMissingData breaching / notBreaching / ignore', async () => {
    await alarm({
      AlarmName: 'b',
      TreatMissingData: 'breaching',
      EvaluationPeriods: 2,
      DatapointsToAlarm: 2,
    });
    await alarm({
      AlarmName: 'n',
      TreatMissingData: 'notBreaching',
      EvaluationPeriods: 2,
      DatapointsToAlarm: 2,
    });
    await alarm({ AlarmName: 'i', TreatMissingData: 'ignore', EvaluationPeriods: 2, DatapointsToAlarm: 2 });
    await h.sim.advance(MINUTE);
    expect([
      (await state('b')).StateValue,
      (await state('n')).StateValue,
      (await state('i')).StateValue,
    ]).toEqual(['ALARM', 'OK', 'INSUFFICIENT_DATA']);
    await put(1, 500);
    await put(2, 500);
    await h.sim.advance(2 * MINUTE);
    expect((await state('i')).StateValue).toBe('ALARM');
    await h.sim.advance(5 * MINUTE);
    expect((await state('i')).StateValue).toBe('ALARM'); // ignore keeps the state when data stops
  });

  test('SetAlarmState holds until the next evaluation; DeleteAlarms; errors', async () => {
    await alarm({ TreatMissingData: 'notBreaching' });
    await h.sim.advance(MINUTE);
    expect((await state()).StateValue).toBe('OK');
    await h.cw.send(
      new SetAlarmStateCommand({
        AlarmName: 'lat-high',
        StateValue: 'ALARM',
        StateReason: 'drill',
        StateReasonData: '{"by":"test"}',
      }),
    );
    expect(await state()).toMatchObject({ StateValue: 'ALARM', StateReason: 'drill' });
    await h.sim.advance(MINUTE);
    expect((await state()).StateValue).toBe('OK');
    const nf = await errorOf(
      h.cw.send(new SetAlarmStateCommand({ AlarmName: 'ghost', StateValue: 'ALARM', StateReason: 'x' })),
    );
    expect(nf.name).toBe('ResourceNotFound');
    expect(nf.$metadata?.httpStatusCode).toBe(404);
    const fmt = await errorOf(
      h.cw.send(
        new SetAlarmStateCommand({
          AlarmName: 'lat-high',
          StateValue: 'ALARM',
          StateReason: 'x',
          StateReasonData: 'not json',
        }),
      ),
    );
    expect(fmt.name).toBe('InvalidFormatFault');
    const enumErr = await errorOf(alarm({ ComparisonOperator: 'Bigger' }));
    // Query-compatible mode: the awsQuery code from x-amzn-query-error is kept in `Code`.
    expect((enumErr as unknown as { Code: string }).Code).toBe('ValidationError');
    expect(enumErr.$metadata?.httpStatusCode).toBe(400);
    expect(enumErr.message).toMatch(
      /^1 validation error detected: Value 'Bigger' at 'comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: \[GreaterThanOrEqualToThreshold, /,
    );
    const both = await errorOf(alarm({ ExtendedStatistic: 'p99' }));
    expect(both.name).toBe('InvalidParameterCombinationException');
    await alarm({ AlarmName: 'other', Statistic: undefined, ExtendedStatistic: 'p99.9' });
    expect(
      (await h.cw.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'o' }))).MetricAlarms!.map((a) => [
        a.AlarmName,
        a.ExtendedStatistic,
      ]),
    ).toEqual([['other', 'p99.9']]);
    expect(
      (await errorOf(h.cw.send(new DeleteAlarmsCommand({ AlarmNames: ['lat-high', 'ghost'] })))).name,
    ).toBe('ResourceNotFound');
    await h.cw.send(new DeleteAlarmsCommand({ AlarmNames: ['lat-high', 'other'] }));
    expect((await h.cw.send(new DescribeAlarmsCommand({}))).MetricAlarms).toEqual([]);
  });
});
