import type { Plan, PlanStep } from '../plan/types.js';
import type { ControlCommand, RolloutEvent } from '../rollout/events.js';
import type { Gate } from '../spec/types.js';
import { duration } from './format.js';
import type {
  DeploymentProgress,
  ReportCheck,
  ReportContext,
  ReportPolicy,
  ReportState,
  StepProgress,
  TimelineEntry,
} from './types.js';

/** An empty report for one environment/endpoint (the comment's scope). */
export function createReport(init: {
  environment: string;
  endpoint: string;
  context?: ReportContext;
  plan?: Plan;
}): ReportState {
  return {
    environment: init.environment,
    endpoint: init.endpoint,
    context: { ...init.context },
    ...(init.plan ? { plan: init.plan } : {}),
  };
}

export function withPlan(state: ReportState, plan: Plan): ReportState {
  const deployment = state.deployment && {
    ...state.deployment,
    steps: mergeSteps(state.deployment.steps, plan.steps),
  };
  return { ...state, plan, ...(deployment ? { deployment } : {}) };
}

export function withPolicy(state: ReportState, policy: ReportPolicy): ReportState {
  return { ...state, policy };
}

export function withChecks(state: ReportState, checks: ReportCheck[]): ReportState {
  return { ...state, checks };
}

export function withGates(state: ReportState, gates: Gate[]): ReportState {
  return { ...state, gates };
}

export function withContext(state: ReportState, context: ReportContext): ReportState {
  return { ...state, context: { ...state.context, ...context } };
}

/** The spec's gate rules: set directly, or carried by the plan. */
export function gatesOf(state: ReportState): Gate[] {
  return state.gates ?? state.plan?.gates ?? [];
}

/** Folds a whole event log into a report. */
export function buildReport(initial: ReportState, events: Iterable<RolloutEvent>): ReportState {
  let state = initial;
  for (const e of events) state = reduceReport(state, e);
  return state;
}

function mergeSteps(existing: StepProgress[], planSteps: PlanStep[]): StepProgress[] {
  const byIndex = new Map(existing.map((s) => [s.index, s]));
  const merged = planSteps.map((step) => byIndex.get(step.index) ?? pendingStep(step));
  for (const s of existing) if (!planSteps.some((p) => p.index === s.index)) merged.push(s);
  return merged.sort((a, b) => a.index - b.index);
}

function pendingStep(step: PlanStep): StepProgress {
  return { index: step.index, step, status: 'pending', extendedSeconds: 0, heldMs: 0 };
}

function newDeployment(id: string, at: number, plan: Plan | undefined, resumed: boolean): DeploymentProgress {
  return {
    id,
    startedAt: at,
    resumed,
    steps: (plan?.steps ?? []).map(pendingStep),
    traffic: [],
    windows: [],
    gates: [],
    controls: [],
    warnings: [],
    timeline: [],
    lastEventAt: at,
  };
}

function commandText(c: ControlCommand): string {
  return c.kind === 'extend' ? `extend ${duration(c.seconds)}` : c.kind;
}

function updateStep(
  d: DeploymentProgress,
  index: number,
  change: (s: StepProgress) => StepProgress,
  fallback?: PlanStep,
): StepProgress[] {
  const i = d.steps.findIndex((s) => s.index === index);
  if (i >= 0) return d.steps.map((s, j) => (j === i ? change(s) : s));
  if (!fallback) return d.steps;
  return [...d.steps, change(pendingStep(fallback))].sort((a, b) => a.index - b.index);
}

function stepName(d: DeploymentProgress, index: number): string {
  return d.steps.find((s) => s.index === index)?.step.name ?? `step ${index + 1}`;
}

/**
 * The next report after one rollout event. Does not mutate `state`. Events of another deployment
 * than the one shown start over unless they are a `deployment-started` (which replaces it); the
 * plan, policy and checks are kept.
 */
