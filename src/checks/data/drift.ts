import {
  SortedSample,
  binCounts,
  chi2Contingency,
  jensenShannon,
  ks2samp,
  meanVariance,
  psiFromCounts,
  psiFromSamples,
  quantileCuts,
  wassersteinDistance,
} from '../../stats/index.js';
import { ModelgateError } from '../../errors.js';
import type { DriftMethod, DriftSpec } from '../../spec/types.js';
import type { DriftFacts, DriftKind, DriftTestResult, FeatureDrift } from '../types.js';
import { MAX_CATEGORIES, type ColumnProfile } from './profile.js';
import type { ValueSample } from './value-sample.js';

/**
 * Drift per feature, with Evidently's defaults (evidentlyai.com, "data drift" presets):
 * - a reference of at most 1,000 rows: two-sample KS for numerical columns, chi-square for
 *   categorical ones, drifted at p < 0.05;
 * - above: Wasserstein distance normalised by the reference's standard deviation (population std,
 *   floored at 0.001 as Evidently does) for numerical columns, Jensen–Shannon distance (natural log,
 *   SciPy's default, as Evidently calls it) for categorical ones, drifted at ≥ 0.1;
 * - PSI when asked, drifted at ≥ 0.1;
 * - the data set drifts when at least `datasetDriftPercent` (50) percent of the compared columns drift.
 *
 * Binning (PSI on numerical columns, and chi-square / Jensen–Shannon when asked for a numerical
 * column): cut points at the reference's quantiles, `bins` of them (10), by the rule in
 * src/stats/binning.ts. Categorical columns compare category frequencies over the union of the
 * categories seen in either data set. Chi-square is the test of homogeneity on the 2×k table of counts
 * (SciPy's chi2_contingency, Yates-corrected for two categories), which, unlike Evidently's
 * goodness-of-fit form, stays defined when a category is absent from the reference.
 *
 * Every statistic comes from src/stats. A column with more rows than the sample limit is compared
 * on a uniform random sample of that many values (value-sample.ts); the row counts reported are
 * the full ones and the feature says `sampled: true`.
 */

export const DEFAULT_THRESHOLDS: Record<DriftMethod, number> = {
  ks: 0.05,
  chi2: 0.05,
  wasserstein: 0.1,
  'jensen-shannon': 0.1,
  psi: 0.1,
};

/** Up to this many reference rows, the statistical tests are the defaults (Evidently's rule). */
export const SMALL_REFERENCE_ROWS = 1000;

const TESTS: ReadonlySet<DriftMethod> = new Set(['ks', 'chi2']);
const FOR_KIND: Record<DriftKind, ReadonlySet<DriftMethod>> = {
  numerical: new Set(['ks', 'wasserstein', 'psi', 'jensen-shannon', 'chi2']),
  categorical: new Set(['chi2', 'jensen-shannon', 'psi']),
};

export const DEFAULT_DRIFT: DriftSpec = { thresholds: {}, columns: {}, datasetDriftPercent: 50, bins: 10 };

/** Methods that cannot apply to a kind of column, as spec problems: field → message. */
export function driftSpecProblems(
  drift: DriftSpec,
  kinds: ReadonlyMap<string, DriftKind>,
): Array<{ field: string; message: string }> {
  const out: Array<{ field: string; message: string }> = [];
  for (const m of drift.categorical ?? []) {
    if (!FOR_KIND.categorical.has(m)) {
      out.push({
        field: 'checks.data.drift.categorical',
        message: `"${m}" needs ordered values and cannot compare categorical columns (use chi2, jensen-shannon or psi)`,
      });
    }
  }
  for (const [name, o] of Object.entries(drift.columns)) {
    const kind = kinds.get(name);
    if (!kind) {
      out.push({
        field: `checks.data.drift.columns.${name}`,
        message: `"${name}" is not one of checks.data.columns`,
      });
    } else if (o.method && !FOR_KIND[kind].has(o.method)) {
      out.push({
        field: `checks.data.drift.columns.${name}.method`,
        message: `"${o.method}" cannot compare the ${kind} column "${name}"`,
      });
    }
  }
  return out;
}

export interface DriftInput {
  profile: ColumnProfile;
  reference: ColumnProfile;
  /** Numerical columns only. */
  currentSample: ValueSample | null;
  referenceSample: ValueSample | null;
}

/** Compares every column; `referenceRows` (the reference data set's rows) picks the default methods. */
export function computeDrift(columns: DriftInput[], drift: DriftSpec, referenceRows: number): DriftFacts {
  const features: FeatureDrift[] = [];
  const skipped: Array<{ column: string; reason: string }> = [];
  for (const c of columns) {
    const name = c.profile.spec.name;
    const reason = skipReason(c);
    if (reason) {
      skipped.push({ column: name, reason });
      continue;
    }
    const methods = methodsFor(c.profile, drift, referenceRows);
    let tests: DriftTestResult[];
    try {
      tests = methods.map((m) => runTest(m, thresholdFor(name, m, drift), c, drift.bins));
    } catch (err) {
      // The statistics refuse degenerate input with a ModelgateError that says why; anything else is a bug.
      if (!(err instanceof ModelgateError)) throw err;
      skipped.push({ column: name, reason: err.message });
      continue;
    }
    const decisive = tests.find((t) => t.drifted) ?? tests[0];
    features.push({
      column: name,
      kind: c.profile.kind,
      referenceRows: c.reference.valid,
      currentRows: c.profile.valid,
      sampled: Boolean(c.currentSample?.sampled || c.referenceSample?.sampled),
      ...decisive,
      tests,
    });
  }
  const checked = features.length;
  const driftedCount = features.filter((f) => f.drifted).length;
  const share = checked === 0 ? 0 : driftedCount / checked;
  return {
    features,
    skipped,
    checked,
    drifted: driftedCount,
    driftedShare: share,
    datasetDriftPercent: drift.datasetDriftPercent,
    datasetDrift: checked > 0 && share * 100 >= drift.datasetDriftPercent,
  };
}

