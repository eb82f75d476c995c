/** Number, time and duration formatting shared by the report sections and charts. */

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** `1,204` */
export function count(n: number): string {
  return Number.isFinite(n) ? grouped.format(n) : String(n);
}

/** Up to `digits` significant digits, without trailing zeros or exponent for everyday values. */
export function significant(n: number, digits = 3): string {
  if (!Number.isFinite(n)) return String(n);
  if (n === 0) return '0';
  const abs = Math.abs(n);
  if (abs >= 10 ** digits) return count(n);
  if (abs < 1e-4) return n.toExponential(digits - 1);
  return String(Number(n.toPrecision(digits)));
}

/** `0.4%` from a fraction 0.004. */
export function percentOfFraction(fraction: number): string {
  return `${significant(fraction * 100)}%`;
}

/** Whether a gate metric is a rate (a fraction shown as a percent). */
export function isRateMetric(metric: string | undefined): boolean {
  return !!metric && /(^|_)rate$/.test(metric);
}

export function isLatencyMetric(metric: string | undefined): boolean {
  return !!metric && metric.startsWith('latency');
}

/** A metric value with its unit: rates as percents, latency in ms, counts grouped. */
export function metricValue(metric: string | undefined, value: number | undefined): string {
  if (value === undefined || value === null) return '–';
  if (isRateMetric(metric)) return percentOfFraction(value);
  if (isLatencyMetric(metric)) return `${significant(value)} ms`;
  if (metric === 'invocations') return count(value);
  return significant(value, 4);
}

/** A p-value the way papers print it: `0.031`, `< 0.0001`. */
export function pValue(p: number | undefined): string {
  if (p === undefined || !Number.isFinite(p)) return '–';
  if (p < 1e-4) return '< 0.0001';
  return significant(p, 2);
}

/** `90s` → `1m 30s`; `3600` → `1h`; `0` → `0s`. */
export function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return String(seconds);
  let s = Math.max(0, Math.round(seconds));
  if (s === 0) return '0s';
  const parts: string[] = [];
  const d = Math.floor(s / 86_400);
  s -= d * 86_400;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  if (d) parts.push(`${d}d`);
  if (h) parts.push(`${h}h`);
  if (m) parts.push(`${m}m`);
  if (s && !d) parts.push(`${s}s`);
  return parts.slice(0, 2).join(' ');
}

/** `2026-11-24 15:04:05 UTC` */
export function timestamp(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms);
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** Time since the start of the deployment: `+12m 30s`. */
export function elapsed(ms: number, since: number): string {
  return `+${duration((ms - since) / 1000)}`;
}
