import { decodeToken, encodeToken, epoch, type Operation } from '../context.js';
import { cw } from '../errors.js';
import { isSupportedStat, minuteOf, type Dimension } from '../metric-store.js';
import { CW_SHAPES } from './shapes.js';

interface MetricStat {
  Metric: { Namespace?: string; MetricName?: string; Dimensions?: Dimension[] };
  Period: number;
  Stat: string;
  Unit?: string;
}

interface MetricDataQuery {
  Id: string;
  MetricStat?: MetricStat;
  Expression?: string;
  Label?: string;
  ReturnData?: boolean;
}

const STAT_HELP =
  'SampleCount, Average, Sum, Minimum, Maximum or a percentile pNN / pNN.N (for example p99, p99.9)';
const MAX_DATAPOINTS = 100_800;

/** CloudWatch periods: 1, 5, 10, 20, 30 (high resolution) or a multiple of 60. Data here is per minute. */
function checkPeriod(period: number, param: string): number {
  if (period >= 60 ? period % 60 !== 0 : ![1, 5, 10, 20, 30].includes(period)) {
    throw cw.invalidParameterValue(`The parameter ${param} must be 1, 5, 10, 20, 30, or a multiple of 60.`);
  }
  return Math.max(60, period) * 1000;
}

function checkStat(stat: string, param: string): void {
  if (!isSupportedStat(stat)) {
    throw cw.invalidParameterValue(
      `The value ${stat} for parameter ${param} is not supported by the modelgate simulator; use ${STAT_HELP}.`,
    );
  }
}

/** Time range [from, to) in ms, StartTime rounded down to the minute; EndTime must come after it. */
function range(startSec: number, endSec: number): { from: number; to: number } {
  if (!(endSec > startSec))
    throw cw.invalidParameterValue('The parameter StartTime must be less than the parameter EndTime.');
  return { from: minuteOf(startSec * 1000), to: endSec * 1000 };
}

