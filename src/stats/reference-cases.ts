// Runs reference cases in the format of shared/fixtures/stats-reference.json (SciPy's answers) through
// this module. Pure: parsing and checking only; reading the file is verify-cli's job.
import { binomTest } from './binomtest.js';
import { chi2Contingency, type PowerDivergenceLambda } from './chi2-contingency.js';
import { jensenShannon, psi } from './divergence.js';
import { kolmogi, kolmogorov } from './dist/kolmogorov.js';
import { kolmogn, kolmogni } from './dist/kolmogn.js';
import { smirnov } from './dist/smirnov.js';
import { fisherExact } from './fisher-exact.js';
import { ks2samp } from './ks2samp.js';
import { mannWhitneyU } from './mannwhitneyu.js';
import { wassersteinDistance } from './wasserstein.js';
import { welchTTest } from './welch.js';
import { InputError, type InputProblem } from '../errors.js';
import type { Alternative } from './validate.js';

export interface Tolerance {
  abs: number;
  rel: number;
}

export interface ReferenceCase {
  /** Position in the file's `cases` array. */
  index: number;
  id?: string;
  test: string;
  args: Record<string, unknown>;
  expect: Record<string, number>;
  note?: string;
}

export interface ReferenceFile {
  generator?: string;
  tolerance: Tolerance;
  cases: ReferenceCase[];
}

export interface CaseOutcome {
  case: ReferenceCase;
  ok: boolean;
  /** One line per mismatching field, or the error raised. */
  failures: string[];
  got: Record<string, number>;
}

export const DEFAULT_TOLERANCE: Tolerance = { abs: 1e-9, rel: 1e-7 };

export const SUPPORTED_TESTS = [
  'ks_2samp',
  'mannwhitneyu',
  'chi2_contingency',
  'fisher_exact',
  'binomtest',
  'ttest_welch',
  'wasserstein_distance',
  'jensenshannon',
  'psi',
  // distribution functions (SciPy names): kstwo.sf/cdf, kstwo.ppf, special.smirnov/kolmogorov/kolmogi
  'kstwo',
  'kstwo_ppf',
  'smirnov',
  'kolmogorov',
  'kolmogi',
] as const;

/**
 * JSON as Python's json module writes it: also accepts the bare tokens NaN, Infinity and -Infinity
 * (outside strings), which JSON.parse refuses.
 */
export function parsePythonJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (first) {
    let out = '';
    let i = 0;
    while (i < text.length) {
      const ch = text[i];
      if (ch === '"') {
        let j = i + 1;
        while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
        out += text.slice(i, j + 1);
        i = j + 1;
      } else if (text.startsWith('-Infinity', i)) {
        out += '"__-Infinity__"';
        i += 9;
      } else if (text.startsWith('Infinity', i)) {
        out += '"__Infinity__"';
        i += 8;
      } else if (text.startsWith('NaN', i)) {
        out += '"__NaN__"';
        i += 3;
      } else {
        out += ch;
        i++;
      }
    }
    if (out === text) throw first;
    return JSON.parse(out, (_k, v) =>
      v === '__NaN__' ? NaN : v === '__Infinity__' ? Infinity : v === '__-Infinity__' ? -Infinity : v,
    );
  }
}

/** Validates the parsed file, reporting every problem with its JSON path. */
export function readReferenceFile(parsed: unknown, file: string): ReferenceFile {
  const problems: InputProblem[] = [];
  const at = (path: string, message: string, expected?: string) =>
    problems.push({ file, path, message, expected });
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InputError([
      { file, message: 'the file is not a JSON object', expected: '{ "tolerance": …, "cases": [...] }' },
    ]);
  }
  const root = parsed as Record<string, unknown>;
  const tolerance = { ...DEFAULT_TOLERANCE };
  if (root.tolerance !== undefined) {
    const t = root.tolerance as Record<string, unknown>;
    for (const k of ['abs', 'rel'] as const) {
      if (t?.[k] === undefined) continue;
      if (typeof t[k] !== 'number' || !(t[k] >= 0))
        at(`tolerance.${k}`, `is ${JSON.stringify(t[k])}`, 'a number ≥ 0');
      else tolerance[k] = t[k];
    }
  }
  if (!Array.isArray(root.cases)) {
    at('cases', 'is missing or not an array', 'an array of cases');
    throw new InputError(problems);
  }
  const cases: ReferenceCase[] = [];
  root.cases.forEach((c: unknown, index) => {
    const p = `cases[${index}]`;
    if (!c || typeof c !== 'object') return at(p, 'is not an object');
    const rc = c as Record<string, unknown>;
    if (typeof rc.test !== 'string')
      return at(`${p}.test`, `is ${JSON.stringify(rc.test)}`, `one of ${SUPPORTED_TESTS.join(', ')}`);
    if (!rc.args || typeof rc.args !== 'object') return at(`${p}.args`, 'is missing or not an object');
    if (!rc.expect || typeof rc.expect !== 'object') return at(`${p}.expect`, 'is missing or not an object');
    const expect: Record<string, number> = {};
    for (const [k, v] of Object.entries(rc.expect as Record<string, unknown>)) {
      if (typeof v === 'number') expect[k] = v;
      else if (v === null)
        expect[k] = NaN; // json.dumps(nan) with allow_nan=False style writers
      else at(`${p}.expect.${k}`, `is ${JSON.stringify(v)}`, 'a number');
    }
    cases.push({
      index,
      id: typeof rc.id === 'string' ? rc.id : undefined,
      test: rc.test,
      args: rc.args as Record<string, unknown>,
      expect,
      note: typeof rc.note === 'string' ? rc.note : undefined,
    });
  });
  if (problems.length) throw new InputError(problems);
  return { generator: typeof root.generator === 'string' ? root.generator : undefined, tolerance, cases };
}

