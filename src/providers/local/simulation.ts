import { AlarmEngine } from './alarms.js';
import { CaptureWriter } from './data-capture.js';
import { MetricStore, type Aggregate, type Dimension } from './metric-store.js';
import { Rng } from './rng.js';
import { computeRouting } from './routing.js';
import { Scheduler, type ScheduledEvent } from './scheduler.js';
import type { ModelPackageSeed, ResolvedScenario, Timings } from './scenario/types.js';
import type { SimClock } from './sim-clock.js';
import type { EndpointConfigRecord, EndpointRecord, ModelRecord } from './state.js';
import { generateWindow, METRIC_UNITS, MinuteMetrics, NAMESPACE } from './traffic.js';

export interface ModelPackageRecord extends ModelPackageSeed {
  arn: string;
  creationTime: number;
  lastModifiedTime: number;
}

export interface SimulationOptions {
  clock: SimClock;
  scenario: ResolvedScenario;
  seed: number;
  dataDir: string;
  timings: Timings;
  /** Told about an error thrown by a scheduled event (a simulator bug); the world goes on. */
  onEventError?(err: unknown, label: string): void;
}

/**
 * The simulated world: resources, the event queue, metrics and alarms. Time moves only through
 * `catchUp()`, which runs every due event at its own simulated time before a request is handled
 * (and from a background pump), so the outcome depends on simulated time, never on real timing.
 */
export class Simulation {
  readonly clock: SimClock;
  readonly scenario: ResolvedScenario;
  readonly seed: number;
  readonly timings: Timings;
  readonly dataDir: string;
  /** Simulated time the scenario's offsets count from. */
  readonly t0: number;
  readonly account: string;

  readonly models = new Map<string, ModelRecord>();
  readonly configs = new Map<string, EndpointConfigRecord>();
  /** By lower-cased name: endpoint names are unique regardless of case. */
  readonly endpoints = new Map<string, EndpointRecord>();
  readonly packages = new Map<string, ModelPackageRecord>();
  /** Tags by resource ARN, in insertion order. */
  readonly tags = new Map<string, Map<string, string>>();
  readonly metrics: MetricStore;
  readonly alarms: AlarmEngine;
  readonly capture: CaptureWriter;

  private readonly scheduler = new Scheduler();
  private current: number;
  private recentlyDeleted: EndpointRecord[] = [];
  private fleetSeq = 0;
  private requestSeq = 0;
  private running = false;
  private readonly errors: unknown[] = [];
  private readonly onEventError?: (err: unknown, label: string) => void;

  constructor(o: SimulationOptions) {
    this.clock = o.clock;
    this.scenario = o.scenario;
    this.seed = o.seed;
    this.timings = o.timings;
    this.dataDir = o.dataDir;
    this.onEventError = o.onEventError;
    this.t0 = o.clock.now();
    this.current = this.t0;
    this.account = o.scenario.account;
    this.metrics = new MetricStore(o.scenario.metricRetentionMs);
    this.capture = new CaptureWriter(o.dataDir, o.seed);
    this.alarms = new AlarmEngine(this);
    for (const p of o.scenario.modelPackages) {
      const arn = `arn:aws:sagemaker:${o.scenario.region}:${this.account}:model-package/${p.name.toLowerCase()}`;
      this.packages.set(p.name.toLowerCase(), {
        ...p,
        arn,
        creationTime: this.t0,
        lastModifiedTime: this.t0,
      });
    }
    const firstMinute = Math.floor(this.t0 / 60_000) * 60_000 + 60_000;
    this.scheduler.schedule(firstMinute, 'minute', () => this.minuteTick(firstMinute));
  }

  /** Current simulated time (ms): the time of the event running, or of the last catch-up. */
  get now(): number {
    return this.current;
  }

  /** Runs every event due up to the clock's now, each at its own time. */
  catchUp(): void {
    if (this.running) return; // re-entrant call from inside an event
    this.running = true;
    try {
      const target = this.clock.now();
      for (;;) {
        const ev = this.scheduler.popDue(target);
        if (!ev) break;
        if (ev.at > this.current) this.current = ev.at;
        try {
          ev.run();
        } catch (err) {
          // A bug in one event must not stop the world; it is kept for stop() and tests to report.
          this.errors.push(err);
          this.onEventError?.(err, ev.label);
        }
      }
      if (target > this.current) this.current = target;
    } finally {
      this.running = false;
    }
  }

