import * as core from '@actions/core';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { formatChecksText } from '../src/checks/format-text.js';
import { runChecks } from '../src/checks/run.js';
import { formatProblem, InputError, type InputProblem } from '../src/errors.js';
import { formatPlanText } from '../src/plan/format.js';
import { planRollout } from '../src/plan/plan.js';
import type { Plan } from '../src/plan/types.js';
import { evaluatePolicies } from '../src/policy/evaluate.js';
import { buildFacts } from '../src/policy/facts.js';
import { formatPolicyResult } from '../src/policy/format.js';
import { gitFactsFromGithub, type GithubEventPayload } from '../src/policy/git-facts.js';
import { loadPolicies } from '../src/policy/load.js';
import type { Waiver } from '../src/policy/types.js';
import {
  annotationsFromChecks,
  annotationsFromPolicy,
  annotationsFromProblems,
  type AnnotationOptions,
  type FileAnnotation,
} from '../src/report/annotations.js';
import { reportChecksFromFacts } from '../src/report/checks-facts.js';
import { reportPolicyFromResult } from '../src/report/policy-result.js';
import { createReport, withChecks, withPlan, withPolicy } from '../src/report/state.js';
import type { ReportCheck, ReportContext, ReportPolicy, ReportState } from '../src/report/types.js';
import { verdictOf } from '../src/report/verdict.js';
import { loadSpecFile } from '../src/spec/load.js';
import type { LoadedSpec } from '../src/spec/types.js';
import type { ReasonCode } from './outputs.js';

export interface EvaluateOptions {
  specPath: string;
  workspace: string;
  env: NodeJS.ProcessEnv;
  payload: Record<string, unknown>;
  /** Overrides of the spec's target from the inputs. */
  region?: string;
  endpointUrl?: string;
  environment?: string;
  waivers: Waiver[];
  /** Labels of the pull request the change came from (a push after merge has none in its payload). */
  extraLabels?: string[];
  pullRequest?: number;
  context: ReportContext;
  signal?: AbortSignal;
}

export type Evaluation =
  | { kind: 'invalid-spec'; problems: InputProblem[]; annotations: FileAnnotation[] }
  | {
      kind: 'evaluated';
      loaded: LoadedSpec;
      plan: Plan;
      environment: string;
      /** Plan, checks and policy decisions: the report before anything moves. */
      state: ReportState;
      annotations: FileAnnotation[];
      /** Policy or checks block the rollout. */
      denied: boolean;
      reasonCode: ReasonCode;
    };

/** Maps a file as reported to a path in the repository; built-in packs and files outside are dropped. */
export function repoPathIn(workspace: string): AnnotationOptions['repoPath'] {
  return (file) => {
    if (file.startsWith('builtin:') || file.startsWith('input ')) return undefined;
    const rel = relative(workspace, resolve(workspace, file));
    if (!rel || rel.startsWith('..') || isAbsolute(rel)) return undefined;
    return rel.split(sep).join('/');
  };
}

/** The spec path a check is configured at, so its annotation lands on that line. */
const CHECK_FIELD: Record<string, string> = {
  artifact: 'model.artifact',
  'data.schema': 'checks.data',
  'data.drift': 'checks.data',
  evaluation: 'checks.evaluation',
};

function withSources(checks: ReportCheck[], loaded: LoadedSpec): ReportCheck[] {
  return checks.map((c) => {
    const at = CHECK_FIELD[c.id] ? loaded.locate(CHECK_FIELD[c.id]) : undefined;
    return at ? { ...c, source: { file: loaded.file, line: at.line, column: at.column } } : c;
  });
}

/** The spec with the inputs' `aws-region` and `endpoint-url` in place of its target's. */
export function applyTargetOverrides(
  loaded: LoadedSpec,
  o: { region?: string; endpointUrl?: string },
): LoadedSpec {
  if (!o.region && !o.endpointUrl) return loaded;
  const target = {
    ...loaded.spec.target,
    ...(o.region ? { region: o.region } : {}),
    ...(o.endpointUrl ? { endpointUrl: o.endpointUrl } : {}),
  };
  return { ...loaded, spec: { ...loaded.spec, target } };
}

