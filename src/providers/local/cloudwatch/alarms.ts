import type { AlarmRecord } from '../alarms.js';
import { decodeToken, encodeToken, epoch, type Operation } from '../context.js';
import { cw } from '../errors.js';
import { isSupportedStat, percentileOf, type Dimension } from '../metric-store.js';
import { CW_SHAPES } from './shapes.js';

const MAX_ALARMS = 5000;
const TREAT_MISSING = ['missing', 'notBreaching', 'breaching', 'ignore'] as const;

interface PutMetricAlarmInput {
  AlarmName: string;
  AlarmDescription?: string;
  ActionsEnabled?: boolean;
  OKActions?: string[];
  AlarmActions?: string[];
  InsufficientDataActions?: string[];
  MetricName?: string;
  Namespace?: string;
  Statistic?: string;
  ExtendedStatistic?: string;
  Dimensions?: Dimension[];
  Period?: number;
  Unit?: string;
  EvaluationPeriods: number;
  DatapointsToAlarm?: number;
  Threshold?: number;
  ComparisonOperator: string;
  TreatMissingData?: string;
  EvaluateLowSampleCountPercentile?: string;
  Metrics?: unknown[];
  ThresholdMetricId?: string;
}

function render(a: AlarmRecord) {
  return {
    AlarmName: a.AlarmName,
    AlarmArn: a.AlarmArn,
    ...(a.AlarmDescription !== undefined ? { AlarmDescription: a.AlarmDescription } : {}),
    AlarmConfigurationUpdatedTimestamp: epoch(a.AlarmConfigurationUpdatedTimestamp),
    ActionsEnabled: a.ActionsEnabled,
    OKActions: a.OKActions,
    AlarmActions: a.AlarmActions,
    InsufficientDataActions: a.InsufficientDataActions,
    StateValue: a.StateValue,
    StateReason: a.StateReason,
    ...(a.StateReasonData !== undefined ? { StateReasonData: a.StateReasonData } : {}),
    StateUpdatedTimestamp: epoch(a.StateUpdatedTimestamp),
    StateTransitionedTimestamp: epoch(a.StateTransitionedTimestamp),
    MetricName: a.MetricName,
    Namespace: a.Namespace,
    ...(a.Statistic ? { Statistic: a.Statistic } : {}),
    ...(a.ExtendedStatistic ? { ExtendedStatistic: a.ExtendedStatistic } : {}),
    Dimensions: a.Dimensions,
    Period: a.Period,
    ...(a.Unit ? { Unit: a.Unit } : {}),
    EvaluationPeriods: a.EvaluationPeriods,
    ...(a.DatapointsToAlarm !== undefined ? { DatapointsToAlarm: a.DatapointsToAlarm } : {}),
    Threshold: a.Threshold,
    ComparisonOperator: a.ComparisonOperator,
    TreatMissingData: a.TreatMissingData,
    ...(a.EvaluateLowSampleCountPercentile
      ? { EvaluateLowSampleCountPercentile: a.EvaluateLowSampleCountPercentile }
      : {}),
  };
}

