import type { Clock } from '../clock.js';
import { ModelgateError } from '../errors.js';
import { ProviderError, type EndpointPort, type EndpointState } from './ports.js';

/** Statuses an endpoint stays in until someone acts. */
const SETTLED = new Set(['InService', 'Failed', 'UpdateRollbackFailed', 'OutOfService']);

export class WaitTimeoutError extends ModelgateError {
  readonly state: EndpointState | undefined;
  constructor(endpoint: string, seconds: number, state: EndpointState | undefined) {
    super('timeout', `${endpoint} did not settle within ${Math.round(seconds)}s (last status ${state?.status ?? 'unknown'})`);
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
}

/**
 * Polls DescribeEndpoint until the endpoint settles (InService, Failed, UpdateRollbackFailed) or
 * disappears, with exponential backoff and jitter through the clock, bounded by the timeout.
 * Throttling and transient errors that outlast the SDK's own retries count as "not yet".
 */
export async function waitSettled(o: WaitOptions): Promise<EndpointState | undefined> {
  const random = o.random ?? Math.random;
  const deadline = o.clock.now() + o.timeoutMs;
  let delay = o.initialDelayMs ?? 5_000;
  const maxDelay = o.maxDelayMs ?? 30_000;
  let last: EndpointState | undefined;
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
    if (settled) return last;
    const left = deadline - o.clock.now();
    if (left <= 0) throw new WaitTimeoutError(o.endpoint, o.timeoutMs / 1000, last);
    const jittered = delay * (0.5 + random() / 2);
    await o.clock.sleep(Math.min(jittered, left), o.signal);
    delay = Math.min(delay * 1.6, maxDelay);
  }
}
