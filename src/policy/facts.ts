import type { ArtifactFacts, DataFacts, EvaluationFacts } from '../checks/types.js';
import { systemClock, type Clock } from '../clock.js';
import type { Plan } from '../plan/types.js';
import type { Spec } from '../spec/types.js';

/**
 * The facts document: everything a policy rule may look at, one typed object. Each top-level field
 * is a CEL variable (`spec.strategy.type`, `plan.steps[0].traffic.candidate`, `git.isFork`, …).
 * Its JSON Schema is `schema/facts.schema.json` (the CEL types are compiled from it, see
 * `cel-env.ts`); `modelgate policy eval --json` prints the document.
 *
 * The `artifact`, `data` and `evaluation` sections are the checks' results, in the shapes
 * `src/checks/types.ts` defines; each is null when that check did not run, and a rule that reads
 * one without testing `!= null` first errors (and so denies) rather than passing.
 */
export interface Facts {
  /** The normalised spec (durations in seconds, defaults filled in). */
  spec: Spec;
  /** The rollout plan: steps, traffic, bakes, expected duration, extra instance-hours and cost. */
  plan: Plan;
  artifact: ArtifactFacts | null;
  data: DataFacts | null;
  evaluation: EvaluationFacts | null;
  git: GitFacts;
  environment: EnvironmentFacts;
  now: NowFacts;
  /** The endpoint's state before the rollout, when it was looked up; null otherwise. */
  endpoint: EndpointFacts | null;
}

export type { ArtifactFacts, DataFacts, EvaluationFacts };

/** Where the change comes from. Outside GitHub Actions: event `local`, not a fork, no labels. */
export interface GitFacts {
  /** GitHub event name: `pull_request`, `push`, `workflow_dispatch`, … or `local`. */
  event: string;
  /** The ref being deployed (`refs/pull/12/merge`, `refs/heads/main`); empty when unknown. */
  ref: string;
  /** A pull request's base branch; null outside pull requests. */
  base: string | null;
  /** A pull request's head branch; null outside pull requests. */
  head: string | null;
  sha: string;
  /** Who triggered the run. */
  actor: string;
  /** Whether the pull request's head repository is a fork (untrusted code). */
  isFork: boolean;
  /** The pull request's labels (`modelgate-waive:<rule-id>` waives a waivable rule). */
  labels: string[];
  pullRequest: number | null;
  /** `owner/name`; empty when unknown. */
  repository: string;
}

export interface EnvironmentFacts {
  /** The deployment environment: `spec.target.environment` unless the caller overrides it. */
  name: string;
}

/**
 * When the policy is evaluated. `timestamp` is a CEL timestamp, so deploy windows in a time zone
 * use the built-ins: `now.timestamp.getDayOfWeek("Europe/Berlin") == 5` (0 = Sunday),
 * `now.timestamp.getHours("Europe/Berlin") >= 16`. The other fields are the same instant in UTC.
 */
export interface NowFacts {
  /** ISO 8601, UTC (`2026-03-06T16:30:00.000Z`). */
  timestamp: string;
  /** `YYYY-MM-DD`, UTC. */
  date: string;
  weekday: Weekday;
  /** 0 = Sunday … 6 = Saturday, UTC (as CEL's `getDayOfWeek()`). */
  dayOfWeek: number;
  hour: number;
  minute: number;
}

export type Weekday = 'Sunday' | 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday';

const WEEKDAYS: Weekday[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The endpoint as DescribeEndpoint reported it before the rollout. */
export interface EndpointFacts {
  name: string;
  /** false on a first deployment (the endpoint does not exist yet). */
  exists: boolean;
  /** `InService`, `Updating`, `Failed`, …; null when the endpoint does not exist. */
  status: string | null;
  configName: string | null;
  variants: EndpointVariantFacts[];
  shadowVariants: EndpointVariantFacts[];
  dataCapture: EndpointDataCaptureFacts | null;
  tags: Record<string, string>;
}

export interface EndpointVariantFacts {
  name: string;
  /** The raw `CurrentWeight`. */
  weight: number;
  /** weight / sum of the production variants' weights, as a percent. */
  trafficPercent: number;
  instanceType: string | null;
  instanceCount: number | null;
  /** The deployed (resolved) image. */
  image: string | null;
}

export interface EndpointDataCaptureFacts {
  enabled: boolean;
  samplingPercent: number | null;
  destination: string | null;
  kmsKeyId: string | null;
}

export interface BuildFactsInput {
  spec: Spec;
  plan: Plan;
  git?: Partial<GitFacts>;
  /** Evaluation time: a Date, an ISO string, epoch milliseconds or a Clock (default: the system clock). */
  now?: Date | string | number | Pick<Clock, 'now'>;
  /** Overrides the environment name (default `spec.target.environment`). */
  environment?: string | EnvironmentFacts;
  artifact?: ArtifactFacts | null;
  data?: DataFacts | null;
  evaluation?: EvaluationFacts | null;
  endpoint?: EndpointFacts | null;
}

export const LOCAL_GIT: GitFacts = {
  event: 'local',
  ref: '',
  base: null,
  head: null,
  sha: '',
  actor: '',
  isFork: false,
  labels: [],
  pullRequest: null,
  repository: '',
};

/** The `now` facts for an instant. */
export function nowFacts(at: Date | string | number): NowFacts {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) throw new RangeError(`invalid time: ${String(at)}`);
  const iso = d.toISOString();
  return {
    timestamp: iso,
    date: iso.slice(0, 10),
    weekday: WEEKDAYS[d.getUTCDay()],
    dayOfWeek: d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

function instant(at: Date | string | number | Pick<Clock, 'now'>): Date | string | number {
  return typeof at === 'object' && !(at instanceof Date) ? at.now() : at;
}

/** Assembles the facts document; every section not given is null (checks) or its neutral default. */
export function buildFacts(input: BuildFactsInput): Facts {
  const environment =
    typeof input.environment === 'string'
      ? { name: input.environment }
      : (input.environment ?? { name: input.spec.target.environment });
  return {
    spec: input.spec,
    plan: input.plan,
    artifact: input.artifact ?? null,
    data: input.data ?? null,
    evaluation: input.evaluation ?? null,
    git: { ...LOCAL_GIT, ...input.git, labels: [...(input.git?.labels ?? [])] },
    environment,
    now: nowFacts(instant(input.now ?? systemClock)),
    endpoint: input.endpoint ?? null,
  };
}
