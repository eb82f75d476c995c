import type { RolloutEvent } from '../src/rollout/events.js';
import { reduceReport } from '../src/report/state.js';
import type { ReportState } from '../src/report/types.js';

/** Events a reader wants to see at once: a step begins or ends, a rollback, a command, the end. */
const IMPORTANT = new Set<RolloutEvent['type']>([
  'deployment-started',
  'step-started',
  'step-passed',
  'control-command',
  'promoted',
  'rolling-back',
  'rolled-back',
  'rollback-failed',
  'done',
]);

export interface LiveReportOptions {
  /** Publishes the report (comment, check run, summary). Called one at a time, never concurrently. */
  publish(state: ReportState): Promise<void>;
  /** Real ms between updates for routine events (traffic, metrics, gates). Default 15 s. */
  intervalMs?: number;
  /** Real ms at least between two updates, important events included. Default 3 s. */
  minGapMs?: number;
  /** Real time; GitHub's rate limits are in real time, whatever clock the rollout runs on. */
  now?: () => number;
}

/**
 * Folds rollout events into the report and publishes it live, rate-limited: an important event is
 * published as soon as `minGapMs` allows, routine ones at most every `intervalMs`, and bursts are
 * coalesced into one update of the newest state. The listener never blocks or throws into the
 * engine; `finish()` waits for the update in flight and returns the final state.
 */
export class LiveReport {
  private current: ReportState;
  private lastPublish = -Infinity;
  private dirty = false;
  private urgent = false;
  private timer?: NodeJS.Timeout;
  private inFlight?: Promise<void>;
  private finished = false;
  private readonly intervalMs: number;
  private readonly minGapMs: number;
  private readonly now: () => number;
  /** Updates published so far (for the log). */
  published = 0;

  constructor(
    initial: ReportState,
    private readonly o: LiveReportOptions,
  ) {
    this.current = initial;
    this.intervalMs = o.intervalMs ?? 15_000;
    this.minGapMs = o.minGapMs ?? 3_000;
    this.now = o.now ?? (() => performance.now());
  }

  get state(): ReportState {
    return this.current;
  }

  /** The rollout listener. */
  readonly onEvent = (event: RolloutEvent): void => {
    this.current = reduceReport(this.current, event);
    if (this.finished) return;
    this.dirty = true;
    if (IMPORTANT.has(event.type)) this.urgent = true;
    this.schedule();
  };

  private schedule(): void {
    if (!this.dirty || this.inFlight || this.finished) return;
    const due = this.lastPublish + (this.urgent ? this.minGapMs : this.intervalMs);
    const wait = Math.max(0, due - this.now());
    if (this.timer) {
      // An urgent event may bring the pending update forward.
      if (!this.urgent) return;
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, wait);
    this.timer.unref?.();
  }

  private flush(): void {
    if (this.inFlight || !this.dirty) return;
    this.dirty = false;
    this.urgent = false;
    this.lastPublish = this.now();
    this.published++;
    this.inFlight = this.o
      .publish(this.current)
      .catch(() => undefined)
      .finally(() => {
        this.inFlight = undefined;
        this.schedule();
      });
  }

  /** Stops live updates: cancels a pending one and waits for the one in flight. */
  async finish(): Promise<ReportState> {
    this.finished = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.inFlight;
    return this.current;
  }
}
