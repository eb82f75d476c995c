import { describe, expect, it } from 'vitest';
import {
  bernoulliMsprt,
  binomTest,
  latencyQuantileMsprt,
  meanDifferenceMsprt,
  rateRatioMsprt,
  seededRandom,
  SequentialMonitor,
  twoProportionMsprt,
  type SequentialResult,
} from '../../src/stats/index.js';

const ALPHA = 0.05;

/** Fraction of simulated runs in which the test rejects at some look. */
function rejectionRate(runs: number, simulate: (run: number) => boolean): number {
  let rejected = 0;
  for (let r = 0; r < runs; r++) if (simulate(r)) rejected++;
  return rejected / runs;
}

/** Bernoulli stream with looks every `every` trials; true when the test rejects at any look. */
function bernoulliRun(
  seed: number,
  p: number,
  trials: number,
  every: number,
  test: (s: number, n: number) => boolean,
) {
  const rng = seededRandom(seed);
  let s = 0;
  for (let n = 1; n <= trials; n++) {
    s += rng.bernoulli(p);
    if (n % every === 0 && test(s, n)) return true;
  }
  return false;
}

describe('bernoulliMsprt (exactly always valid)', () => {
  it('has no evidence before any data and matches the closed form against numeric integration', () => {
    expect(bernoulliMsprt(0, 0, { p0: 0.02 }).logLikelihoodRatio).toBeCloseTo(0, 12);
    // Λ = ∫_{p0}^1 (p/p0)^s ((1−p)/(1−p0))^f Beta(p; a, b) dp / P(p > p0), by Simpson's rule
    const [s, f, p0, a, b] = [9, 191, 0.02, 2, 60];
    const lnB = (x: number, y: number) => lgamma(x) + lgamma(y) - lgamma(x + y);
    const dens = (p: number) => Math.exp((a - 1) * Math.log(p) + (b - 1) * Math.log1p(-p) - lnB(a, b));
    const integrand = (p: number) =>
      Math.exp(s * Math.log(p / p0) + f * Math.log((1 - p) / (1 - p0))) * dens(p);
    const simpson = (g: (p: number) => number, lo: number, hi: number, m = 20000) => {
      const h = (hi - lo) / m;
      let acc = g(lo) + g(hi);
      for (let i = 1; i < m; i++) acc += (i % 2 ? 4 : 2) * g(lo + i * h);
      return (acc * h) / 3;
    };
    const lambda = simpson(integrand, p0, 1 - 1e-12) / simpson(dens, p0, 1 - 1e-12);
    const got = bernoulliMsprt(s, s + f, { p0, prior: { a, b } });
    expect(got.logLikelihoodRatio).toBeCloseTo(Math.log(lambda), 6);
  });

  it('keeps the false-positive rate below alpha with a look after every 20 trials (p = p0 and p < p0)', () => {
    const test = (s: number, n: number) => bernoulliMsprt(s, n, { p0: 0.02, alpha: ALPHA }).reject;
    const atBoundary = rejectionRate(1000, (r) => bernoulliRun(1000 + r, 0.02, 4000, 20, test));
    const inside = rejectionRate(500, (r) => bernoulliRun(5000 + r, 0.01, 4000, 20, test));
    expect(atBoundary).toBeLessThanOrEqual(ALPHA);
    expect(inside).toBeLessThanOrEqual(atBoundary);
  });

  it('whereas re-running a fixed-sample binomial test at every look does not', () => {
    const naive = (s: number, n: number) =>
      binomTest(s, n, { p: 0.02, alternative: 'greater' }).pvalue < ALPHA;
    const rate = rejectionRate(300, (r) => bernoulliRun(1000 + r, 0.02, 4000, 20, naive));
    expect(rate).toBeGreaterThan(2 * ALPHA);
  });

  it('has power on a clear effect: error rate 5% against 2%', () => {
    const test = (s: number, n: number) => bernoulliMsprt(s, n, { p0: 0.02, alpha: ALPHA }).reject;
    expect(rejectionRate(300, (r) => bernoulliRun(9000 + r, 0.05, 4000, 20, test))).toBeGreaterThan(0.95);
  });

  it("promotes early with alternative 'less' when the rate is clearly below p0", () => {
    const test = (s: number, n: number) => bernoulliMsprt(s, n, { p0: 0.02, alternative: 'less' }).reject;
    // Λ is an exact martingale here and the bound nearly tight (~0.042 over many runs): 4000 runs keep
    // the sampling error (±0.003) well inside the margin.
    const nullRate = rejectionRate(4000, (r) => bernoulliRun(12000 + r, 0.02, 4000, 50, test));
    const power = rejectionRate(300, (r) => bernoulliRun(15000 + r, 0.005, 4000, 20, test));
    expect(nullRate).toBeLessThanOrEqual(ALPHA);
    expect(power).toBeGreaterThan(0.95);
  });

  it('refuses bad arguments clearly', () => {
    expect(() => bernoulliMsprt(5, 3, { p0: 0.1 })).toThrow(/successes \(5\) exceed trials \(3\)/);
    expect(() => bernoulliMsprt(1, 3, { p0: 0 })).toThrow(/p0 is 0/);
    expect(() => bernoulliMsprt(1, 3, { p0: 0.1, effect: 0.05 })).toThrow(/alternative's side/);
  });
});

describe('rateRatioMsprt (canary vs baseline error rates, random routing at a known share)', () => {
  function run(seed: number, share: number, baseRate: number, canaryRate: number, requests: number) {
    const rng = seededRandom(seed);
    let canary = 0;
    let baseline = 0;
    for (let i = 1; i <= requests; i++) {
      if (rng.uniform() < share) canary += rng.bernoulli(canaryRate);
      else baseline += rng.bernoulli(baseRate);
      if (i % 200 === 0 && rateRatioMsprt(canary, baseline, { canaryShare: share }).reject) return true;
    }
    return false;
  }
  it('false positives stay below alpha whatever the baseline rate', () => {
    expect(rejectionRate(400, (r) => run(20000 + r, 0.2, 0.01, 0.01, 40000))).toBeLessThanOrEqual(ALPHA);
    expect(rejectionRate(300, (r) => run(30000 + r, 0.1, 0.002, 0.002, 40000))).toBeLessThanOrEqual(ALPHA);
  });
  it('detects a canary with three times the error rate', () => {
    expect(rejectionRate(200, (r) => run(40000 + r, 0.2, 0.01, 0.03, 40000))).toBeGreaterThan(0.95);
  });
});

describe('latencyQuantileMsprt (sign-test form, no distributional assumption)', () => {
  // log-normal latencies; the p99 of LogNormal(μ, σ) is exp(μ + 2.3263·σ)
  const p99 = Math.exp(5 + 2.3263478740408408 * 0.5);
  function run(seed: number, mu: number, n: number) {
    const rng = seededRandom(seed);
    let slow = 0;
    for (let i = 1; i <= n; i++) {
      if (Math.exp(mu + 0.5 * rng.normal()) > p99) slow++;
      if (i % 50 === 0 && latencyQuantileMsprt(slow, i, { quantile: 0.99 }).reject) return true;
    }
    return false;
  }
  it('holds alpha when the p99 sits exactly at the threshold, and catches a 30% slowdown', () => {
    expect(rejectionRate(400, (r) => run(50000 + r, 5, 10000))).toBeLessThanOrEqual(ALPHA);
    expect(rejectionRate(200, (r) => run(60000 + r, 5 + Math.log(1.3), 10000))).toBeGreaterThan(0.95);
  });
});

describe('meanDifferenceMsprt / twoProportionMsprt (normal mixture, plug-in variance: asymptotic)', () => {
  function run(seed: number, delta: number, n: number, every: number, alternative?: 'greater') {
    const rng = seededRandom(seed);
    const acc = { c: [0, 0, 0], b: [0, 0, 0] }; // n, Σx, Σx²
    const summary = (a: number[]) => ({
      n: a[0],
      mean: a[1] / a[0],
      variance: (a[2] - (a[1] * a[1]) / a[0]) / (a[0] - 1),
    });
    for (let i = 1; i <= n; i++) {
      const xc = 100 + delta + 15 * rng.normal();
      const xb = 100 + 15 * rng.normal();
      acc.c[0]++;
      acc.c[1] += xc;
      acc.c[2] += xc * xc;
      acc.b[0]++;
      acc.b[1] += xb;
      acc.b[2] += xb * xb;
      if (
        i % every === 0 &&
        meanDifferenceMsprt(summary(acc.c), summary(acc.b), { tau: 3, alternative }).reject
      )
        return true;
    }
    return false;
  }
  it('false-positive rate stays below alpha over 200 looks (latency means, Gaussian noise)', () => {
    expect(rejectionRate(1000, (r) => run(70000 + r, 0, 2000, 10))).toBeLessThanOrEqual(ALPHA);
    expect(rejectionRate(1000, (r) => run(80000 + r, 0, 2000, 10, 'greater'))).toBeLessThanOrEqual(ALPHA);
  });
  it('detects a 4 ms mean latency regression (sd 15)', () => {
    expect(rejectionRate(200, (r) => run(90000 + r, 4, 2000, 10, 'greater'))).toBeGreaterThan(0.9);
  });
  it('two proportions: no evidence without events, evidence with a clear difference', () => {
    expect(
      twoProportionMsprt({ events: 0, trials: 500 }, { events: 0, trials: 500 }, { tau: 0.01 })
        .logLikelihoodRatio,
    ).toBe(0);
    const r = twoProportionMsprt(
      { events: 60, trials: 1000 },
      { events: 20, trials: 1000 },
      { tau: 0.02, alternative: 'greater' },
    );
    expect(r.reject).toBe(true);
    expect(() =>
      twoProportionMsprt({ events: 5, trials: 2 }, { events: 0, trials: 1 }, { tau: 0.1 }),
    ).toThrow(/0 ≤ events ≤ trials/);
  });
});

describe('SequentialMonitor', () => {
  const look = (logLR: number): SequentialResult => ({
    logLikelihoodRatio: logLR,
    pvalue: Math.min(1, Math.exp(-logLR)),
    reject: logLR >= -Math.log(ALPHA),
    threshold: -Math.log(ALPHA),
  });
  it('keeps the running minimum p-value and a sticky decision, and survives serialization', () => {
    const m = new SequentialMonitor(ALPHA);
    m.observe(look(1));
    expect(m.rejected).toBe(false);
    m.observe(look(3.2));
    expect(m.rejected).toBe(true);
    const state = m.observe(look(0.5));
    expect(state).toEqual({ alpha: ALPHA, looks: 3, pvalue: Math.exp(-3.2), rejectedAt: 2 });
    const again = new SequentialMonitor(ALPHA, JSON.parse(JSON.stringify(m)));
    expect(again.rejected).toBe(true);
    expect(() => new SequentialMonitor(0.01, state)).toThrow(/recorded with alpha 0.05/);
  });
});

function lgamma(x: number): number {
  // Lanczos (g = 7), enough for the integration check above
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  x -= 1;
  let a = c[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}
