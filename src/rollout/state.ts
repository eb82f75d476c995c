import { deploymentNames } from '../providers/sagemaker/names.js';
import type { Gate } from '../spec/types.js';
import {
  LockLost,
  RolloutAbort,
  DEFAULT_TUNING,
  makeEmitter,
  type Emit,
  type RolloutOptions,
  type Tuning,
} from './context.js';
import { describeControl, parseControl } from './control.js';
import type { ControlCommand } from './events.js';
import type { Layout } from './layout.js';
import { lockTags } from './lock.js';
import { ProviderError, type EndpointState } from './ports.js';
import { TAG, iso, type Phase } from './tags.js';
import { verifyState, type Expectation } from './verify.js';
import { waitSettled, WaitTimeoutError } from './wait.js';

/** What one run of a deployment knows and the helpers every phase of it uses. */
export class RolloutState {
  readonly t: Tuning;
  readonly emit: Emit;
  readonly endpoint: string;
  readonly names: ReturnType<typeof deploymentNames>;
  layout!: Layout;
  /** No endpoint existed: the candidate is the first model; rollback deletes the endpoint. */
  first = false;
  startedAt: number;
  deadlineAt: number;
  lockExpiresAt = 0;
  /** Set while a native (SageMaker-driven) update of this deployment is in flight. */
  abortAlarm?: string;
  nativeInFlight = false;
  /** The variant name the candidate serves under once it is the production variant. */
  servingVariant = '';
  /** Latest time a native deployment may still be running (its MaximumExecutionTimeout plus provisioning). */
  nativeDeadlineAt = Infinity;
  /** End of the newest metric period evaluated: the next step's window starts there, so no minute goes unread. */
  readonly cursor: { end?: number } = {};
  /** When the control tag was last read. */
  lastControlRead = -Infinity;
  /** Commands read during a wait, applied by the next bake. */
  pending: ControlCommand[] = [];

  constructor(readonly o: RolloutOptions) {
    this.t = { ...DEFAULT_TUNING, ...o.tuning };
    this.emit = makeEmitter(o);
    this.endpoint = o.plan.endpoint;
    this.names = deploymentNames({
      model: o.spec.model.name,
      endpoint: o.plan.endpoint,
      deploymentId: o.deploymentId,
    });
    this.startedAt = o.clock.now();
    this.deadlineAt = this.startedAt + o.spec.rollback.deadlineSeconds * 1000;
  }

  /** The gate rules with ids, as the plan's steps refer to them. */
  get gates(): Gate[] {
    return this.o.plan.gates ?? this.o.spec.gates.rules;
  }

  get endpoints() {
    return this.o.ports.endpoints;
  }

  now(): number {
    return this.o.clock.now();
  }

  /** Tags on every resource this deployment creates, so each one traces back to it. */
  get resourceTags(): Record<string, string> {
    return {
      ...this.o.spec.target.tags,
      [TAG.deploymentId]: this.o.deploymentId,
      'modelgate:model': this.o.spec.model.name,
    };
  }

  /** Tag writes are state for the next run; one that fails is reported, not fatal. */
  async tag(tags: Record<string, string>): Promise<void> {
    try {
      await this.endpoints.writeTags(this.endpoint, { ...tags, [TAG.updatedAt]: iso(this.now()) });
    } catch (err) {
      this.emit('warning', {
        message: `could not write endpoint tags (${Object.keys(tags).join(', ')}): ${(err as Error).message}`,
      });
    }
  }

  async setPhase(phase: Phase, extra: Record<string, string> = {}): Promise<void> {
    await this.tag({ [TAG.phase]: phase, [TAG.deploymentId]: this.o.deploymentId, ...extra });
  }

  async releaseLock(): Promise<void> {
    try {
      await this.endpoints.removeTags(this.endpoint, [TAG.lock, TAG.lockHolder, TAG.lockExpires]);
    } catch (err) {
      this.emit('warning', { message: `could not release the lock: ${(err as Error).message}` });
    }
  }

  async renewLockIfDue(): Promise<void> {
    const ttl = this.t.lockTtlSeconds * 1000;
    if (this.lockExpiresAt - this.now() > ttl / 2) return;
    this.lockExpiresAt = this.now() + ttl;
    await this.tag(lockTags(this.o.deploymentId, this.o.holder, this.lockExpiresAt));
  }

  checkDeadline(): void {
    if (this.now() > this.deadlineAt) {
      throw new RolloutAbort(
        'timeout',
        `the rollout passed its overall deadline of ${this.o.spec.rollback.deadlineSeconds}s`,
      );
    }
  }

  checkCancelled(): void {
    if (this.o.signal?.aborted)
      throw new RolloutAbort(
        'cancelled',
        `cancelled: ${String((this.o.signal.reason as Error)?.message ?? this.o.signal.reason)}`,
      );
  }

