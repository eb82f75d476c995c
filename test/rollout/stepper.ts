import type { Clock } from '../../src/clock.js';
import type { SimClock } from '../../src/providers/local/sim-clock.js';

/**
 * Runs engines on the simulator's manual clock so that simulated time moves only while every
 * engine is asleep on the clock: API calls take no simulated time, and event times (detection
 * latency, rollback start) are exact whatever the machine's load.
 */
export class Stepper {
  private readonly engines: Array<{ waiting: Map<number, number>; done: boolean }> = [];
  private seq = 0;

  constructor(
    private readonly base: SimClock,
    private readonly advance: (ms: number) => Promise<void>,
  ) {}

  /** A clock for one engine; the stepper waits for it to sleep before moving time. */
  clock(): Clock & { finish(): void } {
    const engine = { waiting: new Map<number, number>(), done: false };
    this.engines.push(engine);
    const base = this.base;
    return {
      now: () => base.now(),
      sleep: async (ms, signal) => {
        const id = this.seq++;
        engine.waiting.set(id, base.now() + Math.max(0, ms));
        try {
          await base.sleep(ms, signal);
        } finally {
          engine.waiting.delete(id);
        }
      },
      finish: () => {
        engine.done = true;
      },
    };
  }

  private nextDue(): number | undefined {
    let due: number | undefined;
    for (const e of this.engines) {
      if (e.done) continue;
      if (e.waiting.size === 0) return undefined; // busy with I/O
      const d = Math.min(...e.waiting.values());
      due = due === undefined ? d : Math.min(due, d);
    }
    return due;
  }

  /** Drives time until every promise settles. */
  async run<T>(...ps: Promise<T>[]): Promise<T[]> {
    let open = ps.length;
    const all = Promise.all(ps.map((p) => p.finally(() => open--)));
    all.catch(() => {});
    const tick = () => new Promise<void>((r) => setTimeout(r, 0));
    while (open > 0) {
      await tick();
      const due = this.nextDue();
      if (due === undefined) continue;
      await new Promise<void>((r) => setImmediate(r));
      if (this.nextDue() !== due) continue;
      await this.advance(Math.max(0, due - this.base.now()));
    }
    return all;
  }
}
