import { describe, expect, it } from 'vitest';
import { ModelgateError } from '../../src/errors.js';
import {
  binomTest,
  chi2Contingency,
  fisherExact,
  jensenShannon,
  kolmogn,
  kolmogorov,
  ks2samp,
  mannWhitneyU,
  psi,
  seededRandom,
  SortedSample,
  wassersteinDistance,
  welchTTest,
} from '../../src/stats/index.js';

function errorOf(fn: () => unknown): ModelgateError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ModelgateError);
    return e as ModelgateError;
  }
  throw new Error('expected an error');
}

describe('NaN and infinities are refused, naming the argument and index', () => {
  const good = [1, 2, 3, 4];
  const cases: [string, () => unknown, RegExp][] = [
    ['ks2samp x', () => ks2samp([1, NaN, 3], good), /ks2samp: x\[1\] is NaN/],
    ['ks2samp y', () => ks2samp(good, Float64Array.of(1, 2, Infinity)), /ks2samp: y\[2\] is Infinity/],
    ['mannWhitneyU', () => mannWhitneyU(good, [0, -Infinity]), /mannWhitneyU: y\[1\] is -Infinity/],
    ['welchTTest', () => welchTTest([NaN, 1], good), /welchTTest: x\[0\] is NaN/],
    ['wasserstein values', () => wassersteinDistance(good, [1, Infinity]), /v\[1\] is Infinity/],
    [
      'wasserstein weights',
      () => wassersteinDistance(good, good, { uWeights: [1, 1, NaN, 1] }),
      /uWeights\[2\] is NaN/,
    ],
    ['jensenShannon', () => jensenShannon([0.5, NaN], [0.5, 0.5]), /jensenShannon: p\[1\] is NaN/],
    ['psi', () => psi([0.5, 0.5], [Infinity, 0]), /psi: actual\[0\] is Infinity/],
    [
      'chi2Contingency',
      () =>
        chi2Contingency([
          [1, 2],
          [NaN, 4],
        ]),
      /table\[1\]\[0\] is NaN/,
    ],
    [
      'fisherExact',
      () =>
        fisherExact([
          [1, Infinity],
          [3, 4],
        ]),
      /table\[0\]\[1\] is Infinity/,
    ],
    ['SortedSample', () => SortedSample.from([0, 1, NaN]), /\[2\] is NaN/],
  ];
  for (const [name, fn, message] of cases) {
    it(name, () => {
      const e = errorOf(fn);
      expect(e.code).toBe('stats_invalid_input');
      expect(e.message).toMatch(message);
    });
  }
});

