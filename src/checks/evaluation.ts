import { Environment } from '@marcbachmann/cel-js';
import { InputError, formatProblem } from '../errors.js';
import type { EvaluationCheckSpec } from '../spec/types.js';
import { readJsonFile } from './json-file.js';
import type { EvaluationFacts, RequirementResult } from './types.js';
import type { Workspace } from './workspace.js';

/**
 * Evaluation: the candidate's metrics (and the production baseline's) from JSON files, compared by
 * CEL expressions such as `candidate.auc >= baseline.auc - 0.005`, through @marcbachmann/cel-js (the
 * library the policy engine uses). `candidate` and `baseline` are the parsed JSON objects (`dyn`);
 * a missing metric, a type error or a non-bool result makes that requirement fail with the reason.
 */

let environment: Environment | undefined;

function celEnvironment(): Environment {
  if (!environment) {
    environment = new Environment({ homogeneousAggregateLiterals: false })
      .registerVariable('candidate', 'dyn', { description: 'the candidate model’s metrics (JSON)' })
      .registerVariable('baseline', 'dyn', { description: 'the production model’s metrics (JSON)' });
    // JSON numbers are CEL doubles and literals like `5000` are ints: CEL's heterogeneous equality.
    environment.registerOperator('double == int', (a: number, b: bigint) => a === Number(b));
  }
  return environment;
}

/** Evaluates requirement expressions against already-parsed metrics. */
export function evaluateRequirements(
  require: string[],
  candidate: Record<string, unknown>,
  baseline: Record<string, unknown> | null,
  where: (index: number) => string = (i) => `checks.evaluation.require[${i}]`,
): RequirementResult[] {
  const env = celEnvironment();
  const context = { candidate, baseline: baseline ?? {} };
  return require.map((expr, i) => {
    let program;
    try {
      program = env.parse(expr);
    } catch (err) {
      return { expr, passed: false, error: `${where(i)}: CEL syntax error: ${celMessage(err)}` };
    }
    const checked = program.check();
    if (!checked.valid) {
      return { expr, passed: false, error: `${where(i)}: CEL type error: ${celMessage(checked.error)}` };
    }
    try {
      const value: unknown = program(context);
      if (typeof value !== 'boolean') {
        return {
          expr,
          passed: false,
          error: `${where(i)}: must evaluate to true or false, got ${describe(value)}`,
        };
      }
      return { expr, passed: value, error: null };
    } catch (err) {
      let message = celMessage(err);
      const key = /No such key: (.+)$/.exec(message)?.[1];
      if (key) message = `no metric "${key}" in the metrics files`;
      if (baseline === null && /\bbaseline\b/.test(expr)) {
        message += ' (the expression reads `baseline`, but checks.evaluation.baseline is not set)';
      }
      return { expr, passed: false, error: `${where(i)}: ${message}` };
    }
  });
}

export async function checkEvaluation(
  spec: EvaluationCheckSpec,
  workspace: Workspace,
): Promise<EvaluationFacts> {
  const problems: string[] = [];
  const load = async (path: string, field: string): Promise<Record<string, unknown> | null> => {
    try {
      const value = await readJsonFile(await workspace.file(path, field), path);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        problems.push(`${path}: the metrics file must hold a JSON object (metric name → value)`);
        return null;
      }
      return value as Record<string, unknown>;
    } catch (err) {
      if (err instanceof InputError) {
        problems.push(...err.problems.map(formatProblem));
        return null;
      }
      throw err;
    }
  };
  const candidate = await load(spec.candidate, 'checks.evaluation.candidate');
  const baseline = spec.baseline ? await load(spec.baseline, 'checks.evaluation.baseline') : null;

  let requirements: RequirementResult[];
  if (candidate === null || (spec.baseline && baseline === null)) {
    requirements = spec.require.map((expr) => ({
      expr,
      passed: false,
      error: 'the metrics could not be read',
    }));
  } else {
    requirements = evaluateRequirements(spec.require, candidate, baseline, (i) =>
      workspace.where(`checks.evaluation.require[${i}]`),
    );
    for (const r of requirements) {
      if (!r.passed) problems.push(r.error ?? `requirement does not hold: ${r.expr}`);
    }
  }
  return { passed: problems.length === 0, problems, candidate: candidate ?? {}, baseline, requirements };
}

function celMessage(err: unknown): string {
  const e = err as { summary?: string; message?: string } | undefined;
  const text = e?.summary ?? e?.message ?? String(err);
  return text.split('\n')[0];
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'bigint') return `the int ${v}`;
  return `${typeof v} ${JSON.stringify(v)}`;
}