export function reduceReport(state: ReportState, event: RolloutEvent): ReportState {
  let plan = state.plan;
  let d = state.deployment;
  if (event.type === 'deployment-started') {
    plan = event.plan;
    d = newDeployment(event.deploymentId, event.at, plan, event.resumed);
  } else if (!d || d.id !== event.deploymentId) {
    d = newDeployment(event.deploymentId, event.at, plan, false);
  }
  const timeline: TimelineEntry[] = [];
  const note = (kind: TimelineEntry['kind'], text: string) => timeline.push({ at: event.at, kind, text });
  let next: DeploymentProgress = { ...d, lastEventAt: Math.max(d.lastEventAt, event.at) };

  switch (event.type) {
    case 'deployment-started':
      note(
        'info',
        `${event.resumed ? 'Resumed' : 'Started'} deployment ${event.deploymentId} on ${event.endpoint}`,
      );
      break;
    case 'lock-acquired':
      next.lock = { owner: event.owner, expiresAt: event.expiresAt, tookOverFrom: event.tookOverFrom };
      if (event.tookOverFrom) note('warn', `Took over a stale lock from ${event.tookOverFrom}`);
      break;
    case 'provisioned':
      next.candidate = { endpointConfig: event.endpointConfig, model: event.model };
      note('info', `Provisioned model ${event.model} (endpoint config ${event.endpointConfig})`);
      break;
    case 'step-started':
      next.currentStep = event.step.index;
      next.steps = updateStep(
        next,
        event.step.index,
        (s) => ({ ...s, step: event.step, status: 'running', startedAt: event.at, endedAt: undefined }),
        event.step,
      );
      note('info', `Step ${event.step.index + 1}: ${event.step.name}`);
      break;
    case 'traffic-shifted': {
      const { baseline, candidate } = event.traffic;
      next.traffic = [
        ...next.traffic,
        { at: event.at, stepIndex: event.stepIndex, baseline, candidate, shadowPercent: event.shadowPercent },
      ];
      const shadow = event.shadowPercent > 0 ? `, ${event.shadowPercent}% mirrored to the candidate` : '';
      note('info', `Traffic ${baseline}% baseline / ${candidate}% candidate${shadow}`);
      break;
    }
    case 'metrics-read':
      next.windows = [...next.windows, { stepIndex: event.stepIndex, window: event.window }];
      break;
    case 'gate-evaluated':
      next.gates = [...next.gates, { at: event.at, stepIndex: event.stepIndex, result: event.result }];
      if (event.result.status === 'fail')
        note('bad', `Gate ${event.result.gateId} failed: ${event.result.summary}`);
      break;
    case 'bake-extended':
      next.steps = updateStep(next, event.stepIndex, (s) => ({
        ...s,
        extendedSeconds: s.extendedSeconds + event.bySeconds,
      }));
      note(
        'warn',
        `Bake of ${stepName(next, event.stepIndex)} extended by ${duration(event.bySeconds)}: ${event.reason}`,
      );
      break;
    case 'control-command': {
      next.controls = [
        ...next.controls,
        { at: event.at, command: event.command, acknowledged: event.acknowledged, note: event.note },
      ];
      if (event.acknowledged && event.command.kind === 'hold' && next.heldSince === undefined) {
        next.heldSince = event.at;
      }
      if (event.acknowledged && event.command.kind === 'resume' && next.heldSince !== undefined) {
        const held = event.at - next.heldSince;
        if (next.currentStep !== undefined) {
          next.steps = updateStep(next, next.currentStep, (s) => ({ ...s, heldMs: s.heldMs + held }));
        }
        next.heldSince = undefined;
      }
      const how = event.acknowledged ? 'acknowledged' : 'not applied';
      note(
        event.acknowledged ? 'info' : 'warn',
        `Command ${commandText(event.command)} ${how}${event.note ? `: ${event.note}` : ''}`,
      );
      break;
    }
    case 'step-passed':
      next.steps = updateStep(next, event.stepIndex, (s) => ({ ...s, status: 'passed', endedAt: event.at }));
      note('good', `Step ${event.stepIndex + 1} passed: ${stepName(next, event.stepIndex)}`);
      break;
    case 'promoted':
      next.promoted = { at: event.at, endpointConfig: event.endpointConfig };
      note('good', `Promoted: endpoint config ${event.endpointConfig} serves all traffic`);
      break;
    case 'rolling-back': {
      const failing = latestFailingGates(next);
      next.rollback = {
        reason: event.reason,
        detail: event.detail,
        startedAt: event.at,
        failedGates: failing,
      };
      if (next.currentStep !== undefined) {
        const status =
          event.reason === 'gate-failed' || event.reason === 'verification-failed' ? 'failed' : 'stopped';
        next.steps = updateStep(next, next.currentStep, (s) =>
          s.status === 'running' ? { ...s, status, endedAt: event.at } : s,
        );
      }
      note('bad', `Rolling back (${event.reason}): ${event.detail}`);
      break;
    }
    case 'rolled-back':
      next.rollback = {
        ...(next.rollback ?? { reason: 'aborted', detail: '', startedAt: event.at, failedGates: [] }),
        completedAt: event.at,
        endpointConfig: event.endpointConfig,
        verified: event.verified,
      };
      next.heldSince = undefined;
      note(
        event.verified ? 'good' : 'warn',
        `${event.endpointConfig ? `Rolled back to endpoint config ${event.endpointConfig}` : 'Rolled back: no earlier model, the endpoint was deleted'}${event.verified ? ' (verified: InService, no traffic on the candidate)' : ' (NOT verified)'}`,
      );
      break;
    case 'rollback-failed':
      next.rollback = {
        ...(next.rollback ?? { reason: 'api-error', detail: '', startedAt: event.at, failedGates: [] }),
        failure: { at: event.at, error: event.error, state: event.state },
      };
      note('bad', `Rollback failed: ${event.error}`);
      break;
    case 'warning':
      next.warnings = [...next.warnings, { at: event.at, message: event.message }];
      note('warn', event.message);
      break;
    case 'done':
      next.outcome = { at: event.at, outcome: event.outcome, summary: event.summary };
      next.heldSince = undefined;
      if (next.currentStep !== undefined && event.outcome !== 'promoted') {
        next.steps = updateStep(next, next.currentStep, (s) =>
          s.status === 'running' ? { ...s, status: 'stopped', endedAt: event.at } : s,
        );
      }
      note(
        event.outcome === 'promoted' ? 'good' : event.outcome === 'kept-baseline' ? 'info' : 'bad',
        `Done: ${event.summary}`,
      );
      break;
  }
  if (timeline.length) next = { ...next, timeline: [...next.timeline, ...timeline] };
  return {
    ...state,
    plan,
    deployment: next,
    updatedAt: Math.max(state.updatedAt ?? 0, event.at),
  };
}

/** The newest failing result of each gate in the current step (what a rollback is "because of"). */
function latestFailingGates(d: DeploymentProgress) {
  const step = d.currentStep;
  const latest = new Map<string, DeploymentProgress['gates'][number]>();
  for (const g of d.gates) if (g.stepIndex === step) latest.set(g.result.gateId, g);
  return [...latest.values()].filter((g) => g.result.status === 'fail');
}
