import type { Gate } from '../spec/types.js';
import type { GateResult } from '../rollout/events.js';
import type { AlarmStateValue } from '../rollout/ports.js';
import { evaluateAlarmGate } from './alarm-gate.js';
import { evaluateMetricGate, type MetricGateContext } from './metric-gate.js';
import type { PeriodFigures, WindowData } from './types.js';

/** Every metric and alarm gate on one window and one alarm read. Pure. */
export function evaluateGates(
  gates: Gate[],
  data: WindowData,
  alarms: Map<string, { state: AlarmStateValue; reason?: string }>,
  ctx: MetricGateContext,
): GateResult[] {
  return gates.map((g) =>
    g.kind === 'alarm' ? evaluateAlarmGate(g, alarms.get(g.alarm)) : evaluateMetricGate(g, data, ctx),
  );
}

/** The window narrowed to one period (the newest), for fast detection of a fresh regression. */
export function lastPeriod(data: WindowData, periodMs: number): WindowData | undefined {
  const c = data.series.candidate;
  const last = c[c.length - 1];
  if (!last) return undefined;
  const pick = (s: PeriodFigures[]) => s.filter((p) => p.start === last.start);
  const cand = pick(data.series.candidate);
  const base = pick(data.series.baseline);
  const end = last.start + periodMs;
  return {
    window: { start: last.start, end, variants: { candidate: cand[0], baseline: base[0] } },
    series: { candidate: cand, baseline: base },
    extra: { candidate: cand[0]?.extra ?? {}, baseline: base[0]?.extra ?? {} },
    complete: data.complete,
  };
}

/** Percentile statistics the gates read (`latency_p99` → `p99`). */
export function percentilesFor(gates: Gate[]): string[] {
  const out = new Set<string>();
  for (const g of gates) {
    if (g.kind !== 'metric') continue;
    const m = /^latency_(p\d+(?:\.\d+)?)$/.exec(g.metric);
    if (m) out.add(m[1]);
  }
  return [...out];
}
