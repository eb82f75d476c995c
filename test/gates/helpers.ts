import type { PeriodFigures, WindowData } from '../../src/gates/types.js';
import type { VariantFigures } from '../../src/rollout/events.js';

export const T0 = Date.UTC(2026, 10, 24, 12, 0, 0);

export function period(i: number, f: Partial<PeriodFigures>): PeriodFigures {
  return {
    start: T0 + i * 60_000,
    invocations: 0,
    errors5xx: 0,
    errors4xx: 0,
    modelErrors: 0,
    latencyMs: {},
    ...f,
  };
}

function sum(ps: PeriodFigures[]): VariantFigures | undefined {
  if (!ps.length) return undefined;
  const add = (k: 'invocations' | 'errors5xx' | 'errors4xx' | 'modelErrors') =>
    ps.reduce((a, p) => a + p[k], 0);
  const latencyMs: Record<string, number> = {};
  for (const p of ps)
    for (const [k, v] of Object.entries(p.latencyMs)) latencyMs[k] = Math.max(latencyMs[k] ?? 0, v);
  return {
    invocations: add('invocations'),
    errors5xx: add('errors5xx'),
    errors4xx: add('errors4xx'),
    modelErrors: add('modelErrors'),
    latencyMs,
  };
}

/** A window from per-period figures; aggregate percentiles are the max over periods unless given. */
export function windowOf(
  candidate: PeriodFigures[],
  baseline: PeriodFigures[] = [],
  over: { candidate?: Partial<VariantFigures>; baseline?: Partial<VariantFigures> } = {},
): WindowData {
  const c = sum(candidate);
  const b = sum(baseline);
  return {
    window: {
      start: T0,
      end: T0 + Math.max(candidate.length, baseline.length, 1) * 60_000,
      variants: { candidate: c && { ...c, ...over.candidate }, baseline: b && { ...b, ...over.baseline } },
    },
    series: { candidate, baseline },
    extra: { candidate: {}, baseline: {} },
    complete: true,
  };
}
