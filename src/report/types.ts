import type { Plan, PlanStep } from '../plan/types.js';
import type {
  ControlCommand,
  EndpointSnapshot,
  GateResult,
  MetricWindow,
  RollbackReason,
  RolloutOutcome,
} from '../rollout/events.js';
import type { Gate } from '../spec/types.js';

/**
 * The report model: everything one report shows, built by folding rollout events
 * (`reduceReport`) plus the plan, policy decisions and check results set directly. Every section
 * is optional, so a plan-only PR, a policy refusal and a live rollout render from the same model.
 * Plain JSON data (the action may persist it between runs).
 */
export interface ReportState {
  /** Deployment environment (GitHub environment, policy input). Part of the comment's scope. */
  environment: string;
  /** Endpoint name. Part of the comment's scope. */
  endpoint: string;
  context: ReportContext;
  plan?: Plan;
  /** The spec's gate rules, for thresholds with their direction (≤, ≥, × baseline). */
  gates?: Gate[];
  policy?: ReportPolicy;
  checks?: ReportCheck[];
  deployment?: DeploymentProgress;
  /** Time of the newest event folded in (ms since the epoch). */
  updatedAt?: number;
}

/** Where the report lives and how a reader acts on it (all optional; sections adapt). */
export interface ReportContext {
  /** `owner/name` */
  repository?: string;
  /** `https://github.com` or a GHES URL. */
  serverUrl?: string;
  /** Link to the workflow run (logs, full job summary). */
  runUrl?: string;
  /** Workflow file to dispatch for a manual rollback, e.g. `modelgate.yml`. */
  workflowFile?: string;
  /** Branch the rollback workflow runs on (the default branch). */
  ref?: string;
  /** Inputs given to the rollback dispatch besides `mode=rollback`; default `{ environment }`. */
  dispatchInputs?: Record<string, string>;
  /** AWS region, for the CLI rollback command. */
  region?: string;
  /** Path of the spec in the repository. */
  specPath?: string;
  pullRequest?: number;
  sha?: string;
  /** Whether `/modelgate …` comment commands are enabled (default true). */
  commentCommands?: boolean;
}

// ---------------------------------------------------------------------------------------------
// policy

export type PolicyDecisionKind = 'allow' | 'deny' | 'warn' | 'waived' | 'error';

/** One rule's decision as the report shows it (the policy engine's decisions map onto this). */
export interface ReportPolicyDecision {
  ruleId: string;
  decision: PolicyDecisionKind;
  /** The rule's declared severity (`deny` | `warn`). */
  severity?: string;
  message?: string;
  /** Recorded when a deny was waived: why, and who or what waived it (label, input). */
  waiver?: { reason?: string; by?: string; source?: string };
  /** Where the rule is defined, for annotations. */
  source?: { file: string; line?: number; column?: number };
  pack?: string;
}

export interface ReportPolicy {
  decisions: ReportPolicyDecision[];
  /** Packs and folders evaluated, e.g. `builtin:production`. */
  sources?: string[];
  /** Rules whose `when` did not hold (not listed). */
  notApplicable?: number;
}

// ---------------------------------------------------------------------------------------------
// checks

export type ReportCheckStatus = 'pass' | 'fail' | 'warn' | 'skipped' | 'error';

/** One pre-deployment check (artifact, data, evaluation), with optional evidence rows. */
export interface ReportCheck {
  id: string;
  category?: string;
  status: ReportCheckStatus;
  summary: string;
  /** Why it failed, one sentence each. */
  problems?: string[];
  /** Evidence rows (e.g. per-feature drift); the columns are the first row's keys. */
  evidence?: Array<Record<string, string | number | boolean | null | undefined>>;
  source?: { file: string; line?: number; column?: number };
}

// ---------------------------------------------------------------------------------------------
// deployment progress (folded from RolloutEvents)

export type StepStatus = 'pending' | 'running' | 'passed' | 'failed' | 'stopped';

export interface StepProgress {
  index: number;
  step: PlanStep;
  status: StepStatus;
  startedAt?: number;
  endedAt?: number;
  /** Extensions of the bake while gates were inconclusive or on `extend`, seconds. */
  extendedSeconds: number;
  /** Time spent on hold (the plan's clock paused), ms. */
  heldMs: number;
}

export interface TrafficPoint {
  at: number;
  stepIndex: number;
  baseline: number;
  candidate: number;
  shadowPercent: number;
}

export interface WindowRecord {
  stepIndex: number;
  window: MetricWindow;
}

export interface GateRecord {
  at: number;
  stepIndex: number;
  result: GateResult;
}

export interface ControlRecord {
  at: number;
  command: ControlCommand;
  acknowledged: boolean;
  note?: string;
}

/** One human line per notable event, for the timeline. */
export interface TimelineEntry {
  at: number;
  kind: 'info' | 'good' | 'bad' | 'warn';
  text: string;
}

export interface RollbackProgress {
  reason: RollbackReason;
  detail: string;
  startedAt: number;
  /** The failing gates at the time the rollback started. */
  failedGates: GateRecord[];
  completedAt?: number;
  endpointConfig?: string;
  verified?: boolean;
  failure?: { at: number; error: string; state: EndpointSnapshot };
}

export interface DeploymentProgress {
  id: string;
  startedAt: number;
  resumed: boolean;
  lock?: { owner: string; expiresAt: number; tookOverFrom?: string };
  candidate?: { endpointConfig: string; model: string };
  steps: StepProgress[];
  currentStep?: number;
  /** Since when the plan's clock is paused by `hold`, if it is. */
  heldSince?: number;
  traffic: TrafficPoint[];
  windows: WindowRecord[];
  gates: GateRecord[];
  controls: ControlRecord[];
  warnings: Array<{ at: number; message: string }>;
  timeline: TimelineEntry[];
  rollback?: RollbackProgress;
  promoted?: { at: number; endpointConfig: string };
  outcome?: { at: number; outcome: RolloutOutcome; summary: string };
  lastEventAt: number;
}