export const alarmOperations: Record<string, Operation> = {
  PutMetricAlarm: {
    shape: CW_SHAPES.PutMetricAlarm,
    handler(input: PutMetricAlarmInput, ctx) {
      const { sim } = ctx;
      if (input.Metrics !== undefined) {
        throw cw.invalidParameterValue(
          'Metric math alarms (Metrics) are not supported by the modelgate simulator; alarm on a single metric with MetricName and Namespace.',
        );
      }
      if (!input.MetricName) throw cw.missingParameter('MetricName');
      if (!input.Namespace) throw cw.missingParameter('Namespace');
      if (input.Period === undefined) throw cw.missingParameter('Period');
      if (input.Statistic && input.ExtendedStatistic)
        throw cw.invalidParameterCombination(
          'Exactly one of Statistic and ExtendedStatistic must be specified.',
        );
      if (!input.Statistic && !input.ExtendedStatistic) throw cw.missingParameter('Statistic');
      if (
        input.ExtendedStatistic &&
        (percentileOf(input.ExtendedStatistic) === undefined || !isSupportedStat(input.ExtendedStatistic))
      ) {
        throw cw.invalidParameterValue(
          `The value ${input.ExtendedStatistic} for parameter ExtendedStatistic is not supported by the modelgate simulator; use a percentile such as p99 or p99.9.`,
        );
      }
      if (!([10, 20, 30].includes(input.Period) || input.Period % 60 === 0)) {
        throw cw.invalidParameterValue('The parameter Period must be 10, 20, 30, or a multiple of 60.');
      }
      if (input.Period * input.EvaluationPeriods > 86_400 * 7) {
        throw cw.invalidParameterValue(
          'The product of Period and EvaluationPeriods must not exceed 604800 seconds (7 days).',
        );
      }
      if (input.DatapointsToAlarm !== undefined && input.DatapointsToAlarm > input.EvaluationPeriods) {
        throw cw.invalidParameterValue('DatapointsToAlarm must be less than or equal to EvaluationPeriods.');
      }
      if (
        ![
          'GreaterThanOrEqualToThreshold',
          'GreaterThanThreshold',
          'LessThanThreshold',
          'LessThanOrEqualToThreshold',
        ].includes(input.ComparisonOperator)
      ) {
        throw cw.invalidParameterValue(
          `Anomaly detection alarms (${input.ComparisonOperator}) are not supported by the modelgate simulator.`,
        );
      }
      if (input.Threshold === undefined) throw cw.missingParameter('Threshold');
      const treat = (input.TreatMissingData ?? 'missing') as AlarmRecord['TreatMissingData'];
      if (!TREAT_MISSING.includes(treat)) {
        throw cw.invalidParameterValue(
          `The value ${input.TreatMissingData} for parameter TreatMissingData is invalid; use one of ${TREAT_MISSING.join(', ')}.`,
        );
      }
      const existing = sim.alarms.alarms.get(input.AlarmName);
      if (!existing && sim.alarms.alarms.size >= MAX_ALARMS)
        throw cw.limitExceeded(`The maximum number of alarms (${MAX_ALARMS}) has been reached.`);
      const record: AlarmRecord = {
        AlarmName: input.AlarmName,
        AlarmArn: `arn:aws:cloudwatch:${ctx.region}:${sim.account}:alarm:${input.AlarmName}`,
        AlarmDescription: input.AlarmDescription,
        ActionsEnabled: input.ActionsEnabled ?? true,
        OKActions: input.OKActions ?? [],
        AlarmActions: input.AlarmActions ?? [],
        InsufficientDataActions: input.InsufficientDataActions ?? [],
        Namespace: input.Namespace,
        MetricName: input.MetricName,
        Dimensions: input.Dimensions ?? [],
        Statistic: input.Statistic,
        ExtendedStatistic: input.ExtendedStatistic,
        Period: input.Period,
        Unit: input.Unit,
        EvaluationPeriods: input.EvaluationPeriods,
        DatapointsToAlarm: input.DatapointsToAlarm,
        Threshold: input.Threshold,
        ComparisonOperator: input.ComparisonOperator,
        TreatMissingData: treat,
        EvaluateLowSampleCountPercentile: input.EvaluateLowSampleCountPercentile,
        // Updating an alarm keeps its state; a new one starts INSUFFICIENT_DATA.
        StateValue: existing?.StateValue ?? 'INSUFFICIENT_DATA',
        StateReason: existing?.StateReason ?? 'Unchecked: Initial alarm creation',
        StateReasonData: existing?.StateReasonData,
        StateUpdatedTimestamp: existing?.StateUpdatedTimestamp ?? sim.now,
        StateTransitionedTimestamp: existing?.StateTransitionedTimestamp ?? sim.now,
        AlarmConfigurationUpdatedTimestamp: sim.now,
      };
      if (existing) Object.assign(existing, record);
      else sim.alarms.alarms.set(input.AlarmName, record);
    },
  },
  DescribeAlarms: {
    shape: CW_SHAPES.DescribeAlarms,
    handler(
      input: {
        AlarmNames?: string[];
        AlarmNamePrefix?: string;
        AlarmTypes?: string[];
        StateValue?: string;
        ActionPrefix?: string;
        MaxRecords?: number;
        NextToken?: string;
      },
      ctx,
    ) {
      if (input.AlarmNames?.length && input.AlarmNamePrefix) {
        throw cw.invalidParameterCombination('AlarmNames and AlarmNamePrefix cannot be specified together.');
      }
      const wantMetric = !input.AlarmTypes || input.AlarmTypes.includes('MetricAlarm');
      const list = wantMetric
        ? [...ctx.sim.alarms.alarms.values()]
            .filter((a) => {
              if (input.AlarmNames?.length && !input.AlarmNames.includes(a.AlarmName)) return false;
              if (input.AlarmNamePrefix && !a.AlarmName.startsWith(input.AlarmNamePrefix)) return false;
              if (input.StateValue && a.StateValue !== input.StateValue) return false;
              if (
                input.ActionPrefix &&
                ![...a.AlarmActions, ...a.OKActions, ...a.InsufficientDataActions].some((x) =>
                  x.startsWith(input.ActionPrefix!),
                )
              )
                return false;
              return true;
            })
            .sort((a, b) => (a.AlarmName < b.AlarmName ? -1 : a.AlarmName > b.AlarmName ? 1 : 0))
        : [];
      const { NextToken, MaxRecords, ...query } = input;
      const offset = NextToken === undefined ? 0 : decodeToken(NextToken, query);
      if (offset === undefined) throw cw.invalidNextToken();
      const size = MaxRecords ?? 50;
      return {
        MetricAlarms: list.slice(offset, offset + size).map(render),
        CompositeAlarms: [],
        ...(offset + size < list.length ? { NextToken: encodeToken(offset + size, query) } : {}),
      };
    },
  },
  SetAlarmState: {
    shape: CW_SHAPES.SetAlarmState,
    handler(
      input: {
        AlarmName: string;
        StateValue: AlarmRecord['StateValue'];
        StateReason: string;
        StateReasonData?: string;
      },
      ctx,
    ) {
      const alarm = ctx.sim.alarms.alarms.get(input.AlarmName);
      if (!alarm) throw cw.resourceNotFound(`Alarm ${input.AlarmName} not found`);
      if (input.StateReasonData !== undefined) {
        try {
          JSON.parse(input.StateReasonData);
        } catch {
          throw cw.invalidFormat('The parameter StateReasonData must be valid JSON.');
        }
      }
      ctx.sim.alarms.overridden.add(alarm);
      ctx.sim.alarms.setState(alarm, input.StateValue, input.StateReason, input.StateReasonData);
    },
  },
  DeleteAlarms: {
    shape: CW_SHAPES.DeleteAlarms,
    handler(input: { AlarmNames: string[] }, ctx) {
      const missing = input.AlarmNames.filter((n) => !ctx.sim.alarms.alarms.has(n));
      if (missing.length)
        throw cw.resourceNotFound(`The following alarms were not found: ${missing.join(', ')}`);
      for (const n of input.AlarmNames) {
        const a = ctx.sim.alarms.alarms.get(n)!;
        ctx.sim.alarms.overridden.delete(a);
        ctx.sim.alarms.alarms.delete(n);
      }
    },
  },
};
