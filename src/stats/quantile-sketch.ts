// A mergeable quantile sketch: KLL (Karnin, Lang & Liberty, "Optimal Quantile Approximation in
// Streams", FOCS 2016), with compactor capacities k·(2/3)^(H−1−h) as in Apache DataSketches.
//
// Written here rather than taken from npm: the well-used candidates do not fit. @datadog/sketches-js
// (DDSketch) drops the negative values on merge (DataDog/sketches-js issue #22, open) and its error is
// relative to the value, so for a feature like "latency ≈ 1000 ± 5 ms" a 1% guarantee spans ±10 ms, four
// standard deviations of rank; `tdigest` is unmaintained since 2019. KLL's error is in rank (what
// quantile binning needs), independent of the values' scale: with k = 400 the rank error stays below
// ~1% with high probability, in O(k) memory whatever the stream length. Compaction coin flips come from
// a seeded generator (pure-rand), so a given input order always gives the same sketch.
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { seededGenerator } from './random.js';
import { invalid } from './validate.js';

type Rng = ReturnType<typeof seededGenerator>;

export interface QuantileSketchJSON {
  kind: 'kll';
  k: number;
  n: number;
  min: number;
  max: number;
  levels: number[][];
  rng: number[];
}

export interface QuantileSketchOptions {
  /** Accuracy/size trade-off: default 400: measured max rank error ~0.3% on 10⁶ normals (k = 200: ~0.6%); ≈ 3k values kept. */
  k?: number;
  /** Seed of the compaction coin flips. */
  seed?: number;
}

export class QuantileSketch {
  readonly k: number;
  private levels: number[][] = [[]];
  private size = 0;
  private n = 0;
  private lo = Infinity;
  private hi = -Infinity;
  private rng: Rng;
  /** Capacity per level and their sum, recomputed when a level is added. */
  private caps: number[] = [];
  private capTotal = 0;
  private view: { values: Float64Array; cum: Float64Array } | null = null;

  constructor(options: QuantileSketchOptions = {}) {
    const k = options.k ?? 400;
    if (!Number.isInteger(k) || k < 8 || k > 65535)
      throw invalid('QuantileSketch', `k is ${k} (expected an integer in [8, 65535])`);
    this.k = k;
    this.rng = seededGenerator(options.seed ?? 0x5eed);
    this.updateCapacities();
  }

  /** Number of values added. */
  get count(): number {
    return this.n;
  }

  get min(): number {
    return this.lo;
  }

  get max(): number {
    return this.hi;
  }

  add(v: number): void {
    if (!Number.isFinite(v)) throw invalid('QuantileSketch.add', `value is ${v} (expected a finite number)`);
    this.push(v);
  }

  /** Adds every value; a NaN/±Infinity is refused (with its index) before anything is added. */
  addAll(values: ArrayLike<number>): void {
    for (let i = 0; i < values.length; i++) {
      if (!Number.isFinite(values[i]))
        throw invalid('QuantileSketch.addAll', `values[${i}] is ${values[i]} (expected a finite number)`);
    }
    for (let i = 0; i < values.length; i++) this.push(values[i]);
  }

  private push(v: number): void {
    this.levels[0].push(v);
    this.size++;
    this.n++;
    if (v < this.lo) this.lo = v;
    if (v > this.hi) this.hi = v;
    this.view = null;
    if (this.size > this.capTotal) this.compress();
  }

  private updateCapacities(): void {
    const H = this.levels.length;
    this.caps = this.levels.map((_, h) => Math.max(2, Math.ceil(this.k * Math.pow(2 / 3, H - 1 - h))));
    this.capTotal = this.caps.reduce((t, c) => t + c, 0);
  }

  private compress(): void {
    while (this.size > this.capTotal) {
      let h = 0;
      while (h < this.levels.length && this.levels[h].length < this.caps[h]) h++;
      if (h === this.levels.length) return;
      this.compact(h);
    }
  }

  /** Sorts level h and promotes every other item (random offset) to level h + 1 at twice the weight. */
  private compact(h: number): void {
    if (h + 1 === this.levels.length) {
      this.levels.push([]);
      this.updateCapacities();
    }
    const items = Float64Array.from(this.levels[h]).sort();
    const odd = items.length % 2;
    const pairs = items.length - odd;
    const offset = this.rng.next() < 0 ? 1 : 0; // top bit: the low bit of xoroshiro128+ is weak
    const up = this.levels[h + 1];
    for (let i = offset; i < pairs; i += 2) up.push(items[i]);
    this.levels[h] = odd ? [items[items.length - 1]] : [];
    this.size -= pairs / 2;
  }