  /** Errors thrown by scheduled events (should stay empty). */
  get eventErrors(): readonly unknown[] {
    return this.errors;
  }

  nextEventTime(): number | undefined {
    return this.scheduler.peekTime();
  }

  at(time: number, label: string, run: () => void): ScheduledEvent {
    return this.scheduler.schedule(Math.max(time, this.current), label, run);
  }

  after(ms: number, label: string, run: () => void): ScheduledEvent {
    return this.at(this.current + Math.max(0, ms), label, run);
  }

  nextFleetId(): number {
    return ++this.fleetSeq;
  }

  /** A fresh random stream for one API request (runtime invocations, throttling draws). */
  requestRng(kind: string): Rng {
    return new Rng(this.seed, kind, this.requestSeq++);
  }

  arn(region: string, type: string, name: string): string {
    return `arn:aws:sagemaker:${region}:${this.account}:${type}/${name.toLowerCase()}`;
  }

  /** Records the endpoint's routing as of now (call after every change of weights, fleets or status). */
  recordRouting(e: EndpointRecord): void {
    const routing = computeRouting(e);
    const last = e.timeline[e.timeline.length - 1];
    if (last && last.at === this.current) last.routing = routing;
    else e.timeline.push({ at: this.current, routing });
  }

  endpointDeleted(e: EndpointRecord): void {
    e.deletedAt = this.current;
    this.recentlyDeleted.push(e);
  }

  /** Scenario faults of a type active now. */
  activeFaults<T extends ResolvedScenario['faults'][number]['type']>(
    type: T,
  ): Array<Extract<ResolvedScenario['faults'][number], { type: T }>> {
    const t = this.current - this.t0;
    return this.scenario.faults.filter((f) => f.type === type && t >= f.from && t < f.to) as Array<
      Extract<ResolvedScenario['faults'][number], { type: T }>
    >;
  }

  /** Whether a throttling fault rejects this call now. */
  throttled(service: 'sagemaker' | 'cloudwatch', operation: string): boolean {
    for (const f of this.activeFaults('throttling')) {
      if (f.service !== 'all' && f.service !== service) continue;
      if (f.operations && !f.operations.includes(operation)) continue;
      if (f.probability >= 1 || this.requestRng('throttle').uniform() < f.probability) return true;
    }
    return false;
  }

  private minuteTick(boundary: number): void {
    const from = boundary - 60_000;
    const minute = new MinuteMetrics();
    for (const e of [...this.endpoints.values(), ...this.recentlyDeleted]) {
      const captured = { n: 0 };
      generateWindow(this, e, from, boundary, minute, captured);
      // Keep only the routing in force at the boundary.
      const last = e.timeline.filter((x) => x.at <= boundary).pop();
      e.timeline = e.timeline.filter((x) => x.at > boundary);
      if (last) e.timeline.unshift({ at: boundary, routing: last.routing });
    }
    this.recentlyDeleted = this.recentlyDeleted.filter((e) => (e.deletedAt ?? 0) >= boundary);
    for (const { dims, metric, agg } of minute.entries()) {
      this.metrics.mergeMinute(NAMESPACE, metric, dims, from, agg, METRIC_UNITS[metric]);
    }
    this.capture.flush();
    this.metrics.prune(boundary);
    this.alarms.evaluateAll(boundary);
    this.scheduler.schedule(boundary + 60_000, 'minute', () => this.minuteTick(boundary + 60_000));
  }

  /** Adds one live response (InvokeEndpoint) to the current minute's metrics. */
  recordLive(dims: Dimension[][], record: (agg: (metric: string) => Aggregate) => void): void {
    for (const d of dims)
      record((m) => this.metrics.aggregate(NAMESPACE, m, d, this.current, METRIC_UNITS[m]));
  }
}
