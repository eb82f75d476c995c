import type { MetricQuery, MetricSeries } from '../rollout/ports.js';
import type { VariantFigures } from '../rollout/events.js';
import type { ExtraMetric, PeriodFigures, Role, WindowData, WindowTargets } from './types.js';

const NS = 'AWS/SageMaker';
const ROLES: Role[] = ['baseline', 'candidate'];

/** Count metrics, read with Sum per period. */
const COUNTS = [
  ['inv', 'Invocations', 'invocations'],
  ['e5', 'Invocation5XXErrors', 'errors5xx'],
  ['e4', 'Invocation4XXErrors', 'errors4xx'],
  ['me', 'InvocationModelErrors', 'modelErrors'],
] as const;

const pid = (p: string) => p.replace('.', '_');

export interface WindowRequest {
  targets: WindowTargets;
  /** Percentile statistics the gates need, e.g. ['p50', 'p99']. */
  percentiles: string[];
  periodSeconds: number;
  startMs: number;
  endMs: number;
  extra?: ExtraMetric[];
}

/**
 * Every query for one evaluation window, both variants, in one GetMetricData call: per-period
 * counts and latency (the samples), plus the percentiles over the whole window (a percentile of
 * per-minute percentiles is not the window's percentile, so CloudWatch computes it with
 * Period = window length).
 */
export function buildQueries(req: WindowRequest): MetricQuery[] {
  const qs: MetricQuery[] = [];
  const windowSeconds = Math.round((req.endMs - req.startMs) / 1000);
  for (const role of ROLES) {
    const target = req.targets[role];
    if (!target) continue;
    const r = role[0];
    const q = (id: string, metric: string, stat: string, periodSeconds = req.periodSeconds, namespace = NS) =>
      qs.push({ id: `${r}_${id}`, namespace, metric, target, stat, periodSeconds });
    for (const [id, metric] of COUNTS) q(id, metric, 'Sum');
    q('lavg', 'ModelLatency', 'Average');
    q('lcnt', 'ModelLatency', 'SampleCount');
    for (const p of req.percentiles) {
      q(`l${pid(p)}`, 'ModelLatency', p);
      if (windowSeconds >= 60 && windowSeconds % 60 === 0) q(`w${pid(p)}`, 'ModelLatency', p, windowSeconds);
    }
    for (const x of req.extra ?? []) q(`x${x.key}`, x.metric, x.stat, req.periodSeconds, x.namespace);
  }
  return qs;
}

const US_PER_MS = 1000;

/** Turns the call's series into per-period figures and window aggregates (ModelLatency µs → ms). */
export function parseWindow(req: WindowRequest, results: MetricSeries[]): WindowData {
  const byId = new Map(results.map((s) => [s.id, s]));
  const series: Record<Role, PeriodFigures[]> = { baseline: [], candidate: [] };
  const variants: Record<Role, VariantFigures | undefined> = { baseline: undefined, candidate: undefined };
  const extra: Record<Role, Record<string, number>> = { baseline: {}, candidate: {} };
  for (const role of ROLES) {
    if (!req.targets[role]) continue;
    const r = role[0];
    const get = (id: string) => byId.get(`${r}_${id}`);
    const starts = new Set<number>();
    for (const [id] of COUNTS) get(id)?.timestamps.forEach((t) => starts.add(t));
    const at = (id: string, t: number) => {
      const s = get(id);
      const i = s ? s.timestamps.indexOf(t) : -1;
      return i >= 0 ? s!.values[i] : undefined;
    };
    const periods = [...starts]
      .sort((a, b) => a - b)
      .map((t): PeriodFigures => {
        const latencyMs: Record<string, number> = {};
        for (const p of req.percentiles) {
          const v = at(`l${pid(p)}`, t);
          if (v !== undefined) latencyMs[p] = v / US_PER_MS;
        }
        const avg = at('lavg', t);
        const extra: Record<string, number> = {};
        for (const x of req.extra ?? []) {
          const v = at(`x${x.key}`, t);
          if (v !== undefined) extra[x.key] = v;
        }
        return {
          start: t,
          invocations: at('inv', t) ?? 0,
          errors5xx: at('e5', t) ?? 0,
          errors4xx: at('e4', t) ?? 0,
          modelErrors: at('me', t) ?? 0,
          ...(avg !== undefined ? { latencyAvgMs: avg / US_PER_MS } : {}),
          latencyMs,
          latencySamples: at('lcnt', t) ?? 0,
          extra,
        };
      });
    series[role] = periods;
    const windowPercentile = (p: string) => {
      const w = get(`w${pid(p)}`);
      return w && w.values.length ? w.values[0] / US_PER_MS : undefined;
    };
    if (periods.length) variants[role] = aggregate(periods, req.percentiles, windowPercentile);
    extra[role] = aggregateExtra(periods, req.extra ?? []);
  }
  return {
    window: { start: req.startMs, end: req.endMs, variants },
    series,
    extra,
    complete: results.every((s) => s.complete),
  };
}

function aggregate(
  periods: PeriodFigures[],
  percentiles: string[],
  windowPercentile: (p: string) => number | undefined,
): VariantFigures {
  const sum = (f: (p: PeriodFigures) => number) => periods.reduce((a, p) => a + f(p), 0);
  const latencySamples = sum((p) => p.latencySamples ?? 0);
  const weighted = sum((p) => (p.latencyAvgMs ?? 0) * (p.latencySamples ?? 0));
  const latencyMs: Record<string, number> = {};
  for (const p of percentiles) {
    const w = windowPercentile(p);
    // One period: its own percentile is the window's.
    const v = w ?? (periods.length === 1 ? periods[0].latencyMs[p] : undefined);
    if (v !== undefined) latencyMs[p] = v;
  }
  return {
    invocations: sum((p) => p.invocations),
    errors5xx: sum((p) => p.errors5xx),
    errors4xx: sum((p) => p.errors4xx),
    modelErrors: sum((p) => p.modelErrors),
    ...(latencySamples > 0 ? { latencyAvgMs: weighted / latencySamples } : {}),
    latencyMs,
    latencySamples,
  };
}

/** Sum / SampleCount add up over periods; Average and percentiles are means of the per-period values. */
function aggregateExtra(periods: PeriodFigures[], extra: ExtraMetric[]): Record<string, number> {
  const agg: Record<string, number> = {};
  for (const x of extra) {
    const vals = periods.map((p) => p.extra?.[x.key]).filter((v): v is number => v !== undefined);
    if (!vals.length) continue;
    const total = vals.reduce((a, b) => a + b, 0);
    agg[x.key] = x.stat === 'Sum' || x.stat === 'SampleCount' ? total : total / vals.length;
  }
  return agg;
}
