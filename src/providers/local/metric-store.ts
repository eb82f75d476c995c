/**
 * Per-minute CloudWatch aggregates with bounded memory: count, sum, min, max, the raw values while
 * there are few of them (exact percentiles) and a log-bucket histogram (percentiles within 0.5%
 * relative error) for the rest. Minutes older than the retention are dropped.
 */

const RAW_LIMIT = 512;
/** Relative accuracy of a histogram bucket (DDSketch-style: bucket i covers (γ^(i-1), γ^i]). */
const ALPHA = 0.005;
const GAMMA = (1 + ALPHA) / (1 - ALPHA);
const LOG_GAMMA = Math.log(GAMMA);

export interface Dimension {
  Name: string;
  Value: string;
}

export class Aggregate {
  count = 0;
  sum = 0;
  min = Infinity;
  max = -Infinity;
  /** Raw values while count stays within RAW_LIMIT; undefined after (or for statistic sets). */
  raw: number[] | undefined = [];
  /** Histogram of positive values by bucket index, negatives by index of |v|, and zeros. */
  pos = new Map<number, number>();
  neg = new Map<number, number>();
  zeros = 0;
  /** False once a statistic set (no individual values) was merged in: percentiles unavailable. */
  hasDistribution = true;

  add(value: number, count = 1): void {
    if (!(count > 0)) return;
    this.count += count;
    this.sum += value * count;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    if (this.raw) {
      if (Number.isInteger(count) && this.raw.length + count <= RAW_LIMIT)
        for (let i = 0; i < count; i++) this.raw.push(value);
      else this.raw = undefined;
    }
    if (value === 0) this.zeros += count;
    else {
      const map = value > 0 ? this.pos : this.neg;
      const idx = Math.ceil(Math.log(Math.abs(value)) / LOG_GAMMA);
      map.set(idx, (map.get(idx) ?? 0) + count);
    }
  }

  addStatisticSet(sampleCount: number, sum: number, min: number, max: number): void {
    if (!(sampleCount > 0)) return;
    this.count += sampleCount;
    this.sum += sum;
    this.min = Math.min(this.min, min);
    this.max = Math.max(this.max, max);
    this.raw = undefined;
    this.hasDistribution = false;
  }

  merge(other: Aggregate): void {
    this.count += other.count;
    this.sum += other.sum;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
    this.raw =
      this.raw && other.raw && this.raw.length + other.raw.length <= RAW_LIMIT * 64
        ? [...this.raw, ...other.raw]
        : undefined;
    for (const [k, v] of other.pos) this.pos.set(k, (this.pos.get(k) ?? 0) + v);
    for (const [k, v] of other.neg) this.neg.set(k, (this.neg.get(k) ?? 0) + v);
    this.zeros += other.zeros;
    this.hasDistribution &&= other.hasDistribution;
  }

  /** Nearest-rank percentile, q in [0, 1]; undefined without a distribution. */
  percentile(q: number): number | undefined {
    if (this.count === 0 || !this.hasDistribution) return undefined;
    if (this.raw && this.raw.length === this.count) {
      const sorted = [...this.raw].sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
    }
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    const clamp = (v: number) => Math.min(this.max, Math.max(this.min, v));
    const value = (idx: number) => (2 * Math.pow(GAMMA, idx)) / (GAMMA + 1);
    for (const idx of [...this.neg.keys()].sort((a, b) => b - a)) {
      seen += this.neg.get(idx) ?? 0;
      if (seen >= rank) return clamp(-value(idx));
    }
    seen += this.zeros;
    if (seen >= rank) return 0;
    for (const idx of [...this.pos.keys()].sort((a, b) => a - b)) {
      seen += this.pos.get(idx) ?? 0;
      if (seen >= rank) return clamp(value(idx));
    }
    return this.max;
  }

  /** A CloudWatch statistic: SampleCount, Average, Sum, Minimum, Maximum or pNN(.NN). */
  statistic(stat: string): number | undefined {
    if (this.count === 0) return undefined;
    switch (stat) {
      case 'SampleCount':
        return this.count;
      case 'Sum':
        return this.sum;
      case 'Average':
        return this.sum / this.count;
      case 'Minimum':
        return this.min;
      case 'Maximum':
        return this.max;
    }
    const q = percentileOf(stat);
    return q === undefined ? undefined : this.percentile(q);
  }
}

