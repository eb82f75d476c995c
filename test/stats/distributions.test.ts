import { describe, expect, it } from 'vitest';
import {
  hypergeomCdf,
  hypergeomPmf,
  hypergeomSf,
  mannWhitneyPmf,
  normLogCdf,
  normSf,
  tSf,
  chi2Sf,
  binomSf,
  kolmogi,
  kolmogorov,
} from '../../src/stats/index.js';

describe('hypergeometric (hand-written: exact prime-factor pmf)', () => {
  it('gives bit-identical pmfs to mirror-image tables (Fisher two-sided depends on it)', () => {
    const prm = { N: 20000, K: 10000, n: 10000 };
    for (const x of [4800, 4950, 4999]) expect(hypergeomPmf(x, prm)).toBe(hypergeomPmf(10000 - x, prm));
  });
  it('sums to 1 and tails add up', () => {
    const prm = { N: 500, K: 120, n: 200 };
    let total = 0;
    for (let x = 0; x <= 120; x++) total += hypergeomPmf(x, prm);
    expect(total).toBeCloseTo(1, 13);
    for (const x of [10, 48, 70]) expect(hypergeomCdf(x, prm) + hypergeomSf(x, prm)).toBeCloseTo(1, 13);
  });
  it('keeps relative precision deep in the tails', () => {
    const prm = { N: 2000, K: 1000, n: 1000 };
    // P(X ≤ 400) is ~1e-20: the sum must not be 1 − (something ≈ 1)
    const lower = hypergeomCdf(400, prm);
    expect(lower).toBeGreaterThan(0);
    expect(lower).toBeLessThan(1e-15);
    expect(hypergeomSf(599, prm)).toBe(lower); // symmetric distribution
  });
});

describe('Mann–Whitney exact distribution (hand-written generating function)', () => {
  it('matches brute-force enumeration for small sizes', () => {
    const n1 = 4;
    const n2 = 5;
    const counts = new Array(n1 * n2 + 1).fill(0);
    // every 4-subset of ranks 1..9: U = rank sum − n1(n1+1)/2
    const choose = (start: number, left: number, sum: number) => {
      if (left === 0) return void counts[sum - (n1 * (n1 + 1)) / 2]++;
      for (let r = start; r <= n1 + n2; r++) choose(r + 1, left - 1, sum + r);
    };
    choose(1, n1, 0);
    const total = counts.reduce((s, c) => s + c, 0);
    const pmf = mannWhitneyPmf(n1, n2, n1 * n2);
    counts.forEach((c, u) => expect(pmf[u]).toBeCloseTo(c / total, 15));
  });
  it('is a distribution for lopsided sizes (8 vs 10⁵)', () => {
    const pmf = mannWhitneyPmf(8, 100_000, 8 * 100_000);
    expect(pmf.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 9);
  });
});

describe('library-backed tails keep relative precision (where 1 − cdf would give 0)', () => {
  it.each([
    ['normSf(9)', () => normSf(9), 1.1285884059538324e-19],
    ['normLogCdf(-40)', () => normLogCdf(-40), -804.6084420137538],
    ['chi2Sf(300, 10)', () => chi2Sf(300, 10), 1.5546747543803087e-58],
    ['tSf(200, 120)', () => tSf(200, 120), 1.2890618715413382e-153],
    ['binomSf(900, 1000, 0.5)', () => binomSf(900, 1000, 0.5), 7.427818096436323e-163],
  ])('%s', (_name, fn, expected) => {
    expect(Math.abs(fn() - expected) / Math.abs(expected)).toBeLessThan(1e-9);
  });
  it('kolmogi inverts kolmogorov', () => {
    for (const p of [1e-10, 0.01, 0.5, 0.99]) expect(kolmogorov(kolmogi(p)) / p).toBeCloseTo(1, 12);
  });
});
