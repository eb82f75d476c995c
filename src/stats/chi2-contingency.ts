import { chi2Sf } from './dist/chi2.js';
import { validTable } from './table.js';
import { invalid } from './validate.js';

/** Cressie–Read power-divergence family members by SciPy's names (`lambda_`), or a number. */
export type PowerDivergenceLambda =
  'pearson' | 'log-likelihood' | 'freeman-tukey' | 'mod-log-likelihood' | 'neyman' | 'cressie-read' | number;

const LAMBDAS: Record<string, number> = {
  pearson: 1,
  'log-likelihood': 0,
  'freeman-tukey': -0.5,
  'mod-log-likelihood': -1,
  neyman: -2,
  'cressie-read': 2 / 3,
};

export interface Chi2ContingencyOptions {
  /** Yates' continuity correction, applied only when dof = 1 (SciPy default true). */
  correction?: boolean;
  /** Statistic of the power-divergence family (SciPy `lambda_`); default Pearson's χ². */
  lambda?: PowerDivergenceLambda;
}

export interface Chi2ContingencyResult {
  statistic: number;
  pvalue: number;
  dof: number;
  /** Expected frequencies under independence: row total × column total / grand total. */
  expected: number[][];
}

/**
 * Chi-square test of independence on an r×c table, as `scipy.stats.chi2_contingency`: Yates' correction
 * by default when dof = 1 (each cell moved by min(½, |expected − observed|) toward its expectation),
 * dof = 0 (one row or one column) gives statistic 0 and p-value 1. A zero row or column makes an
 * expected frequency 0, where SciPy raises; so does this, naming the cell.
 */
export function chi2Contingency(
  table: ArrayLike<ArrayLike<number>>,
  options: Chi2ContingencyOptions = {},
): Chi2ContingencyResult {
  const fn = 'chi2Contingency';
  const observed = validTable(fn, table);
  const correction = options.correction ?? true;
  const lambda = lambdaOf(fn, options.lambda);
  const r = observed.length;
  const c = observed[0].length;
  const rowSums = observed.map((row) => row.reduce((s, v) => s + v, 0));
  const colSums = Array.from({ length: c }, (_, j) => observed.reduce((s, row) => s + row[j], 0));
  const total = rowSums.reduce((s, v) => s + v, 0);
  const expected = observed.map((_, i) => colSums.map((cs) => (rowSums[i] * cs) / total));
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      if (!(expected[i][j] > 0)) {
        const why =
          total === 0
            ? 'the table is all zeros'
            : rowSums[i] === 0
              ? `row ${i} is all zeros`
              : `column ${j} is all zeros`;
        throw invalid(
          fn,
          `the expected frequency at table[${i}][${j}] is 0 because ${why}; drop empty rows and columns (SciPy raises here too)`,
        );
      }
    }
  }
  const dof = r * c - r - c + 1;
  if (dof === 0) return { statistic: 0, pvalue: 1, dof, expected };
  let obs = observed;
  if (dof === 1 && correction) {
    obs = observed.map((row, i) =>
      row.map((o, j) => {
        const diff = expected[i][j] - o;
        return o + Math.sign(diff) * Math.min(0.5, Math.abs(diff));
      }),
    );
  }
  let statistic = 0;
  for (let i = 0; i < r; i++)
    for (let j = 0; j < c; j++) statistic += powerDivergenceTerm(obs[i][j], expected[i][j], lambda);
  return { statistic, pvalue: chi2Sf(statistic, dof), dof, expected };
}

function lambdaOf(fn: string, v: PowerDivergenceLambda | undefined): number {
  if (v === undefined) return 1;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v in LAMBDAS) return LAMBDAS[v];
  throw invalid(
    fn,
    `lambda is ${String(v)} (expected a number or one of ${Object.keys(LAMBDAS).join(', ')})`,
  );
}

function xlogy(x: number, y: number): number {
  return x === 0 ? 0 : x * Math.log(y);
}

function powerDivergenceTerm(o: number, e: number, lambda: number): number {
  if (lambda === 1) return ((o - e) * (o - e)) / e;
  if (lambda === 0) return 2 * xlogy(o, o / e);
  if (lambda === -1) return 2 * xlogy(e, e / o);
  return (2 / (lambda * (lambda + 1))) * o * (Math.pow(o / e, lambda) - 1);
}
