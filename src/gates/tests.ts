import { binomTest, fisherExact, mannWhitneyU, rateRatioMsprt, welchTTest } from '../stats/index.js';

export interface Counts {
  successes: number;
  trials: number;
}

type Alternative = 'greater' | 'two-sided';

/** Rate the binomial test compares against: the baseline's, floored at ½ event when it saw none. */
function baselineRate(b: Counts): number {
  return Math.min(1 - 1e-12, Math.max(b.successes, 0.5) / b.trials);
}

export function countTest(
  test: 'fisher' | 'binomial',
  c: Counts,
  b: Counts,
  alternative: Alternative,
): number {
  if (c.trials === 0 || b.trials === 0) return 1;
  if (test === 'fisher') {
    return fisherExact(
      [
        [c.successes, c.trials - c.successes],
        [b.successes, b.trials - b.successes],
      ],
      { alternative },
    ).pvalue;
  }
  return binomTest(c.successes, c.trials, { p: baselineRate(b), alternative }).pvalue;
}

/** NaN when the test is undefined on these samples (e.g. Welch with no variance in either). */
export function sampleTest(
  test: 'mann-whitney' | 'welch',
  x: number[],
  y: number[],
  alternative: Alternative,
): number {
  try {
    if (test === 'mann-whitney') return mannWhitneyU(x, y, { alternative }).pvalue;
    return welchTTest(x, y, { alternative }).pvalue;
  } catch (err) {
    if ((err as { code?: string }).code === 'stats_undefined') return Number.NaN;
    throw err;
  }
}

/**
 * One-sided p-value that the candidate is worse (more errors, higher latency) than the baseline:
 * counts for Fisher / binomial, per-period samples for Mann–Whitney.
 */
export function oneSidedGreater(
  test: 'fisher' | 'binomial',
  d: { candidate: Counts; baseline: Counts },
): number;
export function oneSidedGreater(test: 'mann-whitney', d: { candidate: number[]; baseline: number[] }): number;
export function oneSidedGreater(
  test: string,
  d: { candidate: Counts | number[]; baseline: Counts | number[] },
): number {
  if (test === 'mann-whitney')
    return sampleTest('mann-whitney', d.candidate as number[], d.baseline as number[], 'greater');
  return countTest(test as 'fisher' | 'binomial', d.candidate as Counts, d.baseline as Counts, 'greater');
}

/**
 * Always-valid p-value that the candidate's error rate exceeds the baseline's, for looks taken
 * during a bake (mixture SPRT on "whose was each error", at the observed traffic share). Looking
 * every period with it keeps the false-rollback rate at alpha, which repeated Fisher tests do not.
 */
export function interimRateTest(c: Counts, b: Counts, alpha: number): number {
  const total = c.trials + b.trials;
  if (c.trials === 0 || b.trials === 0 || c.successes + b.successes === 0) return 1;
  return rateRatioMsprt(c.successes, b.successes, {
    canaryShare: c.trials / total,
    alternative: 'greater',
    alpha,
  }).pvalue;
}
