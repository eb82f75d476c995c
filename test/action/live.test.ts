import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LiveReport } from '../../action/live.js';
import { followSimulatorClock } from '../../src/providers/local/remote-clock.js';
import { watchCancellation, within } from '../../action/signals.js';
import { startSimulator } from '../../src/providers/local/index.js';
import { createReport } from '../../src/report/state.js';
import type { ReportState } from '../../src/report/types.js';
import type { RolloutEvent } from '../../src/rollout/events.js';

const base = { deploymentId: 'd1' };
const warning = (at: number): RolloutEvent => ({ type: 'warning', at, ...base, message: `w${at}` });
const stepPassed = (at: number): RolloutEvent => ({ type: 'step-passed', at, ...base, stepIndex: 0 });

describe('LiveReport: live but rate-limited', () => {
  afterEach(() => vi.useRealTimers());

  function setup(o: { intervalMs: number; minGapMs: number }) {
    vi.useFakeTimers();
    vi.setSystemTime(0);
    const published: Array<{ at: number; events: number }> = [];
    let release: (() => void) | undefined;
    let slow = false;
    const live = new LiveReport(createReport({ environment: 'production', endpoint: 'e' }), {
      ...o,
      now: () => Date.now(),
      publish: async (s: ReportState) => {
        published.push({ at: Date.now(), events: s.deployment?.timeline.length ?? 0 });
        if (slow) await new Promise<void>((r) => (release = r));
      },
    });
    return { live, published, slowDown: () => (slow = true), release: () => release?.() };
  }

  it('publishes the first event at once, then routine events at most every interval, coalesced', async () => {
    const { live, published } = setup({ intervalMs: 10_000, minGapMs: 1_000 });
    live.onEvent(warning(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(published).toEqual([{ at: 0, events: 1 }]);
    for (let i = 2; i <= 6; i++) {
      live.onEvent(warning(i));
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(published).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5_000);
    // One update for the five routine events, ten seconds after the first.
    expect(published).toEqual([
      { at: 0, events: 1 },
      { at: 10_000, events: 6 },
    ]);
  });

  it('an important event is published after the minimum gap, not the interval', async () => {
    const { live, published } = setup({ intervalMs: 10_000, minGapMs: 1_000 });
    live.onEvent(warning(1));
    await vi.advanceTimersByTimeAsync(0);
    live.onEvent(warning(2));
    await vi.advanceTimersByTimeAsync(200);
    live.onEvent(stepPassed(3));
    await vi.advanceTimersByTimeAsync(800);
    expect(published.map((p) => p.at)).toEqual([0, 1_000]);
  });

  it('never publishes twice at once; finish() waits for the update in flight and returns the newest state', async () => {
    const { live, published, slowDown, release } = setup({ intervalMs: 0, minGapMs: 0 });
    slowDown();
    live.onEvent(warning(1));
    await vi.advanceTimersByTimeAsync(0);
    live.onEvent(stepPassed(2));
    live.onEvent(stepPassed(3));
    await vi.advanceTimersByTimeAsync(100);
    expect(published).toHaveLength(1);
    const done = live.finish();
    release();
    const state = await done;
    expect(state.deployment?.timeline).toHaveLength(3);
    // No update after finish(): the caller publishes the final report itself.
    await vi.advanceTimersByTimeAsync(1_000);
    expect(published).toHaveLength(1);
  });
});

describe('following the simulator clock (modelgate sim serve --speed N)', () => {
  it('reads the speed and keeps simulated time within seconds of the simulator', async () => {
    const sim = await startSimulator({ speed: 600, start: Date.UTC(2026, 0, 1) });
    try {
      const clock = await followSimulatorClock(sim.url, { sampleMs: 200, resyncMs: 100 });
      expect(clock).toBeDefined();
      expect(clock!.speed).toBeGreaterThan(560);
      expect(clock!.speed).toBeLessThan(640);
      // A simulated minute is a tenth of a real second.
      const t0 = performance.now();
      await clock!.sleep(60_000);
      const real = performance.now() - t0;
      expect(real).toBeGreaterThan(80);
      expect(real).toBeLessThan(1_000);
      // Within 15 simulated seconds: 25 real milliseconds at ×600.
      expect(Math.abs(clock!.now() - sim.clock.now())).toBeLessThan(15_000);
      clock!.stop();
    } finally {
      await sim.stop();
    }
  });

  it('is undefined for an endpoint that is not a modelgate simulator', async () => {
    const notSim = async () => new Response('<Error/>', { status: 404 });
    expect(await followSimulatorClock('http://127.0.0.1:9', { fetch: notSim })).toBeUndefined();
    const other = async () => Response.json({ service: 'something-else', time: 1 });
    expect(await followSimulatorClock('http://127.0.0.1:9', { fetch: other })).toBeUndefined();
  });
});

describe('cancellation (the runner: SIGINT, SIGTERM 7.5 s later, then a kill)', () => {
  it('the first signal aborts at once; the second is the hard signal', () => {
    const source = new EventEmitter();
    const c = watchCancellation({ source: source as never, hardAfterMs: 60_000 });
    source.emit('SIGINT', 'SIGINT');
    expect(c.signal.aborted).toBe(true);
    expect(c.hardSignal.aborted).toBe(false);
    source.emit('SIGTERM', 'SIGTERM');
    expect(c.hardSignal.aborted).toBe(true);
    c.dispose();
    expect(source.listenerCount('SIGINT')).toBe(0);
  });

  it('without a second signal the hard signal follows after the grace period', async () => {
    vi.useFakeTimers();
    try {
      const source = new EventEmitter();
      const c = watchCancellation({ source: source as never, hardAfterMs: 7_000 });
      source.emit('SIGTERM', 'SIGTERM');
      await vi.advanceTimersByTimeAsync(6_999);
      expect(c.hardSignal.aborted).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(c.hardSignal.aborted).toBe(true);
      c.dispose();
    } finally {
      vi.useRealTimers();
    }
  });

  it('within() gives up on slow last words', async () => {
    expect(await within(new Promise(() => {}), 10)).toBeUndefined();
    expect(await within(Promise.resolve(3), 10)).toBe(3);
  });
});
