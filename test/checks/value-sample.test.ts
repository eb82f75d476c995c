import { describe, expect, it } from 'vitest';
import { chi2Contingency } from '../../src/stats/index.js';
import { ValueSample } from '../../src/checks/data/value-sample.js';

describe('ValueSample', () => {
  it('keeps every value up to the limit', () => {
    const s = new ValueSample(5);
    for (const v of [3, 1, 4, 1, 5]) s.push(v);
    expect([...s.values()]).toEqual([3, 1, 4, 1, 5]);
    expect(s.count).toBe(5);
    expect(s.sampled).toBe(false);
  });

  it('keeps a bounded sample past the limit, the same for the same input', () => {
    const a = new ValueSample(1000);
    const b = new ValueSample(1000);
    for (let i = 0; i < 200_000; i++) {
      a.push(i);
      b.push(i);
    }
    expect(a.values().length).toBe(1000);
    expect(a.count).toBe(200_000);
    expect(a.sampled).toBe(true);
    expect([...a.values()]).toEqual([...b.values()]);
  });

  it('samples uniformly: every tenth of the stream is equally represented', () => {
    const s = new ValueSample(20_000);
    const n = 1_000_000;
    for (let i = 0; i < n; i++) s.push(i);
    const counts = new Array<number>(10).fill(0);
    for (const v of s.values()) counts[Math.floor((v * 10) / n)]++;
    // Goodness of fit against equal shares, as a 2×10 homogeneity table with a huge uniform row.
    const uniform = new Array<number>(10).fill(1_000_000);
    const { pvalue } = chi2Contingency([counts, uniform]);
    expect(pvalue).toBeGreaterThan(0.001);
    // Late values are as likely to be kept as early ones (Algorithm R/L's defining property).
    expect(Math.min(...counts)).toBeGreaterThan(1700);
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => new ValueSample(0)).toThrow(/positive integer/);
  });

  it('survives a trip to another thread: the same values, and below the limit it goes on as the original', () => {
    const original = new ValueSample(100);
    const twin = new ValueSample(100);
    for (let i = 0; i < 60; i++) {
      original.push(i * 1.5);
      twin.push(i * 1.5);
    }
    const snapshot = twin.snapshot();
    const moved = structuredClone(snapshot, { transfer: [snapshot.values.buffer as ArrayBuffer] });
    const restored = ValueSample.restore(moved, 100);
    expect([...restored.values()]).toEqual([...original.values()]);
    // Across the limit: the reservoir starts from the same seed at the same count.
    for (let i = 60; i < 5000; i++) {
      original.push(i);
      restored.push(i);
    }
    expect(restored.count).toBe(5000);
    expect([...restored.values()]).toEqual([...original.values()]);
  });

  it('past its limit a restored sample keeps its values and refuses more', () => {
    const s = new ValueSample(50);
    for (let i = 0; i < 1000; i++) s.push(i);
    const restored = ValueSample.restore(structuredClone(s.snapshot()), 50);
    expect(restored.sampled).toBe(true);
    expect(restored.count).toBe(1000);
    expect([...restored.values()]).toEqual([...s.values()]);
    expect(() => {
      for (let i = 0; i < 1000; i++) restored.push(i);
    }).toThrow(/restored sample past its limit/);
    expect(() => ValueSample.restore({ values: new Float64Array(3), count: 10 }, 50)).toThrow(
      /keeps 10, not 3/,
    );
  });
});