describe('empty samples: a clear error where SciPy returns NaN', () => {
  it.each([
    ['ks2samp', () => ks2samp([], [1, 2])],
    ['mannWhitneyU', () => mannWhitneyU([1], [])],
    ['welchTTest', () => welchTTest([], [1, 2])],
    ['wassersteinDistance', () => wassersteinDistance([], [1])],
    ['jensenShannon', () => jensenShannon([], [])],
  ])('%s', (_name, fn) => {
    const e = errorOf(fn);
    expect(e.code).toBe('stats_invalid_input');
    expect(e.message).toMatch(/is empty \(SciPy returns NaN here/);
  });
});

describe('one-element and all-equal samples behave as in SciPy', () => {
  it('ks2samp with one value each: D = 1, exact p = 1', () => {
    expect(ks2samp([1], [2])).toMatchObject({ statistic: 1, pvalue: 1, method: 'exact' });
  });
  it('ks2samp on identical constant samples: D = 0, p = 1', () => {
    expect(ks2samp([5, 5, 5], [5, 5])).toMatchObject({ statistic: 0, pvalue: 1 });
  });
  it('ks2samp asymptotic with sizes 1 and 1 is undefined (SciPy: NaN)', () => {
    expect(errorOf(() => ks2samp([1], [2], { method: 'asymp' })).code).toBe('stats_undefined');
  });
  it('mannWhitneyU on all-equal samples: U = n1·n2/2, p = 1 (continuity correction)', () => {
    expect(mannWhitneyU([3, 3, 3], [3, 3])).toMatchObject({ statistic: 3, pvalue: 1, method: 'asymptotic' });
  });
  it('mannWhitneyU on all-equal samples without continuity correction is 0/0 (SciPy: NaN)', () => {
    const e = errorOf(() => mannWhitneyU([3, 3, 3], [3, 3], { useContinuity: false }));
    expect(e.code).toBe('stats_undefined');
  });
  it('mannWhitneyU with one value each (exact): U = 0 or 1, p = 1', () => {
    expect(mannWhitneyU([1], [2])).toMatchObject({ statistic: 0, pvalue: 1, method: 'exact' });
  });
  it('welchTTest needs two values per sample (SciPy: NaN)', () => {
    const e = errorOf(() => welchTTest([1], [1, 2, 3]));
    expect(e.code).toBe('stats_undefined');
    expect(e.message).toMatch(/x has one value/);
  });
  it('welchTTest on constant samples: ±Infinity and p = 0 when the means differ, refused when equal', () => {
    expect(welchTTest([1, 1], [2, 2, 2])).toMatchObject({ statistic: -Infinity, pvalue: 0 });
    expect(errorOf(() => welchTTest([2, 2], [2, 2, 2])).code).toBe('stats_undefined');
  });
  it('wassersteinDistance between single points is their distance', () => {
    expect(wassersteinDistance([1.5], [4])).toBe(2.5);
    expect(wassersteinDistance([7, 7, 7], [7])).toBe(0);
  });
});

describe('zero counts in tables', () => {
  it('chi2Contingency with a zero row raises like SciPy, naming the cell and the cause', () => {
    const e = errorOf(() =>
      chi2Contingency([
        [0, 0],
        [3, 4],
      ]),
    );
    expect(e.code).toBe('stats_invalid_input');
    expect(e.message).toMatch(/expected frequency at table\[0\]\[0\] is 0 because row 0 is all zeros/);
    expect(
      errorOf(() =>
        chi2Contingency([
          [1, 0],
          [3, 0],
        ]),
      ).message,
    ).toMatch(/column 1 is all zeros/);
  });
  it('chi2Contingency with zero cells but non-zero margins works (Yates on 2×2)', () => {
    const r = chi2Contingency([
      [0, 10],
      [10, 0],
    ]);
    expect(r.dof).toBe(1);
    expect(r.statistic).toBeCloseTo(16.2, 12); // (|0−5|−½)²/5 × 4
    expect(r.pvalue).toBeGreaterThan(0);
  });
  it('chi2Contingency on a single row has dof 0, statistic 0, p 1', () => {
    expect(chi2Contingency([[3, 4, 5]])).toMatchObject({ statistic: 0, pvalue: 1, dof: 0 });
  });
  it('fisherExact with an empty row: odds ratio NaN, p = 1 (as SciPy)', () => {
    const r = fisherExact([
      [0, 0],
      [4, 5],
    ]);
    expect(r.statistic).toBeNaN();
    expect(r.pvalue).toBe(1);
  });
  it('fisherExact with a zero off-diagonal: odds ratio Infinity', () => {
    expect(
      fisherExact([
        [5, 0],
        [1, 4],
      ]).statistic,
    ).toBe(Infinity);
  });
  it('tables must be rectangular, non-negative, and 2×2 for Fisher', () => {
    expect(errorOf(() => chi2Contingency([[1, 2], [3]])).message).toMatch(
      /table\[1\] has 1 cells, table\[0\] has 2/,
    );
    expect(
      errorOf(() =>
        chi2Contingency([
          [1, -2],
          [3, 4],
        ]),
      ).message,
    ).toMatch(/table\[0\]\[1\] is -2/);
    expect(
      errorOf(() =>
        fisherExact([
          [1, 2, 3],
          [4, 5, 6],
        ]),
      ).message,
    ).toMatch(/expected 2×2/);
    expect(
      errorOf(() =>
        fisherExact([
          [1.5, 2],
          [3, 4],
        ]),
      ).message,
    ).toMatch(/must be integers/);
  });
  it('binomTest with k = 0 and k = n', () => {
    expect(binomTest(0, 300, { p: 0.005, alternative: 'greater' }).pvalue).toBe(1);
    expect(binomTest(20, 20, { p: 0.5, alternative: 'less' }).pvalue).toBe(1);
    expect(errorOf(() => binomTest(5, 4)).message).toMatch(/k \(5\) is greater than n \(4\)/);
  });
  it('psi floors empty bins at epsilon', () => {
    const v = psi([0.5, 0.5, 0], [0.5, 0.4, 0.1], { epsilon: 1e-4 });
    const expected = (0.4 - 0.5) * Math.log(0.4 / 0.5) + (0.1 - 1e-4) * Math.log(0.1 / 1e-4);
    expect(v).toBeCloseTo(expected, 14);
  });
});

describe('10⁶ vs 10⁶ samples on typed arrays', () => {
  const n = 1_000_000;
  const rng = seededRandom(7);
  const x = rng.fillNormal(new Float64Array(n));
  const y = rng.fillNormal(new Float64Array(n));
  const shifted = y.map((v) => v + 0.01);

  it('ks2samp: no drift is not flagged, a 0.01 sd shift is', () => {
    const same = ks2samp(x, y);
    expect(same.method).toBe('asymp');
    expect(same.pvalue).toBeGreaterThan(0.001);
    const drift = ks2samp(x, shifted);
    expect(drift.pvalue).toBeLessThan(1e-6);
    // the finite-n distribution at n = 5·10⁵ is close to the limiting Kolmogorov distribution
    const lim = kolmogorov(Math.sqrt(n / 2) * drift.statistic);
    expect(Math.abs(drift.pvalue - lim) / lim).toBeLessThan(0.05);
    expect(kolmogn(n / 2, drift.statistic, false)).toBe(drift.pvalue);
  });

  it('ks2samp gives the same answer from a SortedSample and leaves the input untouched', () => {
    const before = x[0];
    const ref = SortedSample.from(x);
    expect(ks2samp(ref, shifted)).toEqual(ks2samp(x, shifted));
    expect(x[0]).toBe(before);
  });

  it('mannWhitneyU: no drift is not flagged, a shift is; U1 + U2 = n1·n2', () => {
    const same = mannWhitneyU(x, y);
    expect(same.pvalue).toBeGreaterThan(0.001);
    const drift = mannWhitneyU(x, shifted, { alternative: 'less' });
    expect(drift.pvalue).toBeLessThan(1e-6);
    const u2 = mannWhitneyU(shifted, x, { alternative: 'greater' });
    expect(drift.statistic + u2.statistic).toBe(n * n);
    expect(u2.pvalue).toBeCloseTo(drift.pvalue, 15);
  });

  it('mannWhitneyU with massive ties (10 distinct values) uses the tie-corrected variance', () => {
    const a = x.map((v) => Math.floor(Math.abs(v) * 3) % 10);
    const b = y.map((v) => Math.floor(Math.abs(v) * 3) % 10);
    const r = mannWhitneyU(a, b);
    expect(r.ties).toBe(true);
    expect(Number.isFinite(r.z)).toBe(true);
    expect(r.pvalue).toBeGreaterThan(0.001);
  });

  it('wassersteinDistance matches the shift', () => {
    expect(wassersteinDistance(y, shifted)).toBeCloseTo(0.01, 10);
  });
});

describe('exact paths stay usable at awkward sizes', () => {
  it("mannWhitneyU 'auto' is exact for 8 vs 10⁵ values and agrees with the asymptotic p closely", () => {
    const rng = seededRandom(3);
    const small = Array.from({ length: 8 }, () => rng.normal() + 0.8);
    const big = rng.fillNormal(new Float64Array(100_000));
    const exact = mannWhitneyU(small, big);
    const asym = mannWhitneyU(small, big, { method: 'asymptotic' });
    expect(exact.method).toBe('exact');
    expect(Math.abs(exact.pvalue - asym.pvalue)).toBeLessThan(0.01);
  });
  it("ks2samp 'exact' falls back to 'asymp' where the path count overflows (as SciPy)", () => {
    const rng = seededRandom(4);
    const a = rng.fillNormal(new Float64Array(900));
    const b = rng.fillNormal(new Float64Array(700));
    expect(ks2samp(a, b, { alternative: 'greater', method: 'exact' }).method).toBe('asymp');
    expect(ks2samp(a, b, { alternative: 'two-sided', method: 'exact' }).method).toBe('exact');
  });
});

describe('refusals of impossible work', () => {
  it("mannWhitneyU 'exact' on 3000 vs 3000 is refused with a pointer to 'asymptotic'", () => {
    const rng = seededRandom(5);
    const a = rng.fillNormal(new Float64Array(3000));
    const b = rng.fillNormal(new Float64Array(3000));
    const e = errorOf(() => mannWhitneyU(a, b, { method: 'exact' }));
    expect(e.code).toBe('stats_too_large');
    expect(e.message).toMatch(/use method 'asymptotic'/);
  });
});