function arg<T>(args: Record<string, unknown>, ...names: string[]): T {
  for (const n of names) if (args[n] !== undefined) return args[n] as T;
  return undefined as T;
}

/** Runs one case through the module; the keys of the result are SciPy's result fields. */
export function computeCase(c: ReferenceCase): Record<string, number> {
  const a = c.args;
  const alternative = arg<Alternative>(a, 'alternative');
  switch (c.test) {
    case 'ks_2samp': {
      const r = ks2samp(arg(a, 'x', 'data1'), arg(a, 'y', 'data2'), {
        alternative,
        method: arg(a, 'method', 'mode'),
      });
      return { statistic: r.statistic, pvalue: r.pvalue };
    }
    case 'mannwhitneyu': {
      const r = mannWhitneyU(arg(a, 'x'), arg(a, 'y'), {
        alternative,
        method: arg(a, 'method'),
        useContinuity: arg(a, 'use_continuity'),
      });
      return { statistic: r.statistic, pvalue: r.pvalue };
    }
    case 'chi2_contingency': {
      const r = chi2Contingency(arg(a, 'table', 'observed'), {
        correction: arg(a, 'correction'),
        lambda: arg<PowerDivergenceLambda | null>(a, 'lambda_') ?? undefined,
      });
      return { statistic: r.statistic, pvalue: r.pvalue, dof: r.dof };
    }
    case 'fisher_exact': {
      const r = fisherExact(arg(a, 'table'), { alternative });
      return { statistic: r.statistic, pvalue: r.pvalue };
    }
    case 'binomtest': {
      const r = binomTest(arg(a, 'k'), arg(a, 'n'), { p: arg(a, 'p'), alternative });
      return { statistic: r.statistic, pvalue: r.pvalue };
    }
    case 'ttest_welch': {
      const r = welchTTest(arg(a, 'x', 'a'), arg(a, 'y', 'b'), { alternative });
      return { statistic: r.statistic, pvalue: r.pvalue, df: r.df };
    }
    case 'wasserstein_distance':
      return {
        value: wassersteinDistance(arg(a, 'x', 'u_values'), arg(a, 'y', 'v_values'), {
          uWeights: arg(a, 'u_weights') ?? undefined,
          vWeights: arg(a, 'v_weights') ?? undefined,
        }),
      };
    case 'jensenshannon':
      return {
        value: jensenShannon(arg(a, 'p'), arg(a, 'q'), { base: arg<number | null>(a, 'base') ?? undefined }),
      };
    case 'psi':
      return { value: psi(arg(a, 'expected'), arg(a, 'actual'), { epsilon: arg(a, 'epsilon') }) };
    case 'kstwo':
      return { sf: kolmogn(arg(a, 'n'), arg(a, 'x'), false), cdf: kolmogn(arg(a, 'n'), arg(a, 'x'), true) };
    case 'kstwo_ppf':
      return { value: kolmogni(arg(a, 'n'), arg(a, 'q'), true) };
    case 'smirnov':
      return { value: smirnov(arg(a, 'n'), arg(a, 'x')) };
    case 'kolmogorov':
      return { value: kolmogorov(arg(a, 'x')) };
    case 'kolmogi':
      return { value: kolmogi(arg(a, 'p')) };
    default:
      throw new Error(`unknown test '${c.test}' (supported: ${SUPPORTED_TESTS.join(', ')})`);
  }
}

export function withinTolerance(got: number, expected: number, tol: Tolerance): boolean {
  if (Number.isNaN(expected)) return Number.isNaN(got);
  if (!Number.isFinite(expected)) return got === expected;
  const diff = Math.abs(got - expected);
  return diff <= tol.abs || diff <= tol.rel * Math.abs(expected);
}

export function checkCase(c: ReferenceCase, tol: Tolerance): CaseOutcome {
  let got: Record<string, number>;
  try {
    got = computeCase(c);
  } catch (e) {
    return { case: c, ok: false, failures: [`raised: ${(e as Error).message}`], got: {} };
  }
  const failures: string[] = [];
  for (const [k, expected] of Object.entries(c.expect)) {
    if (!(k in got)) {
      failures.push(`${k}: expected ${expected}, not computed for ${c.test}`);
      continue;
    }
    if (!withinTolerance(got[k], expected, tol)) {
      const diff = Math.abs(got[k] - expected);
      const rel = expected !== 0 ? diff / Math.abs(expected) : Infinity;
      failures.push(
        `${k}: expected ${expected}, got ${got[k]} (abs diff ${diff.toExponential(2)}, rel ${rel.toExponential(2)})`,
      );
    }
  }
  return { case: c, ok: failures.length === 0, failures, got };
}

/** "cases[3] ks_2samp (x: 40 values, y: 55 values, alternative: less, method: exact)" */
export function describeCase(c: ReferenceCase): string {
  const show = (v: unknown) =>
    JSON.stringify(v, (_k, x) => (typeof x === 'number' && !Number.isFinite(x) ? String(x) : x));
  const parts = Object.entries(c.args).map(([k, v]) => {
    if (Array.isArray(v)) {
      return Array.isArray(v[0]) || v.length <= 6 ? `${k}: ${show(v)}` : `${k}: ${v.length} values`;
    }
    return `${k}: ${show(v)}`;
  });
  const id = c.id ? ` ${c.id}` : '';
  const note = c.note ? ` [${c.note}]` : '';
  return `cases[${c.index}]${id} ${c.test} (${parts.join(', ')})${note}`;
}
