import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ModelgateError } from '../../errors.js';
import { defaultScenario } from './scenario/defaults.js';
import { loadScenarioFile, resolveScenario } from './scenario/load.js';
import type { ModelPackageSeed, ResolvedScenario, Scenario, Timings } from './scenario/types.js';
import { Activity, createSimServer } from './server.js';
import { createSimClock, type SimClock } from './sim-clock.js';
import { Simulation } from './simulation.js';

export { createSimClock, type SimClock, type SimClockOptions } from './sim-clock.js';
export { loadScenarioFile, parseScenario, resolveScenario } from './scenario/load.js';
export { scenarioSchema } from './scenario/schema.js';
export { defaultScenario, DEFAULT_TIMINGS } from './scenario/defaults.js';
export type * from './scenario/types.js';
export { PROFILE_ENV } from './profiles.js';

export const DEFAULT_SEED = 1;
/** Manual clock: real idle time the server must see after a sleeper wakes before time moves on. */
const MANUAL_SETTLE_IDLE_MS = 3;
const MANUAL_SETTLE_MAX_MS = 2000;

export interface StartSimulatorOptions {
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** A scenario object, or the path of a YAML scenario file. Default: steady traffic, healthy models. */
  scenario?: Scenario | string;
  /** Simulated seconds per real second (default 1). Ignored when `clock` or `manual` is given. */
  speed?: number;
  /** Seed of every random draw (default: the scenario's seed, else 1). */
  seed?: number;
  /** Where data capture lands for s3:// and relative destinations (default: a temp dir removed on stop). */
  dataDir?: string;
  /** Keep the default temp data dir after stop (the CLI does, so captured data can be read). */
  keepDataDir?: boolean;
  /** Simulated lifecycle durations in milliseconds, over the scenario's `timings`. */
  durations?: Partial<Timings>;
  /** Simulated start time (default: the scenario's `start`, else now). */
  start?: number | Date;
  /** Use this clock (the engine gets the same object). */
  clock?: SimClock;
  /** Create a manual clock that moves only through `advance()` (deterministic tests). */
  manual?: boolean;
  /** Called with unexpected errors (simulator bugs); requests still get an InternalFailure answer. */
  onInternalError?(err: unknown, where: string): void;
  /** Registry packages added to the scenario's, unless it already has one of the same name. */
  extraModelPackages?: ModelPackageSeed[];
}

export interface SimulatorHandle {
  /** `http://127.0.0.1:PORT`: the endpoint for the SageMaker, CloudWatch and SageMaker Runtime clients. */
  url: string;
  port: number;
  clock: SimClock;
  seed: number;
  dataDir: string;
  scenario: ResolvedScenario;
  /** Manual clocks: moves simulated time forward and runs everything due. */
  advance(ms: number): Promise<void>;
  /** Runs every simulated event due by the clock's now (requests do this themselves). */
  settle(): void;
  /** Unexpected errors seen so far (should stay empty). */
  readonly internalErrors: readonly unknown[];
  stop(): Promise<void>;
}

/** Starts the SageMaker + CloudWatch + SageMaker Runtime simulator on 127.0.0.1. */
export async function startSimulator(options: StartSimulatorOptions = {}): Promise<SimulatorHandle> {
  const scenario: ResolvedScenario =
    options.scenario === undefined
      ? defaultScenario()
      : typeof options.scenario === 'string'
        ? await loadScenarioFile(options.scenario)
        : resolveScenario(options.scenario);
  for (const extra of options.extraModelPackages ?? []) {
    const known = scenario.modelPackages.some((p) => p.name.toLowerCase() === extra.name.toLowerCase());
    if (!known) scenario.modelPackages.push(extra);
  }
  const clock =
    options.clock ??
    createSimClock({
      speed: options.speed ?? 1,
      start: options.start ?? scenario.start,
      manual: options.manual ?? false,
    });
  const seed = options.seed ?? scenario.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new ModelgateError('invalid_seed', `seed must be an integer from 0 to 4294967295, got ${seed}`);
  const ownDir = options.dataDir === undefined && !options.keepDataDir;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'modelgate-sim-'));
  const timings = { ...scenario.timings, ...options.durations };
  const sim = new Simulation({
    clock,
    scenario,
    seed,
    dataDir,
    timings,
    onEventError: (err, label) => options.onInternalError?.(err, `simulated event "${label}"`),
  });
  const internalErrors: unknown[] = [];
  const activity = new Activity();
  const server = createSimServer(sim, {
    activity,
    onInternalError(err, where) {
      internalErrors.push(err);
      options.onInternalError?.(err, where);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (options.dataDir === undefined) rmSync(dataDir, { recursive: true, force: true });
      reject(
        err.code === 'EADDRINUSE'
          ? new ModelgateError(
              'sim_port_in_use',
              `port ${options.port} on 127.0.0.1 is already in use; choose another with --port`,
            )
          : err,
      );
    });
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  // Background pump: runs due events (state changes, minute ticks, capture files) without requests.
  // A manual clock drives the world from its own steps instead, and lets every woken sleeper's
  // requests be served at the sleeper's time before it moves on.
  const pump = new AbortController();
  const unsubscribe: Array<() => void> = [];
  if (clock.mode === 'manual') {
    unsubscribe.push(clock.onAdvance(() => sim.catchUp()));
    unsubscribe.push(clock.onSettle(() => activity.idle(MANUAL_SETTLE_IDLE_MS, MANUAL_SETTLE_MAX_MS)));
  }
  void (async () => {
    while (clock.mode === 'scaled' && !pump.signal.aborted) {
      const next = sim.nextEventTime();
      const wait = next === undefined ? 60_000 : Math.min(60_000, Math.max(0, next - clock.now()));
      try {
        await clock.sleep(wait, pump.signal);
      } catch {
        return;
      }
      sim.catchUp();
    }
  })();

  let stopped = false;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    clock,
    seed,
    dataDir,
    scenario,
    get internalErrors() {
      return [...internalErrors, ...sim.eventErrors];
    },
    async advance(ms: number) {
      await clock.advance(ms);
      sim.catchUp();
    },
    settle: () => sim.catchUp(),
    async stop() {
      if (stopped) return;
      stopped = true;
      pump.abort();
      for (const u of unsubscribe) u();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      sim.capture.flush();
      if (ownDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
