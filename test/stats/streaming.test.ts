import { describe, expect, it } from 'vitest';
import {
  binCounts,
  binIndex,
  FixedBinHistogram,
  psi,
  psiFromCounts,
  psiFromSamples,
  QuantileSketch,
  quantileCuts,
  seededRandom,
  SortedSample,
} from '../../src/stats/index.js';

describe('binning rule (quantiles of the reference)', () => {
  it('cuts at the inverted-cdf quantiles j/B (observed values)', () => {
    const ref = Array.from({ length: 11 }, (_, i) => 10 - i); // 10..0, order does not matter
    expect(Array.from(quantileCuts(ref, 4))).toEqual([2, 5, 8]);
    expect(Array.from(binCounts(ref, [2, 5, 8]))).toEqual([3, 3, 3, 2]);
  });
  it('merges duplicate cut points from ties (a 60% zero feature gets fewer bins, none empty)', () => {
    const ref = [...Array(60).fill(0), ...Array.from({ length: 40 }, (_, i) => i + 1)];
    const cuts = quantileCuts(ref, 10);
    expect(cuts[0]).toBe(0);
    expect(new Set(cuts).size).toBe(cuts.length);
    expect(Array.from(cuts)).toEqual([0, 10, 20, 30]);
    const counts = binCounts(ref, cuts);
    expect(Array.from(counts)).toEqual([60, 10, 10, 10, 10]); // all zeros in (−∞, 0]; no empty bin
  });
  it('drops a cut at the maximum so the top bin is never empty in the reference', () => {
    const ref = [1, 2, 3, ...Array(7).fill(9)];
    expect(Array.from(quantileCuts(ref, 10))).toEqual([1, 2, 3]);
  });
  it('has no cut (one bin, PSI 0) for a constant reference', () => {
    expect(Array.from(quantileCuts([3, 3, 3, 3], 10))).toEqual([]);
    expect(psiFromSamples([3, 3, 3, 3], [1, 5]).value).toBe(0);
  });
  it('right-closed bins; values outside the reference range fall in the end bins', () => {
    const cuts = [1, 2, 3];
    expect([-1e9, 1, 1.5, 2, 3, 3.0001, 1e9].map((v) => binIndex(cuts, v))).toEqual([0, 0, 1, 1, 2, 3, 3]);
  });
  it('refuses bad bins and NaN values', () => {
    expect(() => quantileCuts([1, 2, 3], 1)).toThrow(/bins is 1/);
    expect(() => binCounts([1, NaN], [0])).toThrow(/values\[1\] is NaN/);
    expect(() => binCounts([1], [2, 1])).toThrow(/cut points must increase strictly/);
  });
});