/** `p99` → 0.99, `p99.9` → 0.999; undefined when `stat` is not a percentile. */
export function percentileOf(stat: string): number | undefined {
  const m = /^p(\d{1,2}(?:\.\d{1,10})?|100(?:\.0+)?)$/.exec(stat);
  return m ? Number(m[1]) / 100 : undefined;
}

const SIMPLE_STATS = ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'] as const;

/** True for the statistics this store computes. */
export function isSupportedStat(stat: string): boolean {
  return (SIMPLE_STATS as readonly string[]).includes(stat) || percentileOf(stat) !== undefined;
}

export interface Series {
  namespace: string;
  metricName: string;
  dimensions: Dimension[];
  unit: string | undefined;
  /** Minute start (ms) → aggregate. */
  minutes: Map<number, Aggregate>;
}

export function seriesKey(namespace: string, metricName: string, dimensions: readonly Dimension[]): string {
  const dims = [...dimensions].sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));
  return JSON.stringify([namespace, metricName, dims.map((d) => [d.Name, d.Value])]);
}

export const minuteOf = (t: number) => Math.floor(t / 60_000) * 60_000;

export class MetricStore {
  private readonly series = new Map<string, Series>();

  constructor(private readonly retentionMs: number) {}

  /** The aggregate of one series for the minute holding time `t` (created on demand). */
  aggregate(
    namespace: string,
    metricName: string,
    dimensions: readonly Dimension[],
    t: number,
    unit?: string,
  ): Aggregate {
    const key = seriesKey(namespace, metricName, dimensions);
    let s = this.series.get(key);
    if (!s) {
      s = {
        namespace,
        metricName,
        dimensions: dimensions.map((d) => ({ Name: d.Name, Value: d.Value })),
        unit,
        minutes: new Map(),
      };
      this.series.set(key, s);
    }
    if (unit) s.unit = unit;
    const m = minuteOf(t);
    let agg = s.minutes.get(m);
    if (!agg) {
      agg = new Aggregate();
      s.minutes.set(m, agg);
    }
    return agg;
  }

  /** Adds a whole minute's aggregate (the traffic generator's output). */
  mergeMinute(
    namespace: string,
    metricName: string,
    dimensions: readonly Dimension[],
    minute: number,
    agg: Aggregate,
    unit?: string,
  ): void {
    if (agg.count === 0) return;
    this.aggregate(namespace, metricName, dimensions, minute, unit).merge(agg);
  }

  find(namespace: string, metricName: string, dimensions: readonly Dimension[]): Series | undefined {
    return this.series.get(seriesKey(namespace, metricName, dimensions));
  }

  all(): IterableIterator<Series> {
    return this.series.values();
  }

  /**
   * Datapoints for periods [from + k·period, …) up to `to` (exclusive), merged per period; empty
   * periods are left out, as CloudWatch does. Returned oldest first.
   */
  query(
    namespace: string,
    metricName: string,
    dimensions: readonly Dimension[],
    from: number,
    to: number,
    periodMs: number,
    unit?: string,
  ): Array<{ start: number; agg: Aggregate }> {
    const s = this.find(namespace, metricName, dimensions);
    if (!s || (unit && s.unit && unit !== s.unit)) return [];
    const buckets = new Map<number, Aggregate>();
    for (const [minute, agg] of s.minutes) {
      if (minute < from || minute >= to) continue;
      const start = from + Math.floor((minute - from) / periodMs) * periodMs;
      let b = buckets.get(start);
      if (!b) {
        b = new Aggregate();
        buckets.set(start, b);
      }
      b.merge(agg);
    }
    return [...buckets.entries()].sort((a, b) => a[0] - b[0]).map(([start, agg]) => ({ start, agg }));
  }

  /** Drops minutes older than the retention. */
  prune(now: number): void {
    const cutoff = now - this.retentionMs;
    for (const [key, s] of this.series) {
      for (const m of s.minutes.keys()) if (m < cutoff) s.minutes.delete(m);
      if (s.minutes.size === 0) this.series.delete(key);
    }
  }
}
