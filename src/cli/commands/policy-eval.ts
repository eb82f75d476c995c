import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { systemClock } from '../../clock.js';
import { ModelgateError } from '../../errors.js';
import { planRollout } from '../../plan/plan.js';
import { evaluatePolicies } from '../../policy/evaluate.js';
import {
  buildFacts,
  type ArtifactFacts,
  type DataFacts,
  type EndpointFacts,
  type EvaluationFacts,
} from '../../policy/facts.js';
import { formatPolicyResult } from '../../policy/format.js';
import { gitFactsFromGithub, type GithubEventPayload } from '../../policy/git-facts.js';
import { loadPolicies } from '../../policy/load.js';
import type { Waiver } from '../../policy/types.js';
import { EXIT, UsageError, type CliIO, type Command } from '../io.js';
import { loadSpecForCli, parseSpecArgs, printInputError } from '../spec-input.js';

async function readJson(path: string, io: CliIO, what: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(resolve(io.cwd, path), 'utf8'));
  } catch (e) {
    throw new ModelgateError('invalid_input', `${path}: cannot read ${what}: ${(e as Error).message}`);
  }
}

function parseWaivers(values: string[], io: CliIO): Waiver[] {
  return values.map((v) => {
    const eq = v.indexOf('=');
    const ruleId = eq > 0 ? v.slice(0, eq).trim() : '';
    const reason = eq > 0 ? v.slice(eq + 1).trim() : '';
    if (!ruleId || !reason)
      throw new UsageError(`--waive needs RULE-ID=REASON (a reason is required), got "${v}"`);
    return { ruleId, reason, by: io.env.GITHUB_ACTOR || io.env.USER || null, source: 'input' as const };
  });
}

export const policyEvalCommand: Command = {
  usage: `Usage: modelgate policy eval [SPEC] [--json] [--label L]... [--waive RULE-ID=REASON]...
                             [--checks FILE] [--endpoint FILE] [--environment NAME] [--now TIME]

Loads SPEC (default: modelgate.yaml), plans its rollout, builds the facts document (spec, plan, git,
environment, now; artifact, data and evaluation only when --checks gives them) and evaluates every rule
of the policies the spec names (builtin:<pack> or paths relative to the spec). Prints each rule's
decision (allow, deny, warn, waived, error, skipped) with its message and the facts it reads.

In GitHub Actions the git facts (event, refs, actor, fork, labels) come from the run's environment
and event payload; a label modelgate-waive:<rule-id> waives a waivable rule.

Options:
  --json                 print {denied, counts, decisions, waivers, facts} as JSON
  --label L              add a pull-request label to git.labels (repeatable)
  --waive ID=REASON      waive a waivable rule with a recorded reason (repeatable)
  --checks FILE          JSON with the checks' results: {"artifact": …, "data": …, "evaluation": …}
  --endpoint FILE        JSON with the endpoint's current state (the endpoint facts)
  --environment NAME     deployment environment (default: target.environment)
  --now TIME             evaluate as at this ISO 8601 time (default: now)

Exit codes: 0 allowed, 1 denied (a deny or an error stands) or invalid input, 2 usage error.`,
  async run(argv, io) {
    const { spec: specPath, values } = parseSpecArgs(argv, {
      json: { type: 'boolean' },
      label: { type: 'string', multiple: true },
      waive: { type: 'string', multiple: true },
      checks: { type: 'string' },
      endpoint: { type: 'string' },
      environment: { type: 'string' },
      now: { type: 'string' },
    });
    const waivers = parseWaivers(values.waive ?? [], io);
    let now: Date | number = systemClock.now();
    if (values.now !== undefined) {
      now = new Date(values.now);
      if (Number.isNaN(now.getTime())) throw new UsageError(`--now: "${values.now}" is not an ISO 8601 time`);
    }

    const loaded = await loadSpecForCli(specPath, io);
    if (!loaded) return EXIT.failed;
    let policies;
    try {
      policies = await loadPolicies(loaded.spec.policies, {
        baseDir: loaded.baseDir,
        displayDir: relative(io.cwd, loaded.baseDir) || '.',
        spec: loaded,
      });
    } catch (err) {
      printInputError(err, 'policies', io);
      return EXIT.failed;
    }

    const checks = values.checks
      ? ((await readJson(values.checks, io, 'the checks results')) as {
          artifact?: ArtifactFacts | null;
          data?: DataFacts | null;
          evaluation?: EvaluationFacts | null;
        })
      : {};
    const endpoint = values.endpoint
      ? ((await readJson(values.endpoint, io, 'the endpoint state')) as EndpointFacts)
      : null;
    const event = io.env.GITHUB_EVENT_PATH
      ? ((await readJson(io.env.GITHUB_EVENT_PATH, io, 'the GitHub event payload')) as GithubEventPayload)
      : undefined;
    const git = gitFactsFromGithub(io.env, event);
    git.labels = [...git.labels, ...(values.label ?? [])];

    const facts = buildFacts({
      spec: loaded.spec,
      plan: planRollout(loaded.spec),
      git,
      now,
      environment: values.environment,
      artifact: checks.artifact ?? null,
      data: checks.data ?? null,
      evaluation: checks.evaluation ?? null,
      endpoint,
    });
    const result = evaluatePolicies(policies, facts, { waivers });
    if (values.json) {
      io.stdout(`${JSON.stringify({ ...result, facts }, null, 2)}\n`);
    } else {
      const sources = [...new Set(policies.rules.map((r) => r.origin))].join(', ');
      io.stdout(
        `Policies for ${loaded.spec.target.endpoint} (${facts.environment.name}): ${policies.rules.length} rules from ${sources || 'no policies'}\n\n`,
      );
      io.stdout(formatPolicyResult(result));
    }
    return result.denied ? EXIT.failed : EXIT.ok;
  },
};