export const metricOperations: Record<string, Operation> = {
  GetMetricData: {
    shape: CW_SHAPES.GetMetricData,
    handler(
      input: {
        MetricDataQueries: MetricDataQuery[];
        StartTime: number;
        EndTime: number;
        NextToken?: string;
        ScanBy?: string;
        MaxDatapoints?: number;
      },
      ctx,
    ) {
      const { from, to } = range(input.StartTime, input.EndTime);
      const ids = new Set<string>();
      input.MetricDataQueries.forEach((q, i) => {
        const at = `MetricDataQueries.member.${i + 1}`;
        if (!/^[a-z][a-zA-Z0-9_]*$/.test(q.Id)) {
          throw cw.invalidParameterValue(
            `The value ${q.Id} for parameter ${at}.Id is invalid: it must start with a lowercase letter and contain only letters, digits and underscores.`,
          );
        }
        if (ids.has(q.Id))
          throw cw.invalidParameterValue(
            `The value ${q.Id} for parameter ${at}.Id is used by more than one query; Ids must be unique.`,
          );
        ids.add(q.Id);
        if (q.Expression !== undefined) {
          throw cw.invalidParameterValue(
            `Metric math is not supported by the modelgate simulator (${at}.Expression "${q.Expression}"). Query the metrics with MetricStat and combine the values in the caller.`,
          );
        }
        if (!q.MetricStat) throw cw.missingParameter(`${at}.MetricStat`);
        if (!q.MetricStat.Metric.Namespace) throw cw.missingParameter(`${at}.MetricStat.Metric.Namespace`);
        if (!q.MetricStat.Metric.MetricName) throw cw.missingParameter(`${at}.MetricStat.Metric.MetricName`);
        checkPeriod(q.MetricStat.Period, `${at}.MetricStat.Period`);
        checkStat(q.MetricStat.Stat, `${at}.MetricStat.Stat`);
      });
      const descending = (input.ScanBy ?? 'TimestampDescending') === 'TimestampDescending';
      const results = input.MetricDataQueries.filter((q) => q.ReturnData !== false).map((q) => {
        const st = q.MetricStat!;
        const points = ctx.sim.metrics
          .query(
            st.Metric.Namespace!,
            st.Metric.MetricName!,
            st.Metric.Dimensions ?? [],
            from,
            to,
            Math.max(60, st.Period) * 1000,
            st.Unit,
          )
          .map((p) => ({ t: p.start, v: p.agg.statistic(st.Stat) }))
          .filter((p): p is { t: number; v: number } => p.v !== undefined);
        if (descending) points.reverse();
        return { Id: q.Id, Label: q.Label ?? st.Metric.MetricName!, points };
      });
      // Pagination over all datapoints of all queries, in order.
      const { NextToken, ...query } = input;
      const offset = NextToken === undefined ? 0 : decodeToken(NextToken, query);
      if (offset === undefined) throw cw.invalidNextToken();
      const max = input.MaxDatapoints ?? MAX_DATAPOINTS;
      const pageEnd = offset + max;
      let first = 0;
      const out = results.map((r) => {
        const begin = first;
        first += r.points.length;
        const slice = r.points.slice(Math.max(0, offset - begin), Math.max(0, pageEnd - begin));
        return {
          Id: r.Id,
          Label: r.Label,
          Timestamps: slice.map((p) => epoch(p.t)),
          Values: slice.map((p) => p.v),
          StatusCode: first > pageEnd ? 'PartialData' : 'Complete',
        };
      });
      const truncated = first > pageEnd;
      return {
        MetricDataResults: out,
        Messages: [],
        ...(truncated ? { NextToken: encodeToken(pageEnd, query) } : {}),
      };
    },
  },
  GetMetricStatistics: {
    shape: CW_SHAPES.GetMetricStatistics,
    handler(
      input: {
        Namespace: string;
        MetricName: string;
        Dimensions?: Dimension[];
        StartTime: number;
        EndTime: number;
        Period: number;
        Statistics?: string[];
        ExtendedStatistics?: string[];
        Unit?: string;
      },
      ctx,
    ) {
      const { from, to } = range(input.StartTime, input.EndTime);
      const periodMs = checkPeriod(input.Period, 'Period');
      if (!input.Statistics?.length && !input.ExtendedStatistics?.length) {
        throw cw.invalidParameterCombination('Must specify either Statistics or ExtendedStatistics.');
      }
      input.ExtendedStatistics?.forEach((x, i) => checkStat(x, `ExtendedStatistics.member.${i + 1}`));
      const series = ctx.sim.metrics.find(input.Namespace, input.MetricName, input.Dimensions ?? []);
      const points = ctx.sim.metrics.query(
        input.Namespace,
        input.MetricName,
        input.Dimensions ?? [],
        from,
        to,
        periodMs,
        input.Unit,
      );
      return {
        Label: input.MetricName,
        Datapoints: points.map((p) => ({
          Timestamp: epoch(p.start),
          ...Object.fromEntries((input.Statistics ?? []).map((st) => [st, p.agg.statistic(st)])),
          ...(input.ExtendedStatistics?.length
            ? {
                ExtendedStatistics: Object.fromEntries(
                  input.ExtendedStatistics.map((x) => [x, p.agg.statistic(x)]).filter(
                    ([, v]) => v !== undefined,
                  ),
                ),
              }
            : {}),
          Unit: input.Unit ?? series?.unit ?? 'None',
        })),
      };
    },
  },
  ListMetrics: {
    shape: CW_SHAPES.ListMetrics,
    handler(
      input: {
        Namespace?: string;
        MetricName?: string;
        Dimensions?: Array<{ Name: string; Value?: string }>;
        NextToken?: string;
      },
      ctx,
    ) {
      const all = [...ctx.sim.metrics.all()]
        .filter((s) => {
          if (input.Namespace && s.namespace !== input.Namespace) return false;
          if (input.MetricName && s.metricName !== input.MetricName) return false;
          for (const d of input.Dimensions ?? []) {
            if (
              !s.dimensions.some((x) => x.Name === d.Name && (d.Value === undefined || x.Value === d.Value))
            )
              return false;
          }
          return true;
        })
        .map((s) => ({ Namespace: s.namespace, MetricName: s.metricName, Dimensions: s.dimensions }));
      const { NextToken, ...query } = input;
      const offset = NextToken === undefined ? 0 : decodeToken(NextToken, query);
      if (offset === undefined) throw cw.invalidNextToken();
      const page = all.slice(offset, offset + 500);
      return {
        Metrics: page,
        ...(offset + 500 < all.length ? { NextToken: encodeToken(offset + 500, query) } : {}),
      };
    },
  },
  PutMetricData: {
    shape: CW_SHAPES.PutMetricData,
    handler(
      input: {
        Namespace: string;
        MetricData?: Array<{
          MetricName: string;
          Dimensions?: Dimension[];
          Timestamp?: number;
          Value?: number;
          Values?: number[];
          Counts?: number[];
          StatisticValues?: { SampleCount: number; Sum: number; Minimum: number; Maximum: number };
          Unit?: string;
        }>;
      },
      ctx,
    ) {
      const { sim } = ctx;
      if (input.Namespace.startsWith('AWS/'))
        throw cw.invalidParameterValue('The value AWS/ for parameter Namespace is invalid.');
      const data = input.MetricData ?? [];
      // Check everything first: PutMetricData stores all of it or nothing.
      data.forEach((d, i) => {
        const at = `MetricData.member.${i + 1}`;
        const given = [d.Value !== undefined, d.Values !== undefined, d.StatisticValues !== undefined].filter(
          Boolean,
        ).length;
        if (given > 1)
          throw cw.invalidParameterCombination(
            `The parameters ${at}.Value, ${at}.Values and ${at}.StatisticValues are mutually exclusive.`,
          );
        if (d.Counts && (!d.Values || d.Counts.length !== d.Values.length)) {
          throw cw.invalidParameterValue(
            `The parameters ${at}.Values and ${at}.Counts must have the same number of elements.`,
          );
        }
        if (
          d.StatisticValues &&
          !(d.StatisticValues.SampleCount > 0 && d.StatisticValues.Minimum <= d.StatisticValues.Maximum)
        ) {
          throw cw.invalidParameterValue(
            `The parameter ${at}.StatisticValues must have SampleCount > 0 and Minimum <= Maximum.`,
          );
        }
        const t = d.Timestamp === undefined ? sim.now : d.Timestamp * 1000;
        if (t > sim.now + 2 * 3_600_000)
          throw cw.invalidParameterValue(
            `The parameter ${at}.Timestamp must specify a time no more than two hours in the future.`,
          );
        if (t < sim.now - 14 * 86_400_000)
          throw cw.invalidParameterValue(
            `The parameter ${at}.Timestamp must specify a time within the past two weeks.`,
          );
      });
      for (const d of data) {
        const t = d.Timestamp === undefined ? sim.now : d.Timestamp * 1000;
        const agg = sim.metrics.aggregate(
          input.Namespace,
          d.MetricName,
          d.Dimensions ?? [],
          t,
          d.Unit ?? 'None',
        );
        if (d.StatisticValues)
          agg.addStatisticSet(
            d.StatisticValues.SampleCount,
            d.StatisticValues.Sum,
            d.StatisticValues.Minimum,
            d.StatisticValues.Maximum,
          );
        else if (d.Values) d.Values.forEach((v, k) => agg.add(v, d.Counts?.[k] ?? 1));
        else if (d.Value !== undefined) agg.add(d.Value);
      }
    },
  },
};