/**
 * Everything before traffic moves, each phase in its own log group: the spec (with the inputs'
 * region and endpoint URL), the plan, the checks and the policies. Invalid input is a result, not
 * an exception: the caller annotates it and fails the step.
 */
export async function evaluate(o: EvaluateOptions): Promise<Evaluation> {
  const repoPath = repoPathIn(o.workspace);
  let loaded: LoadedSpec;
  try {
    loaded = await core.group(`modelgate: spec ${o.specPath}`, async () => {
      const l = applyTargetOverrides(await loadSpecFile(o.specPath, { cwd: o.workspace }), o);
      const t = l.spec.target;
      core.info(
        `${l.file}: ${l.spec.model.name} → ${t.endpoint} (${o.environment ?? t.environment}), ${t.provider} in ${t.region}${t.endpointUrl ? ` via ${t.endpointUrl}` : ''}`,
      );
      return l;
    });
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    for (const p of err.problems) core.info(formatProblem(p));
    return {
      kind: 'invalid-spec',
      problems: err.problems,
      annotations: annotationsFromProblems(err.problems, { repoPath }),
    };
  }
  const { spec } = loaded;
  const environment = o.environment ?? spec.target.environment;

  const plan = await core.group('modelgate: plan', async () => {
    const p = planRollout(spec);
    core.info(formatPlanText(p));
    return p;
  });

  const checks = await core.group('modelgate: checks', async () => {
    const facts = await runChecks(loaded, { workspace: o.workspace, signal: o.signal });
    core.info(formatChecksText(facts, loaded.file));
    return facts;
  });
  const reportChecks = withSources(reportChecksFromFacts(checks), loaded);

  const { policy, policyProblems } = await core.group('modelgate: policy', async () => {
    let policies;
    try {
      policies = await loadPolicies(spec.policies, {
        baseDir: loaded.baseDir,
        displayDir: relative(o.workspace, loaded.baseDir) || '.',
        spec: loaded,
      });
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      for (const p of err.problems) core.info(formatProblem(p));
      const view: ReportPolicy = {
        decisions: err.problems.map((p) => ({
          ruleId: p.path ? `${p.file} ${p.path}` : p.file,
          decision: 'error' as const,
          message: formatProblem(p),
          source: {
            file: p.file,
            ...(p.line ? { line: p.line } : {}),
            ...(p.column ? { column: p.column } : {}),
          },
        })),
      };
      return { policy: view, policyProblems: err.problems };
    }
    const git = gitFactsFromGithub(o.env, o.payload as GithubEventPayload);
    const labels = [...new Set([...git.labels, ...(o.extraLabels ?? [])])];
    const facts = buildFacts({
      spec,
      plan,
      git: {
        ...git,
        labels,
        ...(git.pullRequest === null && o.pullRequest ? { pullRequest: o.pullRequest } : {}),
      },
      environment,
      artifact: checks.artifact,
      data: checks.data,
      evaluation: checks.evaluation,
    });
    const result = evaluatePolicies(policies, facts, { waivers: o.waivers });
    core.info(formatPolicyResult(result));
    const sources = [...new Set(policies.rules.map((r) => r.origin))];
    return { policy: reportPolicyFromResult(result, sources), policyProblems: [] as InputProblem[] };
  });

  const context = { region: spec.target.region, ...o.context };
  let state = createReport({ environment, endpoint: spec.target.endpoint, context });
  state = withPolicy(withChecks(withPlan(state, plan), reportChecks), policy);
  const annotations = [
    ...annotationsFromProblems(policyProblems, { repoPath }),
    ...annotationsFromPolicy(policyProblems.length ? [] : policy.decisions, { repoPath }),
    ...annotationsFromChecks(reportChecks, { repoPath }),
  ];
  const v = verdictOf(state);
  const denied = v.kind === 'plan-refused';
  const reasonCode: ReasonCode = policyProblems.length
    ? 'invalid_policy'
    : v.blocking.length
      ? 'policy_denied'
      : v.failedChecks.length
        ? 'checks_failed'
        : 'ok';
  return { kind: 'evaluated', loaded, plan, environment, state, annotations, denied, reasonCode };
}
