import type { Gate, GateMetric } from '../spec/types.js';
import type { AlarmDefinition, MetricTarget } from '../rollout/ports.js';

/** Metrics a CloudWatch alarm can watch directly, with the statistic that makes the threshold comparable. */
const ALARMABLE: Partial<
  Record<GateMetric, { metric: string; stat: (m: GateMetric) => string; scale: number }>
> = {
  // Invocation5XXErrors / 4XXErrors are 1 per failed request, 0 otherwise: their Average is the rate.
  error_rate: { metric: 'Invocation5XXErrors', stat: () => 'Average', scale: 1 },
  client_error_rate: { metric: 'Invocation4XXErrors', stat: () => 'Average', scale: 1 },
  // Read the same way (1 per failed request); CloudWatch has no per-request rate for it otherwise.
  model_error_rate: { metric: 'InvocationModelErrors', stat: () => 'Average', scale: 1 },
  // ModelLatency is in microseconds; gate thresholds are in milliseconds.
  latency_avg: { metric: 'ModelLatency', stat: () => 'Average', scale: 1000 },
  latency_p50: { metric: 'ModelLatency', stat: () => 'p50', scale: 1000 },
  latency_p90: { metric: 'ModelLatency', stat: () => 'p90', scale: 1000 },
  latency_p95: { metric: 'ModelLatency', stat: () => 'p95', scale: 1000 },
  latency_p99: { metric: 'ModelLatency', stat: () => 'p99', scale: 1000 },
};

export interface AlarmContext {
  /** Alarm name for a gate id (deployment-scoped, e.g. `modelgate-<endpoint>-<id>-<gate>`). */
  name: (gateId: string) => string;
  /** The new fleet only: EndpointName + VariantName + EndpointConfigName. */
  target: MetricTarget;
  periodSeconds: number;
  deploymentId: string;
}

/**
 * CloudWatch alarms for SageMaker's native auto-rollback, one per gate with an absolute bound
 * (`max`, else `min`) on a metric CloudWatch can compare directly. Ratio and statistical gates,
 * and the invocation count, cannot be alarms; modelgate evaluates them itself and trips the abort
 * alarm (below) when they fail.
 */
export function alarmsFromGates(gates: Gate[], ctx: AlarmContext): AlarmDefinition[] {
  const out: AlarmDefinition[] = [];
  for (const g of gates) {
    if (g.kind !== 'metric') continue;
    const a = ALARMABLE[g.metric];
    const bound = g.max ?? g.min;
    if (!a || bound === undefined) continue;
    const above = g.max !== undefined;
    out.push({
      name: ctx.name(g.id),
      namespace: 'AWS/SageMaker',
      metric: a.metric,
      target: ctx.target,
      stat: a.stat(g.metric),
      periodSeconds: ctx.periodSeconds,
      evaluationPeriods: 1,
      datapointsToAlarm: 1,
      threshold: bound * a.scale,
      comparison: above ? 'GreaterThanThreshold' : 'LessThanThreshold',
      treatMissingData: 'notBreaching',
      description: `modelgate gate ${g.id} (${g.metric} ${above ? '>' : '<'} ${bound}) for deployment ${ctx.deploymentId}`,
      tags: { 'modelgate:deployment-id': ctx.deploymentId, 'modelgate:gate': g.id },
    });
  }
  return out;
}

/**
 * The abort alarm: never breaches on its own (threshold out of reach, missing data not
 * breaching); modelgate sets it to ALARM with SetAlarmState to make SageMaker roll a native
 * deployment back when a gate it evaluates itself fails, or on abort / cancel.
 */
export function abortAlarm(ctx: AlarmContext): AlarmDefinition {
  return {
    name: ctx.name('abort'),
    namespace: 'AWS/SageMaker',
    metric: 'Invocation5XXErrors',
    target: ctx.target,
    stat: 'Sum',
    periodSeconds: ctx.periodSeconds,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    threshold: 1e15,
    comparison: 'GreaterThanThreshold',
    treatMissingData: 'notBreaching',
    description: `modelgate abort switch for deployment ${ctx.deploymentId}: set to ALARM to roll the native deployment back`,
    tags: { 'modelgate:deployment-id': ctx.deploymentId, 'modelgate:gate': 'abort' },
  };
}