  /**
   * Reads the control tag. Commands outside `accept` stay queued for the next bake; each command
   * taken is acknowledged on the endpoint (control tag removed, `control-ack` written) and in the events.
   */
  async readControl(accept: ReadonlySet<ControlCommand['kind']>): Promise<ControlCommand | undefined> {
    let tags: Record<string, string>;
    this.lastControlRead = this.now();
    try {
      tags = await this.endpoints.readTags(this.endpoint);
    } catch (err) {
      if (err instanceof ProviderError && err.retryable) return undefined;
      throw err;
    }
    if (tags[TAG.lock] !== this.o.deploymentId) {
      throw new LockLost(
        `the lock on ${this.endpoint} now belongs to ${tags[TAG.lockHolder] ?? tags[TAG.lock] ?? 'nobody'}; stopped without touching the endpoint`,
      );
    }
    const raw = tags[TAG.control];
    if (!raw) return this.takePending(accept);
    const parsed = parseControl(raw);
    if ('error' in parsed) {
      this.emit('warning', { message: `control tag ignored: ${parsed.error}` });
      await this.ack(`rejected "${raw}"`);
      return undefined;
    }
    await this.ack(describeControl(parsed));
    if (!accept.has(parsed.kind)) {
      this.pending.push(parsed);
      this.emit('control-command', {
        command: parsed,
        acknowledged: true,
        note: 'queued: applies when the current endpoint update finishes',
      });
      return undefined;
    }
    return parsed;
  }

  private takePending(accept: ReadonlySet<ControlCommand['kind']>): ControlCommand | undefined {
    const i = this.pending.findIndex((c) => accept.has(c.kind));
    return i >= 0 ? this.pending.splice(i, 1)[0] : undefined;
  }

  private async ack(what: string): Promise<void> {
    try {
      await this.endpoints.removeTags(this.endpoint, [TAG.control]);
    } catch (err) {
      this.emit('warning', { message: `could not clear the control tag: ${(err as Error).message}` });
    }
    await this.tag({ [TAG.controlAck]: `${what} by ${this.o.deploymentId} at ${iso(this.now())}` });
  }

  /**
   * A control-plane call that rides out throttling and transient errors beyond the SDK's own
   * retries (a burst can outlast them), pausing through the clock.
   */
  call<T>(fn: () => Promise<T>, signal = this.o.signal): Promise<T> {
    return this.retrying(fn, (err) => err.kind === 'throttled' || err.kind === 'transient', signal);
  }

  /** DescribeEndpoint that rides out throttling beyond the SDK's retries. */
  describe(signal = this.o.signal): Promise<EndpointState | undefined> {
    return this.retrying(
      () => this.endpoints.describeEndpoint(this.endpoint),
      (err) => err.retryable,
      signal,
    );
  }

  private async retrying<T>(
    fn: () => Promise<T>,
    retry: (err: ProviderError) => boolean,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        if (!(err instanceof ProviderError && retry(err)) || attempt >= 5) throw err;
        await this.o.clock.sleep(2 ** attempt * 1000, signal);
      }
    }
  }

  /** How long each kind of update took on this endpoint so far (lower bounds), to poll at the right time. */
  private readonly learned = new Map<string, number>();

  /** Waits for the endpoint to settle, bounded by the step timeout and the overall deadline. */
  async settle(
    onPoll?: (s: EndpointState | undefined) => Promise<void>,
    extraMs = 0,
    kind?: 'weights' | 'config',
  ): Promise<EndpointState | undefined> {
    const stepMs = this.o.spec.rollback.stepTimeoutSeconds * 1000 + extraMs;
    const left = this.deadlineAt - this.now();
    try {
      return await waitSettled({
        clock: this.o.clock,
        endpoints: this.endpoints,
        endpoint: this.endpoint,
        timeoutMs: Math.max(0, Math.min(stepMs, left)),
        signal: this.o.signal,
        random: this.o.random,
        initialDelayMs: this.t.waitInitialSeconds * 1000,
        maxDelayMs: this.t.waitMaxSeconds * 1000,
        onPoll,
        ...(kind
          ? { expectedMs: this.learned.get(kind), onSettled: (ms: number) => this.learned.set(kind, ms) }
          : {}),
      });
    } catch (err) {
      if (err instanceof WaitTimeoutError) throw new RolloutAbort('timeout', err.message, { cause: err });
      throw err;
    }
  }

  /** After every wait: the endpoint must serve what was asked, not merely be InService. */
  verify(state: EndpointState | undefined, exp: Expectation, what: string): void {
    const v = verifyState(state, exp);
    if (v.ok) return;
    const prefix = v.kind === 'unverifiable' ? `cannot verify ${what}` : `${what} did not take effect`;
    throw new RolloutAbort('verification-failed', `${prefix}: ${v.detail}`);
  }
}
