import type { GateMetric } from '../spec/types.js';
import type { VariantFigures } from '../rollout/events.js';

export const RATE_METRICS = new Set<GateMetric>(['error_rate', 'client_error_rate', 'model_error_rate']);

export function isRate(metric: GateMetric): boolean {
  return RATE_METRICS.has(metric);
}

export function isLatency(metric: GateMetric): boolean {
  return metric.startsWith('latency_');
}

/** `latency_p99` → `p99`; `latency_avg` → undefined. */
export function percentileOf(metric: GateMetric): string | undefined {
  const m = /^latency_(p\d+(?:\.\d+)?)$/.exec(metric);
  return m ? m[1] : undefined;
}

/** Error count behind a rate metric. */
export function errorCount(f: VariantFigures, metric: GateMetric): number {
  if (metric === 'error_rate') return f.errors5xx;
  if (metric === 'client_error_rate') return f.errors4xx;
  if (metric === 'model_error_rate') return f.modelErrors;
  throw new Error(`${metric} is not a rate`);
}

/** The metric's value for a variant, or undefined when the window has no data for it. */
export function metricValue(f: VariantFigures | undefined, metric: GateMetric): number | undefined {
  if (!f) return undefined;
  if (metric === 'invocations') return f.invocations;
  if (isRate(metric)) return f.invocations > 0 ? errorCount(f, metric) / f.invocations : undefined;
  if (metric === 'latency_avg') return f.latencyAvgMs;
  const p = percentileOf(metric);
  return p ? f.latencyMs[p] : undefined;
}

/** Human form: rates as percent, latency in ms. */
export function formatValue(metric: GateMetric, v: number | undefined): string {
  if (v === undefined || Number.isNaN(v)) return 'n/a';
  if (isRate(metric)) return `${+(v * 100).toPrecision(3)}%`;
  if (isLatency(metric)) return `${+v.toPrecision(4)} ms`;
  return v.toLocaleString('en-US');
}
