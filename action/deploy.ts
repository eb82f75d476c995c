import * as core from '@actions/core';
import { formatProblem, InputError } from '../src/errors.js';
import { annotationsFromProblems, type AnnotationOptions } from '../src/report/annotations.js';
import type { RolloutEvent, RollbackReason } from '../src/rollout/events.js';
import { progressLine } from '../src/rollout/progress.js';
import { runDeployment, type DeploymentResult } from '../src/rollout/run-deployment.js';
import type { FileAnnotation } from '../src/report/annotations.js';
import { emitAnnotations } from './annotations.js';
import { reduceReport } from '../src/report/state.js';
import type { ReportState } from '../src/report/types.js';
import type { LoadedSpec } from '../src/spec/types.js';
import type { Plan } from '../src/plan/types.js';
import { LiveReport } from './live.js';
import type { ActionResult, ReasonCode } from './outputs.js';
import type { Provider } from './provider.js';
import type { Publisher } from './publisher.js';
import { within, type Cancellation } from './signals.js';

export interface DeployOptions {
  loaded: LoadedSpec;
  plan: Plan;
  state: ReportState;
  annotations: FileAnnotation[];
  provider: Provider;
  publisher: Publisher;
  cancellation: Cancellation;
  deploymentId?: string;
  holder: string;
  repoPath?: AnnotationOptions['repoPath'];
  /** Live update pacing (tests shorten it). */
  live?: { intervalMs?: number; minGapMs?: number };
}

const ROLLBACK_CODES: Record<RollbackReason, ReasonCode> = {
  'gate-failed': 'gate_failed',
  'api-error': 'api_error',
  timeout: 'timeout',
  cancelled: 'cancelled',
  aborted: 'aborted',
  'verification-failed': 'verification_failed',
};

/**
 * The report of a rollout refused before it started (a fork, pull_request_target, a cancel): a
 * `done` event with outcome `refused`, so every report shows the refusal first and the check run
 * fails, exactly as when the engine itself refuses.
 */
export function refusedReport(
  state: ReportState,
  deploymentId: string,
  summary: string,
  at = Date.now(),
): ReportState {
  return reduceReport(state, { type: 'done', at, deploymentId, outcome: 'refused', summary });
}

/** Real ms the final report may take once the runner has said it will kill the process. */
const LAST_WORDS_MS = 2_000;

function lastOf<T extends RolloutEvent['type']>(events: RolloutEvent[], type: T) {
  return events.filter((e): e is Extract<RolloutEvent, { type: T }> => e.type === type).at(-1);
}

/** The result of a finished rollout: its outcome, why, and the config serving at the end. */
export function resultOf(r: DeploymentResult): Omit<ActionResult, 'reportPath'> {
  const rollback = lastOf(r.events, 'rolling-back');
  const promoted = lastOf(r.events, 'promoted');
  const rolledBack = lastOf(r.events, 'rolled-back');
  const endpointConfig =
    (r.outcome === 'promoted' ? promoted?.endpointConfig : undefined) ??
    (r.outcome === 'rolled-back' ? rolledBack?.endpointConfig : undefined) ??
    r.endpoint?.endpointConfig;
  const base = {
    decision: 'allow' as const,
    deploymentId: r.deploymentId,
    plan: r.plan,
    ...(endpointConfig ? { endpointConfig } : {}),
    message: r.summary,
    failed: r.exitCode !== 0,
  };
  switch (r.outcome) {
    case 'promoted':
      return { ...base, reasonCode: 'ok', finalStatus: 'promoted' };
    case 'kept-baseline':
      return { ...base, reasonCode: 'kept_baseline', finalStatus: 'kept-baseline' };
    case 'rolled-back':
      return {
        ...base,
        reasonCode: rollback ? ROLLBACK_CODES[rollback.reason] : 'aborted',
        finalStatus: 'rolled-back',
      };
    case 'unsafe':
      return { ...base, reasonCode: 'rollback_failed', finalStatus: 'unsafe' };
    case 'refused':
      return { ...base, decision: 'deny', reasonCode: 'deployment_refused', finalStatus: 'refused' };
  }
}

/**
 * Runs the rollout through the engine with the reporters attached: the check run and the GitHub
 * Deployment go in progress, the comment and the check run follow the events (rate-limited), and
 * the end sets every report to its final state. A cancel (SIGINT / SIGTERM) rolls back at once;
 * after the hard signal the final report gets two seconds before the runner kills the process.
 */
export async function deploy(
  o: DeployOptions,
): Promise<{ result: Omit<ActionResult, 'reportPath'>; state: ReportState; run?: DeploymentResult }> {
  const { publisher, cancellation } = o;
  await publisher.start(o.state, o.annotations);
  const live = new LiveReport(o.state, { publish: (s) => publisher.update(s), ...o.live });
  let steps = o.plan.steps.length;
  const log = (e: RolloutEvent) => {
    if (e.type === 'deployment-started') steps = e.plan.steps.length;
    const line = progressLine(e, steps);
    if (!line) return;
    if (e.type === 'rollback-failed') core.error(line);
    else core.info(line);
  };
  if (o.provider.simulator) {
    core.info(
      `modelgate: ${o.provider.simulator.url} is a modelgate simulator; the rollout follows its clock (about ×${Math.round(o.provider.simulator.speed)})`,
    );
  }
  let run: DeploymentResult | undefined;
  let failure: Omit<ActionResult, 'reportPath'> | undefined;
  try {
    run = await core.group('modelgate: rollout', () =>
      runDeployment({
        loaded: o.loaded,
        plan: o.plan,
        provider: o.provider.ports,
        clock: o.provider.clock,
        signal: cancellation.signal,
        hardSignal: cancellation.hardSignal,
        listeners: [live.onEvent, log],
        ...(o.deploymentId ? { deploymentId: o.deploymentId } : {}),
        holder: o.holder,
        requireS3Artifact: o.provider.requireS3Artifact,
      }),
    );
  } catch (err) {
    // The engine throws only for input it refuses before anything moves, or on a bug of ours: either
    // way the reports must not be left "in progress".
    const invalid = err instanceof InputError;
    const summary = invalid
      ? `refused: ${err.problems.map(formatProblem).join('; ')}`
      : `modelgate failed unexpectedly: ${(err as Error)?.message ?? String(err)}; check the endpoint before the next deploy`;
    if (invalid) emitAnnotations(annotationsFromProblems(err.problems, { repoPath: o.repoPath }));
    live.onEvent({
      type: 'done',
      at: o.provider.clock.now(),
      deploymentId: o.deploymentId ?? live.state.deployment?.id ?? 'not-started',
      outcome: invalid ? 'refused' : 'unsafe',
      summary,
    });
    failure = {
      decision: invalid ? 'deny' : 'allow',
      reasonCode: invalid ? 'invalid_spec' : 'internal_error',
      finalStatus: invalid ? 'refused' : 'unsafe',
      message: summary,
      failed: true,
      plan: o.plan,
      ...(o.deploymentId ? { deploymentId: o.deploymentId } : {}),
    };
    if (!invalid) core.error((err as Error)?.stack ?? String(err));
  }
  const state = await live.finish();
  core.info(`modelgate: ${live.published} live report update(s) published`);
  const final = publisher.finish(state);
  if (cancellation.hardSignal.aborted) await within(final, LAST_WORDS_MS);
  else await final;
  if (!run) return { result: failure as Omit<ActionResult, 'reportPath'>, state };
  return { result: resultOf(run), state, run };
}
