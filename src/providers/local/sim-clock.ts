import type { Clock } from '../../clock.js';

/**
 * A clock whose time the simulator owns. `scaled` runs `speed` simulated seconds per real second;
 * `manual` only moves when `advance()` is called (unit tests), which makes every run identical.
 */
export interface SimClock extends Clock {
  readonly mode: 'scaled' | 'manual';
  /** Simulated seconds per real second (1 for a manual clock, where it has no meaning). */
  readonly speed: number;
  /** Simulated time (ms since the epoch) when the clock was created. */
  readonly start: number;
  /**
   * Manual clocks: moves time forward by `ms`, waking every sleeper whose deadline falls inside, in
   * deadline order, and letting each one's continuation run before moving on. Scaled clocks reject it.
   */
  advance(ms: number): Promise<void>;
  /** Real milliseconds that `simMs` of simulated time take on this clock (Infinity when manual). */
  toRealMs(simMs: number): number;
  /** Called after time moved (manual: after each step of `advance`); returns an unsubscribe function. */
  onAdvance(listener: (now: number) => void): () => void;
  /**
   * Manual clocks: after waking a sleeper, `advance` awaits these before moving time on, so work
   * the sleeper started (an HTTP call to the simulator) is served at the sleeper's own time.
   * Scaled clocks ignore them. Returns an unsubscribe function.
   */
  onSettle(settler: () => Promise<void>): () => void;
}

export interface SimClockOptions {
  /** Simulated seconds per real second; default 1. Ignored when `manual`. */
  speed?: number;
  /** Simulated start time (ms since the epoch or a Date); default the real time now. */
  start?: number | Date;
  /** A clock that only moves through `advance(ms)`. */
  manual?: boolean;
}

interface Sleeper {
  due: number;
  seq: number;
  resolve(): void;
}

export function createSimClock(options: SimClockOptions = {}): SimClock {
  const start = options.start instanceof Date ? options.start.getTime() : (options.start ?? Date.now());
  if (!Number.isFinite(start))
    throw new RangeError(`createSimClock: start must be a finite time, got ${String(options.start)}`);
  return options.manual ? manualClock(start) : scaledClock(start, options.speed ?? 1);
}

function scaledClock(start: number, speed: number): SimClock {
  if (!Number.isFinite(speed) || speed <= 0)
    throw new RangeError(`createSimClock: speed must be a positive number, got ${speed}`);
  const realStart = performance.now();
  const listeners = new Set<(now: number) => void>();
  const now = () => start + (performance.now() - realStart) * speed;
  const clock: SimClock = {
    mode: 'scaled',
    speed,
    start,
    now,
    toRealMs: (simMs) => simMs / speed,
    advance: () => Promise.reject(new Error('advance() is only available on a manual SimClock')),
    onSettle: () => () => undefined,
    onAdvance(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    sleep(ms, signal) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const due = now() + Math.max(0, ms);
        let timer: NodeJS.Timeout | undefined;
        const onAbort = () => {
          clearTimeout(timer);
          reject(signal?.reason);
        };
        // Timers truncate fractional delays and may fire a hair early against performance.now():
        // re-arm until this clock's time has really reached the deadline.
        const arm = () => {
          const left = due - now();
          if (left <= 0) {
            signal?.removeEventListener('abort', onAbort);
            resolve();
            return;
          }
          timer = setTimeout(arm, Math.max(1, Math.ceil(left / speed)));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        arm();
      });
    },
  };
  return clock;
}

function manualClock(start: number): SimClock {
  let current = start;
  let seq = 0;
  let sleepers: Sleeper[] = [];
  const listeners = new Set<(now: number) => void>();
  const settlers = new Set<() => Promise<void>>();
  const notify = () => {
    for (const l of [...listeners]) l(current);
  };
  // Lets promise continuations (and the I/O callbacks they are waiting on) run between steps.
  const settle = () => new Promise<void>((r) => setImmediate(r));
  let advancing: Promise<void> = Promise.resolve();
  const clock: SimClock = {
    mode: 'manual',
    speed: 1,
    start,
    now: () => current,
    toRealMs: () => Infinity,
    onAdvance(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onSettle(settler) {
      settlers.add(settler);
      return () => settlers.delete(settler);
    },
    sleep(ms, signal) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const sleeper: Sleeper = { due: current + Math.max(0, ms), seq: seq++, resolve };
        if (ms <= 0) return resolve();
        const onAbort = () => {
          sleepers = sleepers.filter((s) => s !== sleeper);
          reject(signal?.reason);
        };
        sleeper.resolve = () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        sleepers.push(sleeper);
      });
    },
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0)
        return Promise.reject(new RangeError(`advance: ms must be >= 0, got ${ms}`));
      // Serialise concurrent advance() calls so time never goes backwards.
      const run = async () => {
        const target = current + ms;
        for (;;) {
          sleepers.sort((a, b) => a.due - b.due || a.seq - b.seq);
          const next = sleepers[0];
          if (!next || next.due > target) break;
          sleepers.shift();
          if (next.due > current) current = next.due;
          notify();
          next.resolve();
          await settle();
          for (const s of [...settlers]) await s();
        }
        current = target;
        notify();
        await settle();
      };
      advancing = advancing.then(run, run);
      return advancing;
    },
  };
  return clock;
}
