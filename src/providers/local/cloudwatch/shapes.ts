import { s, type Shape } from '../validate.js';

/** CloudWatch input shapes (member names as in the query API, which the JSON protocol keeps). */

const UNITS = [
  'Seconds',
  'Microseconds',
  'Milliseconds',
  'Bytes',
  'Kilobytes',
  'Megabytes',
  'Gigabytes',
  'Terabytes',
  'Bits',
  'Kilobits',
  'Megabits',
  'Gigabits',
  'Terabits',
  'Percent',
  'Count',
  'Bytes/Second',
  'Kilobytes/Second',
  'Megabytes/Second',
  'Gigabytes/Second',
  'Terabytes/Second',
  'Bits/Second',
  'Kilobits/Second',
  'Megabits/Second',
  'Gigabits/Second',
  'Terabits/Second',
  'Count/Second',
  'None',
];
const unit = s.enum(UNITS);
const namespace = s.str({ min: 1, max: 255, pattern: '[^:].*' });
const metricName = s.str({ min: 1, max: 255 });
const dimensions = s.list(
  s.struct({ Name: s.str({ min: 1, max: 255 }), Value: s.str({ min: 1, max: 1024 }) }, ['Name', 'Value']),
  { max: 30 },
);
const alarmName = s.str({ min: 1, max: 255 });
const actions = s.list(s.str({ min: 1, max: 1024 }), { max: 5 });
const metricStat = s.struct(
  {
    Metric: s.struct({ Namespace: namespace, MetricName: metricName, Dimensions: dimensions }),
    Period: s.int({ min: 1 }),
    Stat: s.str(),
    Unit: unit,
  },
  ['Metric', 'Period', 'Stat'],
);
const query = s.struct(
  {
    Id: s.str({ min: 1, max: 255 }),
    MetricStat: metricStat,
    Expression: s.str({ min: 1, max: 2048 }),
    Label: s.str(),
    ReturnData: s.bool(),
    Period: s.int({ min: 1 }),
    AccountId: s.str({ min: 1, max: 255 }),
  },
  ['Id'],
);

const COMPARISON = [
  'GreaterThanOrEqualToThreshold',
  'GreaterThanThreshold',
  'LessThanThreshold',
  'LessThanOrEqualToThreshold',
  'LessThanLowerOrGreaterThanUpperThreshold',
  'LessThanLowerThreshold',
  'GreaterThanUpperThreshold',
];

export const CW_SHAPES: Record<string, Shape> = {
  GetMetricData: s.struct(
    {
      MetricDataQueries: s.list(query, { max: 500 }),
      StartTime: s.time(),
      EndTime: s.time(),
      NextToken: s.str(),
      ScanBy: s.enum(['TimestampDescending', 'TimestampAscending']),
      MaxDatapoints: s.int(),
      LabelOptions: s.struct({ Timezone: s.str() }),
    },
    ['MetricDataQueries', 'StartTime', 'EndTime'],
  ),
  GetMetricStatistics: s.struct(
    {
      Namespace: namespace,
      MetricName: metricName,
      Dimensions: dimensions,
      StartTime: s.time(),
      EndTime: s.time(),
      Period: s.int({ min: 1 }),
      Statistics: s.list(s.enum(['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum']), { min: 1, max: 5 }),
      ExtendedStatistics: s.list(s.str(), { min: 1, max: 10 }),
      Unit: unit,
    },
    ['Namespace', 'MetricName', 'StartTime', 'EndTime', 'Period'],
  ),
  ListMetrics: s.struct({
    Namespace: namespace,
    MetricName: metricName,
    Dimensions: s.list(
      s.struct({ Name: s.str({ min: 1, max: 255 }), Value: s.str({ min: 1, max: 1024 }) }, ['Name']),
      { max: 10 },
    ),
    NextToken: s.str(),
    RecentlyActive: s.enum(['PT3H']),
    IncludeLinkedAccounts: s.bool(),
    OwningAccount: s.str(),
  }),
  PutMetricData: s.struct(
    {
      Namespace: namespace,
      MetricData: s.list(
        s.struct(
          {
            MetricName: metricName,
            Dimensions: dimensions,
            Timestamp: s.time(),
            Value: s.double(),
            StatisticValues: s.struct(
              { SampleCount: s.double(), Sum: s.double(), Minimum: s.double(), Maximum: s.double() },
              ['SampleCount', 'Sum', 'Minimum', 'Maximum'],
            ),
            Values: s.list(s.double()),
            Counts: s.list(s.double()),
            Unit: unit,
            StorageResolution: s.int({ min: 1 }),
          },
          ['MetricName'],
        ),
        { max: 1000 },
      ),
      EntityMetricData: s.doc(),
      StrictEntityValidation: s.bool(),
    },
    ['Namespace'],
  ),
  PutMetricAlarm: s.struct(
    {
      AlarmName: alarmName,
      AlarmDescription: s.str({ max: 1024 }),
      ActionsEnabled: s.bool(),
      OKActions: actions,
      AlarmActions: actions,
      InsufficientDataActions: actions,
      MetricName: metricName,
      Namespace: namespace,
      Statistic: s.enum(['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum']),
      ExtendedStatistic: s.str(),
      Dimensions: dimensions,
      Period: s.int({ min: 1 }),
      Unit: unit,
      EvaluationPeriods: s.int({ min: 1 }),
      DatapointsToAlarm: s.int({ min: 1 }),
      Threshold: s.double(),
      ComparisonOperator: s.enum(COMPARISON),
      TreatMissingData: s.str({ min: 1, max: 255 }),
      EvaluateLowSampleCountPercentile: s.str({ min: 1, max: 255 }),
      Metrics: s.doc(),
      Tags: s.list(
        s.struct({ Key: s.str({ min: 1, max: 128 }), Value: s.str({ max: 256 }) }, ['Key', 'Value']),
      ),
      ThresholdMetricId: s.str({ min: 1, max: 255 }),
    },
    ['AlarmName', 'EvaluationPeriods', 'ComparisonOperator'],
  ),
  DescribeAlarms: s.struct({
    AlarmNames: s.list(alarmName, { max: 100 }),
    AlarmNamePrefix: alarmName,
    AlarmTypes: s.list(s.enum(['CompositeAlarm', 'MetricAlarm'])),
    ChildrenOfAlarmName: alarmName,
    ParentsOfAlarmName: alarmName,
    StateValue: s.enum(['OK', 'ALARM', 'INSUFFICIENT_DATA']),
    ActionPrefix: s.str({ min: 1, max: 1024 }),
    MaxRecords: s.int({ min: 1, max: 100 }),
    NextToken: s.str(),
  }),
  SetAlarmState: s.struct(
    {
      AlarmName: alarmName,
      StateValue: s.enum(['OK', 'ALARM', 'INSUFFICIENT_DATA']),
      StateReason: s.str({ max: 1023 }),
      StateReasonData: s.str({ max: 4000 }),
    },
    ['AlarmName', 'StateValue', 'StateReason'],
  ),
  DeleteAlarms: s.struct({ AlarmNames: s.list(alarmName, { max: 100 }) }, ['AlarmNames']),
};
