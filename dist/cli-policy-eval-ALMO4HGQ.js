import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  evaluatePolicies,
  formatPolicyResult,
  loadPolicies
} from "./cli-chunk-3KCEPIFV.js";
import "./cli-chunk-Q6QKO4RO.js";
import {
  systemClock
} from "./cli-chunk-QHJQBZGW.js";
import {
  loadSpecForCli,
  parseSpecArgs,
  printInputError
} from "./cli-chunk-EBIEURGI.js";
import "./cli-chunk-LUBGO62J.js";
import "./cli-chunk-R3MT7KFA.js";
import "./cli-chunk-5W6KL5HJ.js";
import {
  ModelgateError
} from "./cli-chunk-LIZCHGMP.js";
import {
  planRollout
} from "./cli-chunk-A66SPB3H.js";
import "./cli-chunk-F6UYTWT2.js";
import {
  EXIT,
  UsageError
} from "./cli-chunk-OSPYVRYB.js";
import "./cli-chunk-O5NZ25FZ.js";

// src/cli/commands/policy-eval.ts
import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";

// src/policy/facts.ts
var WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
var LOCAL_GIT = {
  event: "local",
  ref: "",
  base: null,
  head: null,
  sha: "",
  actor: "",
  isFork: false,
  labels: [],
  pullRequest: null,
  repository: ""
};
function nowFacts(at) {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) throw new RangeError(`invalid time: ${String(at)}`);
  const iso = d.toISOString();
  return {
    timestamp: iso,
    date: iso.slice(0, 10),
    weekday: WEEKDAYS[d.getUTCDay()],
    dayOfWeek: d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes()
  };
}
function instant(at) {
  return typeof at === "object" && !(at instanceof Date) ? at.now() : at;
}
function buildFacts(input) {
  const environment = typeof input.environment === "string" ? { name: input.environment } : input.environment ?? { name: input.spec.target.environment };
  return {
    spec: input.spec,
    plan: input.plan,
    artifact: input.artifact ?? null,
    data: input.data ?? null,
    evaluation: input.evaluation ?? null,
    git: { ...LOCAL_GIT, ...input.git, labels: [...input.git?.labels ?? []] },
    environment,
    now: nowFacts(instant(input.now ?? systemClock)),
    endpoint: input.endpoint ?? null
  };
}

// src/policy/git-facts.ts
function gitFactsFromGithub(env, event) {
  if (!env.GITHUB_ACTIONS) return { ...LOCAL_GIT, labels: [] };
  const pr = event?.pull_request;
  const repository = env.GITHUB_REPOSITORY ?? event?.repository?.full_name ?? "";
  let isFork = false;
  if (pr) {
    const head = pr.head?.repo;
    const baseName = pr.base?.repo?.full_name ?? repository;
    isFork = head === null || head === void 0 || head.fork === true || head.full_name !== baseName;
  }
  const labels = (pr?.labels ?? []).map((l) => typeof l === "string" ? l : l.name ?? "").filter((l) => l !== "");
  return {
    event: env.GITHUB_EVENT_NAME ?? "unknown",
    ref: env.GITHUB_REF ?? "",
    base: pr ? pr.base?.ref ?? env.GITHUB_BASE_REF ?? null : null,
    head: pr ? pr.head?.ref ?? env.GITHUB_HEAD_REF ?? null : null,
    sha: pr?.head?.sha ?? env.GITHUB_SHA ?? "",
    actor: env.GITHUB_ACTOR ?? "",
    isFork,
    labels,
    pullRequest: pr?.number ?? null,
    repository
  };
}

// src/cli/commands/policy-eval.ts
async function readJson(path, io, what) {
  try {
    return JSON.parse(await readFile(resolve(io.cwd, path), "utf8"));
  } catch (e) {
    throw new ModelgateError("invalid_input", `${path}: cannot read ${what}: ${e.message}`);
  }
}
function parseWaivers(values, io) {
  return values.map((v) => {
    const eq = v.indexOf("=");
    const ruleId = eq > 0 ? v.slice(0, eq).trim() : "";
    const reason = eq > 0 ? v.slice(eq + 1).trim() : "";
    if (!ruleId || !reason)
      throw new UsageError(`--waive needs RULE-ID=REASON (a reason is required), got "${v}"`);
    return { ruleId, reason, by: io.env.GITHUB_ACTOR || io.env.USER || null, source: "input" };
  });
}
var policyEvalCommand = {
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
      json: { type: "boolean" },
      label: { type: "string", multiple: true },
      waive: { type: "string", multiple: true },
      checks: { type: "string" },
      endpoint: { type: "string" },
      environment: { type: "string" },
      now: { type: "string" }
    });
    const waivers = parseWaivers(values.waive ?? [], io);
    let now = systemClock.now();
    if (values.now !== void 0) {
      now = new Date(values.now);
      if (Number.isNaN(now.getTime())) throw new UsageError(`--now: "${values.now}" is not an ISO 8601 time`);
    }
    const loaded = await loadSpecForCli(specPath, io);
    if (!loaded) return EXIT.failed;
    let policies;
    try {
      policies = await loadPolicies(loaded.spec.policies, {
        baseDir: loaded.baseDir,
        displayDir: relative(io.cwd, loaded.baseDir) || ".",
        spec: loaded
      });
    } catch (err) {
      printInputError(err, "policies", io);
      return EXIT.failed;
    }
    const checks = values.checks ? await readJson(values.checks, io, "the checks results") : {};
    const endpoint = values.endpoint ? await readJson(values.endpoint, io, "the endpoint state") : null;
    const event = io.env.GITHUB_EVENT_PATH ? await readJson(io.env.GITHUB_EVENT_PATH, io, "the GitHub event payload") : void 0;
    const git = gitFactsFromGithub(io.env, event);
    git.labels = [...git.labels, ...values.label ?? []];
    const facts = buildFacts({
      spec: loaded.spec,
      plan: planRollout(loaded.spec),
      git,
      now,
      environment: values.environment,
      artifact: checks.artifact ?? null,
      data: checks.data ?? null,
      evaluation: checks.evaluation ?? null,
      endpoint
    });
    const result = evaluatePolicies(policies, facts, { waivers });
    if (values.json) {
      io.stdout(`${JSON.stringify({ ...result, facts }, null, 2)}
`);
    } else {
      const sources = [...new Set(policies.rules.map((r) => r.origin))].join(", ");
      io.stdout(
        `Policies for ${loaded.spec.target.endpoint} (${facts.environment.name}): ${policies.rules.length} rules from ${sources || "no policies"}

`
      );
      io.stdout(formatPolicyResult(result));
    }
    return result.denied ? EXIT.failed : EXIT.ok;
  }
};
export {
  policyEvalCommand
};
