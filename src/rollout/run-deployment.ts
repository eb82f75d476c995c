import { randomBytes } from 'node:crypto';
import { systemClock, type Clock } from '../clock.js';
import { InputError } from '../errors.js';
import { planRollout } from '../plan/plan.js';
import type { Plan } from '../plan/types.js';
import type { LoadedSpec } from '../spec/types.js';
import type { Tuning } from './context.js';
import type { RolloutEvent, RolloutListener, RolloutOutcome } from './events.js';
import { executeRollout, type RolloutResult } from './executor.js';
import type { RolloutPorts } from './ports.js';

export interface RunDeploymentOptions {
  loaded: LoadedSpec;
  /** The provider's ports (createSageMakerProvider, or fakes in tests). */
  provider: RolloutPorts;
  clock?: Clock;
  /** Cancel: roll back at once (SIGINT / SIGTERM, a cancelled workflow). */
  signal?: AbortSignal;
  /** The process is about to be killed: stop waiting for the rollback to be verified. */
  hardSignal?: AbortSignal;
  listeners?: RolloutListener[];
  /** Same id on a re-run resumes (or cleanly rolls back) that deployment; default a fresh id. */
  deploymentId?: string;
  /** Who runs it, shown to a run refused by the lock. */
  holder?: string;
  /** Defaults to planRollout(spec). */
  plan?: Plan;
  /** Real SageMaker needs an s3:// artifact (or a model package); the simulator takes any. */
  requireS3Artifact?: boolean;
  tuning?: Partial<Tuning>;
  random?: () => number;
}

export interface DeploymentResult extends RolloutResult {
  deploymentId: string;
  /** 0 promoted (or baseline kept as the spec decided), 1 rolled back or refused, 3 unsafe. */
  exitCode: 0 | 1 | 3;
  plan: Plan;
  events: RolloutEvent[];
}

export const DEPLOYMENT_ID = /^[A-Za-z0-9][A-Za-z0-9._:/=+@-]{0,127}$/;

export function exitCodeFor(outcome: RolloutOutcome): 0 | 1 | 3 {
  if (outcome === 'promoted' || outcome === 'kept-baseline') return 0;
  if (outcome === 'unsafe') return 3;
  return 1;
}

/** `mg-<time base36>-<4 hex>`: unique, sortable, and short enough for resource names. */
export function newDeploymentId(clock: Clock = systemClock): string {
  return `mg-${Math.floor(clock.now()).toString(36)}-${randomBytes(2).toString('hex')}`;
}

function preflight(o: RunDeploymentOptions): void {
  const { spec, file, locate } = o.loaded;
  const at = (path: string) => ({ file, path, ...(locate(path) ?? {}) });
  const problems = [];
  if (o.requireS3Artifact && !spec.model.artifact.startsWith('s3://') && !spec.model.modelPackageArn) {
    problems.push({
      ...at('model.artifact'),
      message: `"${spec.model.artifact}" is not in S3; SageMaker loads models from S3`,
      expected: 'an s3:// URI or model.modelPackageArn',
    });
  }
  if (spec.strategy.type === 'shadow' && spec.strategy.agreement && !spec.target.dataCapture?.enabled) {
    problems.push({
      ...at('strategy.agreement'),
      message: 'prediction agreement is read from data capture, which is off',
      expected: 'target.dataCapture with a destination',
    });
  }
  if (o.deploymentId !== undefined && !DEPLOYMENT_ID.test(o.deploymentId)) {
    problems.push({
      file: '--deployment-id',
      message: `"${o.deploymentId}" is not a valid deployment id`,
      expected: 'letters, digits and ._:/=+@- (at most 128)',
    });
  }
  if (problems.length) throw new InputError(problems);
}

/**
 * Plans and runs one deployment: the composition the CLI and the GitHub Action both call. Emits
 * every RolloutEvent to the listeners as it happens and returns the outcome with its exit code.
 * Throws only for bad input (before anything moves); rollout failures are outcomes.
 */
export async function runDeployment(o: RunDeploymentOptions): Promise<DeploymentResult> {
  preflight(o);
  const clock = o.clock ?? systemClock;
  const plan = o.plan ?? planRollout(o.loaded.spec);
  const deploymentId = o.deploymentId ?? newDeploymentId(clock);
  const events: RolloutEvent[] = [];
  const result = await executeRollout({
    spec: o.loaded.spec,
    plan,
    deploymentId,
    holder: o.holder ?? deploymentId,
    ports: o.provider,
    clock,
    signal: o.signal,
    hardSignal: o.hardSignal,
    random: o.random,
    tuning: o.tuning,
    emit: (e) => {
      events.push(e);
      for (const l of o.listeners ?? []) {
        try {
          l(e);
        } catch {
          // A failing reporter must not stop the rollout.
        }
      }
    },
  });
  return { ...result, deploymentId, exitCode: exitCodeFor(result.outcome), plan, events };
}
