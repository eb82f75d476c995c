import type { Clock } from '../clock.js';
import { ModelgateError } from '../errors.js';
import type { Plan } from '../plan/types.js';
import type { Spec } from '../spec/types.js';
import type { RollbackReason, RolloutEvent } from './events.js';
import type { RolloutPorts } from './ports.js';

/** Knobs with safe defaults; tests and the bench shorten them. All in seconds of the clock. */
export interface Tuning {
  /** How often a bake reads the control tag (and renews the lock). */
  pollSeconds: number;
  /** Wait after a metric period ends before reading it (CloudWatch publishing delay). */
  evaluationDelaySeconds: number;
  lockTtlSeconds: number;
  /** Pause between writing the lock and reading it back. */
  lockSettleSeconds: number;
  waitInitialSeconds: number;
  waitMaxSeconds: number;
  /** Attempts at a rollback before it is reported as failed. */
  rollbackAttempts: number;
}

export const DEFAULT_TUNING: Tuning = {
  pollSeconds: 30,
  evaluationDelaySeconds: 10,
  lockTtlSeconds: 900,
  lockSettleSeconds: 2,
  waitInitialSeconds: 1,
  waitMaxSeconds: 10,
  rollbackAttempts: 3,
};

export interface RolloutOptions {
  spec: Spec;
  plan: Plan;
  deploymentId: string;
  /** Who holds the lock, for the refusal message (e.g. `github run 42 (octocat)`). */
  holder: string;
  ports: RolloutPorts;
  clock: Clock;
  /** Cancel (SIGINT / SIGTERM): roll back now. */
  signal?: AbortSignal;
  /** The process is about to be killed: stop waiting for the rollback to be verified. */
  hardSignal?: AbortSignal;
  emit: (e: RolloutEvent) => void;
  random?: () => number;
  tuning?: Partial<Tuning>;
}

/** Stops the plan and rolls back. */
export class RolloutAbort extends ModelgateError {
  readonly reason: RollbackReason;
  constructor(reason: RollbackReason, message: string, options?: { cause?: unknown }) {
    super(reason, message, options);
    this.name = 'RolloutAbort';
    this.reason = reason;
  }
}

type Payload<T extends RolloutEvent['type']> = Omit<
  Extract<RolloutEvent, { type: T }>,
  'type' | 'at' | 'deploymentId'
>;

export function makeEmitter(o: Pick<RolloutOptions, 'emit' | 'clock' | 'deploymentId'>) {
  return <T extends RolloutEvent['type']>(type: T, payload: Payload<T>): void => {
    const event = {
      type,
      at: o.clock.now(),
      deploymentId: o.deploymentId,
      ...payload,
    } as unknown as RolloutEvent;
    try {
      o.emit(event);
    } catch {
      // A reporter that throws must not stop a rollout or a rollback.
    }
  };
}

export type Emit = ReturnType<typeof makeEmitter>;

/** Another run (a forced manual rollback, a takeover after our lock expired) owns the endpoint now. */
export class LockLost extends ModelgateError {
  constructor(message: string) {
    super('lock_lost', message);
    this.name = 'LockLost';
  }
}
