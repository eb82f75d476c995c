import type { Clock } from '../clock.js';
import { ModelgateError } from '../errors.js';
import { ProviderError, type EndpointPort, type EndpointState } from './ports.js';

/** Statuses an endpoint stays in until someone acts. */
const SETTLED = new Set(['InService', 'Failed', 'UpdateRollbackFailed', 'OutOfService']);

export class WaitTimeoutError extends ModelgateError {
  readonly state: EndpointState | undefined;
  constructor(endpoint: string, seconds: number, state: EndpointState | undefined) {
    super(
      'timeout',
      `${endpoint} did not settle within ${Math.round(seconds)}s (last status ${state?.status ?? 'unknown'})`,
    );
    this.state = state;
  }
}

export interface WaitOptions {
  clock: Clock;
  endpoints: EndpointPort;
  endpoint: string;
  /** The step timeout (or what is left of the overall deadline, whichever is sooner). */
  timeoutMs: number;
  signal?: AbortSignal;
  /** [0,1) source for jitter; injectable so tests are repeatable. */
  random?: () => number;
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Runs after each poll (control tag, gates during a native update); throw to stop waiting. */
  onPoll?: (state: EndpointState | undefined) => Promise<void>;
  /**
   * How long this kind of update took last time on this endpoint: the first poll comes just
   * before it, then polls tighten from `initialDelayMs`, so a settled endpoint is noticed quickly.
   */
  expectedMs?: number;
  /** Told how long the wait took (up to the last poll that still saw it busy: a lower bound). */
  onSettled?: (busyAtLeastMs: number) => void;
}

/**
 * Polls DescribeEndpoint until the endpoint settles (InService, Failed, UpdateRollbackFailed) or
 * disappears, with exponential backoff and jitter through the clock, bounded by the timeout.
 * Throttling and transient errors that outlast the SDK's own retries count as "not yet".
 */
export async function waitSettled(o: WaitOptions): Promise<EndpointState | undefined> {
  const random = o.random ?? Math.random;
  const deadline = o.clock.now() + o.timeoutMs;
  let delay = o.initialDelayMs ?? 1_000;
  const maxDelay = o.maxDelayMs ?? 10_000;
  let last: EndpointState | undefined;
  const started = o.clock.now();
  let lastBusy = started;
  if (o.expectedMs !== undefined && o.expectedMs > 0) {
    await o.clock.sleep(Math.min(o.expectedMs * 0.9, o.timeoutMs), o.signal);
  }
  for (;;) {
    o.signal?.throwIfAborted();
    let settled = false;
    try {
      last = await o.endpoints.describeEndpoint(o.endpoint);
      settled = !last || SETTLED.has(last.status);
    } catch (err) {
      if (!(err instanceof ProviderError && err.retryable)) throw err;
    }
    await o.onPoll?.(last);
    if (settled) {
      o.onSettled?.(lastBusy - started);
      return last;
    }
    lastBusy = o.clock.now();
    const left = deadline - o.clock.now();
    if (left <= 0) throw new WaitTimeoutError(o.endpoint, o.timeoutMs / 1000, last);
    const jittered = delay * (0.5 + random() / 2);
    await o.clock.sleep(Math.min(jittered, left), o.signal);
    delay = Math.min(delay * 1.5, maxDelay);
  }
}
