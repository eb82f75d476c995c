import {
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  PutMetricAlarmCommand,
  SetAlarmStateCommand,
  type CloudWatchClient,
  type Dimension,
  type Statistic,
} from '@aws-sdk/client-cloudwatch';
import type {
  AlarmDefinition,
  AlarmStateValue,
  MetricQuery,
  MetricSeries,
  MetricTarget,
  MetricsPort,
} from '../../rollout/ports.js';
import { toProviderError } from './errors.js';

const STATISTICS = new Set(['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum']);

export function dimensions(t: MetricTarget): Dimension[] {
  const d: Dimension[] = [
    { Name: 'EndpointName', Value: t.endpoint },
    { Name: 'VariantName', Value: t.variant },
  ];
  if (t.endpointConfig) d.push({ Name: 'EndpointConfigName', Value: t.endpointConfig });
  return d;
}

export class CloudWatchMetrics implements MetricsPort {
  constructor(private readonly client: CloudWatchClient) {}

  async getMetricData(queries: MetricQuery[], startMs: number, endMs: number): Promise<MetricSeries[]> {
    const byId = new Map<string, MetricSeries>(
      queries.map((q) => [q.id, { id: q.id, timestamps: [], values: [], complete: true }]),
    );
    let NextToken: string | undefined;
    try {
      do {
        const out = await this.client.send(
          new GetMetricDataCommand({
            MetricDataQueries: queries.map((q) => ({
              Id: q.id,
              MetricStat: {
                Metric: { Namespace: q.namespace, MetricName: q.metric, Dimensions: dimensions(q.target) },
                Period: q.periodSeconds,
                Stat: q.stat,
              },
              ReturnData: true,
            })),
            StartTime: new Date(startMs),
            EndTime: new Date(endMs),
            ScanBy: 'TimestampAscending',
            NextToken,
          }),
        );
        for (const r of out.MetricDataResults ?? []) {
          const s = r.Id ? byId.get(r.Id) : undefined;
          if (!s) continue;
          const ts = r.Timestamps ?? [];
          const vs = r.Values ?? [];
          for (let i = 0; i < Math.min(ts.length, vs.length); i++) {
            s.timestamps.push(new Date(ts[i]).getTime());
            s.values.push(vs[i]);
          }
          if (r.StatusCode && r.StatusCode !== 'Complete') s.complete = false;
        }
        NextToken = out.NextToken;
      } while (NextToken);
    } catch (err) {
      throw toProviderError('GetMetricData', err);
    }
    for (const s of byId.values()) sortSeries(s);
    return [...byId.values()];
  }

  async describeAlarms(
    names: string[],
  ): Promise<Array<{ name: string; state: AlarmStateValue; reason?: string }>> {
    const found: Array<{ name: string; state: AlarmStateValue; reason?: string }> = [];
    for (let i = 0; i < names.length; i += 100) {
      let NextToken: string | undefined;
      do {
        try {
          const out = await this.client.send(
            new DescribeAlarmsCommand({
              AlarmNames: names.slice(i, i + 100),
              AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
              NextToken,
            }),
          );
          for (const a of [...(out.MetricAlarms ?? []), ...(out.CompositeAlarms ?? [])]) {
            if (a.AlarmName)
              found.push({
                name: a.AlarmName,
                state: (a.StateValue ?? 'INSUFFICIENT_DATA') as AlarmStateValue,
                reason: a.StateReason,
              });
          }
          NextToken = out.NextToken;
        } catch (err) {
          throw toProviderError('DescribeAlarms', err);
        }
      } while (NextToken);
    }
    return found;
  }

  async putAlarm(def: AlarmDefinition): Promise<void> {
    const stat = STATISTICS.has(def.stat)
      ? { Statistic: def.stat as Statistic }
      : { ExtendedStatistic: def.stat };
    try {
      await this.client.send(
        new PutMetricAlarmCommand({
          AlarmName: def.name,
          AlarmDescription: def.description,
          Namespace: def.namespace,
          MetricName: def.metric,
          Dimensions: dimensions(def.target),
          ...stat,
          Period: def.periodSeconds,
          EvaluationPeriods: def.evaluationPeriods,
          DatapointsToAlarm: def.datapointsToAlarm,
          Threshold: def.threshold,
          ComparisonOperator: def.comparison,
          TreatMissingData: def.treatMissingData,
          Tags: Object.entries(def.tags).map(([Key, Value]) => ({ Key, Value })),
        }),
      );
    } catch (err) {
      throw toProviderError('PutMetricAlarm', err);
    }
  }

  async setAlarmState(name: string, state: AlarmStateValue, reason: string): Promise<void> {
    try {
      await this.client.send(
        new SetAlarmStateCommand({ AlarmName: name, StateValue: state, StateReason: reason.slice(0, 1023) }),
      );
    } catch (err) {
      throw toProviderError('SetAlarmState', err);
    }
  }
}

function sortSeries(s: MetricSeries): void {
  const order = s.timestamps.map((t, i) => [t, s.values[i]] as const).sort((a, b) => a[0] - b[0]);
  s.timestamps = order.map((p) => p[0]);
  s.values = order.map((p) => p[1]);
}
