const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `"90s"` → 90000; a bare number is seconds. Returns undefined for anything else. */
export function parseDuration(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value * 1000 : undefined;
  const m = /^([0-9]+(?:\.[0-9]+)?)(ms|s|m|h|d)$/.exec(value);
  return m ? Number(m[1]) * UNITS[m[2]] : undefined;
}

/** Latency values: `"40ms"`, `"1.2s"`, or a bare number of milliseconds. Returns milliseconds. */
export function parseLatencyMs(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  return parseDuration(value);
}