describe('PSI', () => {
  it('from samples: near 0 for the same distribution, large for a shifted one', () => {
    const rng = seededRandom(11);
    const ref = rng.fillNormal(new Float64Array(100_000));
    const same = rng.fillNormal(new Float64Array(50_000));
    const shifted = rng.fillNormal(new Float64Array(50_000), 0.5, 1);
    const r0 = psiFromSamples(ref, same);
    expect(r0.cuts.length).toBe(9);
    expect(r0.expected.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    expect(r0.value).toBeLessThan(0.01);
    expect(psiFromSamples(ref, shifted).value).toBeGreaterThan(0.2);
  });
  it('from counts equals psi on the proportions', () => {
    expect(psiFromCounts([10, 30, 60], [20, 20, 60])).toBeCloseTo(psi([0.1, 0.3, 0.6], [0.2, 0.2, 0.6]), 15);
    expect(() => psiFromCounts([0, 0], [1, 1])).toThrow(/expectedCounts sums to 0/);
  });
});

describe('FixedBinHistogram', () => {
  it('merging chunk histograms equals one histogram over all the data', () => {
    const rng = seededRandom(12);
    const data = rng.fillNormal(new Float64Array(30_000));
    const cuts = quantileCuts(data.subarray(0, 5000), 10);
    const whole = new FixedBinHistogram(cuts);
    whole.addAll(data);
    const parts = [0, 1, 2].map((i) => {
      const h = new FixedBinHistogram(cuts);
      h.addAll(data.subarray(i * 10_000, (i + 1) * 10_000));
      return h;
    });
    const merged = parts[0].merge(parts[1]).merge(parts[2]);
    expect(Array.from(merged.counts)).toEqual(Array.from(whole.counts));
    expect(merged.total).toBe(30_000);
    expect(Array.from(FixedBinHistogram.fromJSON(JSON.parse(JSON.stringify(merged))).counts)).toEqual(
      Array.from(whole.counts),
    );
  });
  it('refuses merging different cuts and keeps nothing of a chunk with a NaN', () => {
    const h = new FixedBinHistogram([0, 1]);
    expect(() => h.merge(new FixedBinHistogram([0, 2]))).toThrow(/different cut points/);
    expect(() => h.addAll([0.5, NaN])).toThrow(/values\[1\] is NaN/);
    expect(h.total).toBe(0);
    expect(() => h.proportions()).toThrow(/empty/);
  });
});

describe('QuantileSketch (KLL)', () => {
  const n = 1_000_000;
  const rng = seededRandom(13);
  // a large offset and a small spread: where value-relative sketches lose rank accuracy
  const data = rng.fillNormal(new Float64Array(n), 1000, 5);
  const exact = SortedSample.from(data).values;
  const trueRank = (v: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (exact[mid] <= v) lo = mid + 1;
      else hi = mid;
    }
    return lo / n;
  };
  const maxRankError = (s: QuantileSketch) => {
    let worst = 0;
    for (let q = 0.01; q < 0.995; q += 0.01) worst = Math.max(worst, Math.abs(trueRank(s.quantile(q)) - q));
    return worst;
  };

  it('keeps the rank error below 1% over 10⁶ values in a few thousand retained values', () => {
    const s = new QuantileSketch();
    s.addAll(data);
    expect(s.count).toBe(n);
    expect(maxRankError(s)).toBeLessThan(0.01);
    expect(s.toJSON().levels.flat().length).toBeLessThan(3 * s.k);
    expect(s.quantile(0)).toBe(exact[0]);
    expect(s.quantile(1)).toBe(exact[n - 1]);
  });

  it('merged chunk sketches are as accurate, and serialize/restore', () => {
    const chunks = Array.from({ length: 8 }, (_, i) => {
      const s = new QuantileSketch({ seed: i });
      s.addAll(data.subarray((i * n) / 8, ((i + 1) * n) / 8));
      return s;
    });
    const merged = chunks.reduce((a, b) => a.merge(b));
    expect(merged.count).toBe(n);
    expect(maxRankError(merged)).toBeLessThan(0.01);
    const restored = QuantileSketch.fromJSON(JSON.parse(JSON.stringify(merged)));
    expect(restored.quantile(0.5)).toBe(merged.quantile(0.5));
    expect(Math.abs(restored.rank(1000) - 0.5)).toBeLessThan(0.01);
  });

  it('gives cut points close to the exact quantile cuts', () => {
    const s = new QuantileSketch();
    s.addAll(data);
    const approx = s.cuts(10);
    const exactCuts = quantileCuts(data, 10);
    expect(approx.length).toBe(9);
    approx.forEach((c, i) => expect(Math.abs(trueRank(c) - trueRank(exactCuts[i]))).toBeLessThan(0.01));
  });

  it('refuses NaN, empty queries and mismatched merges', () => {
    const s = new QuantileSketch({ k: 64 });
    expect(() => s.quantile(0.5)).toThrow(/empty/);
    expect(() => s.addAll([1, Infinity])).toThrow(/values\[1\] is Infinity/);
    expect(s.count).toBe(0);
    expect(() => s.merge(new QuantileSketch({ k: 128 }))).toThrow(/k differs/);
    expect(() => QuantileSketch.fromJSON({ ...s.toJSON(), n: 5 })).toThrow(/weight of 0/);
  });
});
