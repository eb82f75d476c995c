/**
 * modelgate's statistics: one pure module behind every drift check and rollout gate, checked case by
 * case against SciPy 1.17 (test/fixtures/stats/*.json; `npm run stats:verify -- FILE`).
 *
 * Conventions:
 * - Samples are any ArrayLike<number> (number[], Float64Array, …) or a SortedSample (sorted once, reused).
 *   Inputs are copied, never modified. Work is O(n log n) on typed arrays: no per-row objects.
 * - NaN and ±Infinity are refused with a ModelgateError (code `stats_invalid_input`) naming the
 *   argument and index. Empty samples are refused the same way (SciPy returns NaN). Where SciPy would
 *   return NaN because the quantity is undefined (one-element Welch, 0/0 statistics) the error code is
 *   `stats_undefined`; one-element and all-equal samples otherwise give SciPy's numbers.
 * - `alternative` is 'two-sided' | 'less' | 'greater' with SciPy's meaning (x relative to y).
 */
export { ModelgateError } from '../errors.js';
export { INVALID_INPUT, UNDEFINED_RESULT, TOO_LARGE, type Alternative } from './validate.js';
export { SortedSample, type SampleInput } from './sample.js';

// Tests
export { ks2samp, type KsOptions, type KsResult } from './ks2samp.js';
export { mannWhitneyU, type MannWhitneyOptions, type MannWhitneyResult } from './mannwhitneyu.js';
export {
  chi2Contingency,
  type Chi2ContingencyOptions,
  type Chi2ContingencyResult,
  type PowerDivergenceLambda,
} from './chi2-contingency.js';
export { fisherExact, type FisherExactResult } from './fisher-exact.js';
export { binomTest, type BinomTestResult } from './binomtest.js';
export { welchTTest, meanVariance, type WelchResult } from './welch.js';

// Distances and drift scores
export { wassersteinDistance, type WassersteinOptions } from './wasserstein.js';
export { jensenShannon, psi, psiFromCounts } from './divergence.js';
export {
  quantileCuts,
  quantileSorted,
  binIndex,
  binCounts,
  psiFromSamples,
  type BinnedPsi,
} from './binning.js';

// Streaming building blocks
export { FixedBinHistogram, type HistogramJSON } from './histogram.js';
export { QuantileSketch, type QuantileSketchJSON, type QuantileSketchOptions } from './quantile-sketch.js';

// Sequential (always-valid) tests for gates
export { type SequentialResult } from './sequential/types.js';
export {
  bernoulliMsprt,
  rateRatioMsprt,
  latencyQuantileMsprt,
  type BernoulliMsprtOptions,
  type RateRatioMsprtOptions,
  type SequentialAlternative,
  type BetaPrior,
} from './sequential/bernoulli-msprt.js';
export {
  meanDifferenceMsprt,
  twoProportionMsprt,
  normalMixtureLogLR,
  type ArmSummary,
  type MeanDifferenceMsprtOptions,
} from './sequential/normal-msprt.js';
export { SequentialMonitor, type MonitorState } from './sequential/monitor.js';

// Distribution functions
export { normCdf, normSf, normLogCdf, normPdf } from './dist/normal.js';
export { chi2Cdf, chi2Sf } from './dist/chi2.js';
export { tCdf, tSf } from './dist/student-t.js';
export { binomCdf, binomSf, binomPmf } from './dist/binomial.js';
export { hypergeomPmf, hypergeomCdf, hypergeomSf, type HypergeomParams } from './dist/hypergeometric.js';
export { kolmogorov, kolmogorovCdf, kolmogi, kolmogci } from './dist/kolmogorov.js';
export { kolmogn, kolmogni } from './dist/kolmogn.js';
export { smirnov, smirnovCdf } from './dist/smirnov.js';
export { probOutsideSquare, probOutsideBand, countPathsOutside } from './dist/ks-two-sample.js';
export { mannWhitneyPmf, mannWhitneySf } from './dist/mann-whitney-u.js';

// Simulation support
export { seededRandom, type SeededRandom } from './random.js';
