import type { Dimension } from './metric-store.js';
import type { Simulation } from './simulation.js';

export type AlarmState = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';

export interface AlarmRecord {
  AlarmName: string;
  AlarmArn: string;
  AlarmDescription?: string;
  ActionsEnabled: boolean;
  OKActions: string[];
  AlarmActions: string[];
  InsufficientDataActions: string[];
  Namespace: string;
  MetricName: string;
  Dimensions: Dimension[];
  Statistic?: string;
  ExtendedStatistic?: string;
  Period: number;
  Unit?: string;
  EvaluationPeriods: number;
  DatapointsToAlarm?: number;
  Threshold: number;
  ComparisonOperator: string;
  TreatMissingData: 'missing' | 'notBreaching' | 'breaching' | 'ignore';
  EvaluateLowSampleCountPercentile?: string;
  StateValue: AlarmState;
  StateReason: string;
  StateReasonData?: string;
  StateUpdatedTimestamp: number;
  StateTransitionedTimestamp: number;
  AlarmConfigurationUpdatedTimestamp: number;
}

const COMPARE: Record<string, (v: number, t: number) => boolean> = {
  GreaterThanOrEqualToThreshold: (v, t) => v >= t,
  GreaterThanThreshold: (v, t) => v > t,
  LessThanThreshold: (v, t) => v < t,
  LessThanOrEqualToThreshold: (v, t) => v <= t,
};

const WORDS: Record<string, string> = {
  GreaterThanOrEqualToThreshold: 'greater than or equal to',
  GreaterThanThreshold: 'greater than',
  LessThanThreshold: 'less than',
  LessThanOrEqualToThreshold: 'less than or equal to',
};

const fmtTime = (t: number) => {
  const d = new Date(t);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${String(d.getUTCFullYear()).slice(2)} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
};

/**
 * Metric alarms evaluated every simulated minute on the last EvaluationPeriods periods of the
 * metric: ALARM when at least DatapointsToAlarm of them breach. Missing periods follow
 * TreatMissingData: `breaching` / `notBreaching` count them as such; `missing` (default) leaves them
 * out and gives INSUFFICIENT_DATA when all are missing; `ignore` keeps the current state then, and
 * also while the datapoints present cannot decide either way.
 */
export class AlarmEngine {
  readonly alarms = new Map<string, AlarmRecord>();
  private readonly listeners = new Set<(alarm: AlarmRecord, previous: AlarmState) => void>();
  /** Alarms whose state was last set by SetAlarmState: the next evaluation restores the real state. */
  readonly overridden = new Set<AlarmRecord>();

  constructor(private readonly sim: Simulation) {}

  onChange(listener: (alarm: AlarmRecord, previous: AlarmState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setState(alarm: AlarmRecord, state: AlarmState, reason: string, reasonData?: string): void {
    const previous = alarm.StateValue;
    alarm.StateReason = reason;
    alarm.StateReasonData = reasonData;
    alarm.StateUpdatedTimestamp = this.sim.now;
    if (previous !== state) {
      alarm.StateValue = state;
      alarm.StateTransitionedTimestamp = this.sim.now;
      for (const l of [...this.listeners]) l(alarm, previous);
    }
  }

  evaluateAll(now: number): void {
    for (const alarm of [...this.alarms.values()]) this.evaluate(alarm, now);
  }

  /** Datapoints of the last N periods ending at `now` (undefined = no data), oldest first. */
  datapoints(alarm: AlarmRecord, now: number): Array<{ start: number; value: number | undefined }> {
    const periodMs = Math.max(60, alarm.Period) * 1000;
    const end = Math.floor(now / 60_000) * 60_000;
    const from = end - alarm.EvaluationPeriods * periodMs;
    const stat = alarm.ExtendedStatistic ?? alarm.Statistic ?? 'Average';
    const got = this.sim.metrics.query(
      alarm.Namespace,
      alarm.MetricName,
      alarm.Dimensions,
      from,
      end,
      periodMs,
      alarm.Unit,
    );
    return Array.from({ length: alarm.EvaluationPeriods }, (_, k) => {
      const start = from + k * periodMs;
      const hit = got.find((g) => g.start === start);
      return { start, value: hit?.agg.statistic(stat) };
    });
  }

  evaluate(alarm: AlarmRecord, now: number): void {
    const compare = COMPARE[alarm.ComparisonOperator];
    if (!compare) return;
    const points = this.datapoints(alarm, now);
    const m = alarm.DatapointsToAlarm ?? alarm.EvaluationPeriods;
    const present = points.filter((p) => p.value !== undefined);
    if (
      present.length === 0 &&
      (alarm.TreatMissingData === 'missing' || alarm.TreatMissingData === 'ignore')
    ) {
      if (
        alarm.TreatMissingData === 'ignore' &&
        alarm.StateValue !== 'INSUFFICIENT_DATA' &&
        !this.overridden.has(alarm)
      )
        return;
      if (
        alarm.StateValue === 'INSUFFICIENT_DATA' &&
        !this.overridden.has(alarm) &&
        !alarm.StateReason.startsWith('Unchecked')
      )
        return;
      this.overridden.delete(alarm);
      this.setState(
        alarm,
        'INSUFFICIENT_DATA',
        `Insufficient Data: ${alarm.EvaluationPeriods} datapoint${alarm.EvaluationPeriods === 1 ? ' was' : 's were'} unknown.`,
      );
      return;
    }
    let breaching = 0;
    for (const p of points) {
      if (p.value === undefined) {
        if (alarm.TreatMissingData === 'breaching') breaching++;
      } else if (compare(p.value, alarm.Threshold)) breaching++;
    }
    const notBreaching =
      points.length -
      breaching -
      (alarm.TreatMissingData === 'missing' || alarm.TreatMissingData === 'ignore'
        ? points.length - present.length
        : 0);
    // `ignore`: when the datapoints present cannot decide (neither M breaching nor enough clean ones
    // to rule ALARM out), the state stays as it is.
    if (
      alarm.TreatMissingData === 'ignore' &&
      breaching < m &&
      notBreaching <= points.length - m &&
      !this.overridden.has(alarm)
    )
      return;
    const state: AlarmState = breaching >= m ? 'ALARM' : 'OK';
    const shown = present
      .slice()
      .reverse()
      .map((p) => `${p.value} (${fmtTime(p.start)})`)
      .join(', ');
    const verb = state === 'ALARM' ? 'were' : 'were not';
    const reason =
      `Threshold Crossed: ${breaching} out of the last ${alarm.EvaluationPeriods} datapoints [${shown}] ${verb} ${WORDS[alarm.ComparisonOperator]} ` +
      `the threshold (${alarm.Threshold}) (minimum ${m} datapoint${m === 1 ? '' : 's'} for OK -> ALARM transition).`;
    const data = JSON.stringify({
      version: '1.0',
      queryDate: new Date(now).toISOString(),
      statistic: alarm.ExtendedStatistic ?? alarm.Statistic,
      period: alarm.Period,
      recentDatapoints: present.map((p) => p.value),
      threshold: alarm.Threshold,
      evaluatedDatapoints: points.map((p) => ({
        timestamp: new Date(p.start).toISOString(),
        value: p.value,
      })),
    });
    if (
      state !== alarm.StateValue ||
      alarm.StateReason.startsWith('Unchecked') ||
      this.overridden.has(alarm)
    ) {
      this.overridden.delete(alarm);
      this.setState(alarm, state, reason, data);
    }
  }
}
