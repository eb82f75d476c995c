import type { Clock } from '../../clock.js';

/**
 * `modelgate sim serve` runs its own clock, usually faster than real time (`--speed 60`). A rollout
 * against it must read and wait for time on that clock, or its bakes take real minutes and its
 * CloudWatch queries ask for the wrong minutes. The simulator answers `GET /` with its time, so a
 * client of it (the GitHub Action, `modelgate deploy --provider sagemaker` with an endpoint URL)
 * samples it, estimates the speed, and keeps re-sampling while the rollout runs. Call `stop()`.
 */

export interface SimulatorSample {
  /** Simulated time, ms since the epoch. */
  sim: number;
  /** performance.now() at the middle of the request. */
  real: number;
}

type Fetch = typeof globalThis.fetch;

/** One reading of the simulator's clock, or undefined when `url` is not a modelgate simulator. */
export async function sampleSimulator(
  url: string,
  fetchImpl: Fetch = globalThis.fetch,
  timeoutMs = 2_000,
): Promise<SimulatorSample | undefined> {
  const before = performance.now();
  let body: unknown;
  try {
    const res = await fetchImpl(`${url.replace(/\/+$/, '')}/`, { signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) return undefined;
    body = await res.json();
  } catch {
    return undefined;
  }
  const after = performance.now();
  const b = body as { service?: unknown; time?: unknown } | null;
  if (b?.service !== 'modelgate-simulator' || typeof b.time !== 'number' || !Number.isFinite(b.time))
    return undefined;
  return { sim: b.time * 1000, real: (before + after) / 2 };
}

export interface FollowingClock extends Clock {
  /** Simulated seconds per real second, as estimated so far. */
  readonly speed: number;
  stop(): void;
}

export interface FollowOptions {
  fetch?: Fetch;
  /** Real ms between the first two samples (the first speed estimate). Default 300. */
  sampleMs?: number;
  /** Real ms between later samples, which refine the speed over a longer baseline. Default 2000. */
  resyncMs?: number;
}

/** A clock that follows the simulator at `url`; undefined when `url` is not a modelgate simulator. */
export async function followSimulatorClock(
  url: string,
  o: FollowOptions = {},
): Promise<FollowingClock | undefined> {
  const fetchImpl = o.fetch ?? globalThis.fetch;
  const first = await sampleSimulator(url, fetchImpl);
  if (!first) return undefined;
  await new Promise((r) => setTimeout(r, o.sampleMs ?? 300));
  let latest = (await sampleSimulator(url, fetchImpl)) ?? first;
  const estimate = (a: SimulatorSample, b: SimulatorSample) =>
    b.real - a.real > 0 && b.sim > a.sim ? (b.sim - a.sim) / (b.real - a.real) : 1;
  let speed = estimate(first, latest);
  let returned = -Infinity;

  const now = () => {
    // Never backwards, even when a new sample moves the estimate back a little.
    returned = Math.max(returned, latest.sim + (performance.now() - latest.real) * speed);
    return returned;
  };
  let busy = false;
  const timer = setInterval(async () => {
    if (busy) return;
    busy = true;
    const s = await sampleSimulator(url, fetchImpl).finally(() => (busy = false));
    if (s) {
      latest = s;
      speed = estimate(first, s);
    }
  }, o.resyncMs ?? 2_000);
  timer.unref?.();

  return {
    get speed() {
      return speed;
    },
    now,
    stop: () => clearInterval(timer),
    sleep(ms, signal) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const due = now() + Math.max(0, ms);
        let t: NodeJS.Timeout | undefined;
        const onAbort = () => {
          clearTimeout(t);
          reject(signal?.reason);
        };
        const tick = () => {
          const left = due - now();
          if (left <= 0) {
            signal?.removeEventListener('abort', onAbort);
            return resolve();
          }
          // Re-check at least every second: the speed estimate may change while sleeping.
          t = setTimeout(tick, Math.max(1, Math.min(left / speed, 1_000)));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        tick();
      });
    },
  };
}