  /** Adds another sketch's contents (both must have the same k). */
  merge(other: QuantileSketch): this {
    if (other.k !== this.k)
      throw invalid(
        'QuantileSketch.merge',
        `k differs (${this.k} vs ${other.k}); sketches merge only with the same k`,
      );
    other.levels.forEach((items, h) => {
      while (this.levels.length <= h) this.levels.push([]);
      this.updateCapacities();
      for (const v of items) this.levels[h].push(v);
      this.size += items.length;
    });
    this.n += other.n;
    this.lo = Math.min(this.lo, other.lo);
    this.hi = Math.max(this.hi, other.hi);
    this.view = null;
    this.compress();
    return this;
  }

  private sortedView(): { values: Float64Array; cum: Float64Array } {
    if (this.view) return this.view;
    const all: { v: number; w: number }[] = [];
    this.levels.forEach((items, h) => {
      const w = 2 ** h;
      for (const v of items) all.push({ v, w });
    });
    all.sort((a, b) => a.v - b.v);
    const values = new Float64Array(all.length);
    const cum = new Float64Array(all.length);
    let c = 0;
    all.forEach(({ v, w }, i) => {
      c += w;
      values[i] = v;
      cum[i] = c;
    });
    this.view = { values, cum };
    return this.view;
  }

  /** Approximate q-quantile: the smallest retained value whose estimated rank reaches q (q=0 → min, q=1 → max). */
  quantile(q: number): number {
    if (!(q >= 0 && q <= 1))
      throw invalid('QuantileSketch.quantile', `q is ${q} (expected a number in [0, 1])`);
    if (this.n === 0) throw invalid('QuantileSketch.quantile', 'the sketch is empty');
    if (q === 0) return this.lo;
    if (q === 1) return this.hi;
    const { values, cum } = this.sortedView();
    const target = q * this.n;
    let lo = 0;
    let hi = values.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cum[mid] >= target) hi = mid;
      else lo = mid + 1;
    }
    return Math.min(this.hi, Math.max(this.lo, values[lo]));
  }

  /** Approximate fraction of the values ≤ x. */
  rank(x: number): number {
    if (this.n === 0) throw invalid('QuantileSketch.rank', 'the sketch is empty');
    const { values, cum } = this.sortedView();
    let lo = 0;
    let hi = values.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (values[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : cum[lo - 1] / this.n;
  }

  /**
   * Cut points for `bins` quantile bins (binning.ts rule, duplicates merged) from the sketch: the streaming
   * counterpart of quantileCuts, with the sketch's rank error instead of exact interpolation.
   */
  cuts(bins = 10): Float64Array {
    if (!Number.isInteger(bins) || bins < 2)
      throw invalid('QuantileSketch.cuts', `bins is ${bins} (expected an integer ≥ 2)`);
    const out: number[] = [];
    for (let j = 1; j < bins; j++) {
      const q = this.quantile(j / bins);
      if (q < this.hi && (out.length === 0 || q > out[out.length - 1])) out.push(q);
    }
    return Float64Array.from(out);
  }

  toJSON(): QuantileSketchJSON {
    return {
      kind: 'kll',
      k: this.k,
      n: this.n,
      min: this.lo,
      max: this.hi,
      levels: this.levels.map((l) => [...l]),
      rng: [...this.rng.getState()],
    };
  }

  static fromJSON(json: QuantileSketchJSON): QuantileSketch {
    const fn = 'QuantileSketch.fromJSON';
    if (json?.kind !== 'kll') throw invalid(fn, `kind is ${String(json?.kind)} (expected 'kll')`);
    const s = new QuantileSketch({ k: json.k });
    if (!Array.isArray(json.levels) || json.levels.length === 0)
      throw invalid(fn, 'levels must be a non-empty array');
    let weight = 0;
    s.levels = json.levels.map((items, h) => {
      if (!Array.isArray(items)) throw invalid(fn, `levels[${h}] is not an array`);
      items.forEach((v, i) => {
        if (!Number.isFinite(v)) throw invalid(fn, `levels[${h}][${i}] is ${v} (expected a finite number)`);
      });
      weight += items.length * 2 ** h;
      return [...items];
    });
    if (weight !== json.n) throw invalid(fn, `n is ${json.n} but the levels hold a weight of ${weight}`);
    s.size = s.levels.reduce((t, l) => t + l.length, 0);
    s.updateCapacities();
    s.n = json.n;
    s.lo = json.n === 0 ? Infinity : json.min;
    s.hi = json.n === 0 ? -Infinity : json.max;
    if (json.n > 0 && !(Number.isFinite(s.lo) && Number.isFinite(s.hi) && s.lo <= s.hi))
      throw invalid(fn, 'min/max are not finite or min > max');
    if (!Array.isArray(json.rng) || json.rng.length !== 4)
      throw invalid(fn, 'rng must hold the 4 state words');
    s.rng = xoroshiro128plusFromState(json.rng);
    return s;
  }
}
