import { seededRandom, type SeededRandom } from '../../stats/index.js';
import type { NumericSink } from './profile.js';

/**
 * How many values of one numerical column (per data set) the drift tests see exactly. Up to this
 * many rows the tests run on every value and agree with SciPy on the same data; past it they run on a
 * uniform random sample of this size (seeded, so the same file gives the same answer). Memory: 8
 * bytes per value, ≈ 1.6 MB per column and data set at the default.
 */
export const DEFAULT_SAMPLE_LIMIT = 200_000;

export interface SampleSnapshot {
  /** The kept values, in order (min(count, limit) of them). */
  values: Float64Array;
  /** Values seen. */
  count: number;
}

/**
 * A numerical column's values for drift: every value while there are at most `limit`, then a
 * uniform reservoir sample of `limit` values (Li's Algorithm L, "Reservoir-sampling algorithms of
 * time complexity O(n(1 + log(N/n)))", ACM TOMS 1994: O(limit · log(n/limit)) random draws, not one
 * per row). Bounded memory whatever the number of rows.
 */
export class ValueSample implements NumericSink {
  private buf: Float64Array = new Float64Array(1024);
  private n = 0;
  private rng: SeededRandom | null = null;
  private w = 0;
  private next = 0;

  constructor(
    readonly limit: number = DEFAULT_SAMPLE_LIMIT,
    private readonly seed = 0x5eed,
  ) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`sample limit must be a positive integer, got ${limit}`);
  }

  /** Values seen (not only those kept). */
  get count(): number {
    return this.n;
  }

  /** Whether the kept values are a sample of more (true) or all of them (false). */
  get sampled(): boolean {
    return this.n > this.limit;
  }

  push(v: number): void {
    const i = this.n++;
    const k = this.limit;
    if (i < k) {
      if (i === this.buf.length) this.grow();
      this.buf[i] = v;
      if (i === k - 1) this.startReservoir();
      return;
    }
    if (i < this.next) return;
    const rng = this.rng;
    if (rng === null) throw new Error('a restored sample past its limit cannot take more values');
    this.buf[Math.floor(rng.uniform() * k)] = v;
    this.advance();
  }

  /** The kept values (a view: do not keep it past the next push). */
  values(): Float64Array {
    return this.buf.subarray(0, Math.min(this.n, this.limit));
  }

  /**
   * The kept values (a view, not a copy) and the count, to send from a reader thread (see
   * read-job.ts), which moves the view's buffer: the sample must not be used after that.
   */
  snapshot(): SampleSnapshot {
    return { values: this.values(), count: this.n };
  }

  /**
   * A sample holding a snapshot's values. Below the limit it takes more values as the original
   * would; past it the reservoir's random state stayed behind, and `push` throws.
   */
  static restore(s: SampleSnapshot, limit: number, seed?: number): ValueSample {
    const kept = Math.min(s.count, limit);
    if (s.values.length !== kept) {
      throw new RangeError(
        `a sample of ${s.count} values under a limit of ${limit} keeps ${kept}, not ${s.values.length}`,
      );
    }
    const sample = new ValueSample(limit, seed);
    if (kept > 0) sample.buf = s.values;
    sample.n = s.count;
    if (s.count >= limit) sample.next = s.count; // rng stays null: the next push throws
    return sample;
  }

  private grow(): void {
    const next = new Float64Array(Math.min(this.limit, this.buf.length * 2));
    next.set(this.buf);
    this.buf = next;
  }

  private startReservoir(): void {
    this.rng = seededRandom(this.seed);
    this.w = Math.exp(Math.log(this.uniformOpen()) / this.limit);
    this.next = this.limit;
    this.skip();
  }

  private advance(): void {
    this.w *= Math.exp(Math.log(this.uniformOpen()) / this.limit);
    this.next++;
    this.skip();
  }

  /** Moves `next` past the items Algorithm L skips. */
  private skip(): void {
    const gap = Math.floor(Math.log(this.uniformOpen()) / Math.log(1 - this.w));
    this.next += Number.isFinite(gap) ? gap : Number.MAX_SAFE_INTEGER;
  }

  /** Uniform on (0, 1): log(0) must not happen. */
  private uniformOpen(): number {
    const rng = this.rng as SeededRandom;
    let u = rng.uniform();
    while (u === 0) u = rng.uniform();
    return u;
  }
}