export function methodsFor(profile: ColumnProfile, drift: DriftSpec, referenceRows: number): DriftMethod[] {
  const override = drift.columns[profile.spec.name]?.method;
  if (override) return [override];
  const configured = profile.kind === 'numerical' ? drift.numerical : drift.categorical;
  if (configured && configured.length > 0) return configured;
  const small = referenceRows <= SMALL_REFERENCE_ROWS;
  if (profile.kind === 'numerical') return [small ? 'ks' : 'wasserstein'];
  return [small ? 'chi2' : 'jensen-shannon'];
}

export function thresholdFor(column: string, method: DriftMethod, drift: DriftSpec): number {
  return drift.columns[column]?.threshold ?? drift.thresholds[method] ?? DEFAULT_THRESHOLDS[method];
}

function skipReason(c: DriftInput): string | null {
  if (!c.reference.present) return 'not in the reference data';
  if (!c.profile.present) return 'not in the current data';
  if (c.reference.valid === 0) return 'no values in the reference data';
  if (c.profile.valid === 0) return 'no values in the current data';
  if (c.profile.kind === 'categorical' && (c.profile.countsCapped || c.reference.countsCapped)) {
    const where = c.reference.countsCapped ? 'reference' : 'current';
    return `more than ${MAX_CATEGORIES} distinct values in the ${where} data: too many categories to compare`;
  }
  return null;
}

function runTest(method: DriftMethod, threshold: number, c: DriftInput, bins: number): DriftTestResult {
  const { statistic, pValue } =
    c.profile.kind === 'numerical'
      ? numerical(method, c, bins)
      : categorical(method, c.reference.counts, c.profile.counts);
  const drifted = TESTS.has(method) ? (pValue as number) < threshold : statistic >= threshold;
  return { method, statistic, pValue, threshold, drifted };
}

interface Outcome {
  statistic: number;
  pValue: number | null;
}

// Sorting is the main cost: each sample is sorted once and shared by the tests of its column.
const sortedCache = new WeakMap<ValueSample, SortedSample>();

function sorted(sample: ValueSample): SortedSample {
  let s = sortedCache.get(sample);
  if (!s) {
    s = SortedSample.from(sample.values());
    sortedCache.set(sample, s);
  }
  return s;
}

function numerical(method: DriftMethod, c: DriftInput, bins: number): Outcome {
  const ref = sorted(c.referenceSample as ValueSample);
  const cur = sorted(c.currentSample as ValueSample);
  switch (method) {
    case 'ks': {
      const r = ks2samp(ref, cur);
      return { statistic: r.statistic, pValue: r.pvalue };
    }
    case 'wasserstein': {
      const n = ref.length;
      const variance = n > 1 ? (meanVariance(ref.values).variance * (n - 1)) / n : 0;
      const norm = Math.max(Math.sqrt(variance), 0.001);
      return { statistic: wassersteinDistance(ref, cur) / norm, pValue: null };
    }
    case 'psi':
      return { statistic: psiFromSamples(ref, cur.values, { bins }).value, pValue: null };
    case 'jensen-shannon':
    case 'chi2': {
      const cuts = quantileCuts(ref, bins);
      const r = binCounts(ref.values, cuts);
      const k = binCounts(cur.values, cuts);
      return method === 'chi2' ? chi2(r, k) : { statistic: jensenShannon(r, k), pValue: null };
    }
  }
}

function categorical(
  method: DriftMethod,
  reference: Map<string, number>,
  current: Map<string, number>,
): Outcome {
  const keys = [...new Set([...reference.keys(), ...current.keys()])];
  const r = keys.map((k) => reference.get(k) ?? 0);
  const k = keys.map((key) => current.get(key) ?? 0);
  switch (method) {
    case 'chi2':
      return chi2(r, k);
    case 'jensen-shannon':
      return { statistic: jensenShannon(r, k), pValue: null };
    case 'psi':
      return { statistic: psiFromCounts(r, k), pValue: null };
    default:
      throw new Error(`${method} does not apply to categorical columns`);
  }
}

/** Homogeneity test on the 2×k table; bins or categories empty in both data sets are dropped. */
function chi2(reference: ArrayLike<number>, current: ArrayLike<number>): Outcome {
  const r: number[] = [];
  const k: number[] = [];
  for (let i = 0; i < reference.length; i++) {
    if (reference[i] + current[i] > 0) {
      r.push(reference[i]);
      k.push(current[i]);
    }
  }
  const result = chi2Contingency([r, k]);
  return { statistic: result.statistic, pValue: result.pvalue };
}
