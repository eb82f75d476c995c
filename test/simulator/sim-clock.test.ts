import { describe as group, expect, test } from 'vitest';
import { createSimClock } from '../../src/providers/local/index.js';

group('createSimClock', () => {
  test('scaled: simulated time runs `speed` times faster and sleep resolves after the scaled real time', async () => {
    const clock = createSimClock({ speed: 600, start: new Date('2025-01-01T00:00:00Z') });
    expect(clock.mode).toBe('scaled');
    const t0 = clock.now();
    expect(Math.abs(t0 - Date.parse('2025-01-01T00:00:00Z'))).toBeLessThan(1000);
    const real0 = performance.now();
    await clock.sleep(30_000); // 30 simulated seconds = 50 real ms
    const real = performance.now() - real0;
    expect(clock.now() - t0).toBeGreaterThanOrEqual(30_000);
    expect(real).toBeGreaterThanOrEqual(45);
    expect(real).toBeLessThan(1000);
    expect(clock.toRealMs(60_000)).toBe(100);
    await expect(clock.advance(1)).rejects.toThrow(/manual/);
  });

  test('scaled sleep can be aborted', async () => {
    const clock = createSimClock({ speed: 1 });
    const ac = new AbortController();
    const p = clock.sleep(60_000, ac.signal);
    ac.abort(new Error('stop'));
    await expect(p).rejects.toThrow('stop');
    await expect(clock.sleep(1, ac.signal)).rejects.toThrow('stop');
  });

  test('manual: time moves only through advance, sleepers wake in deadline order at their own time', async () => {
    const clock = createSimClock({ manual: true, start: 1_000_000 });
    const woke: Array<[string, number]> = [];
    void clock.sleep(300).then(() => woke.push(['c', clock.now()]));
    void clock.sleep(100).then(async () => {
      woke.push(['a', clock.now()]);
      await clock.sleep(100); // scheduled from inside a wake-up: still inside the advance
      woke.push(['a2', clock.now()]);
    });
    void clock.sleep(150).then(() => woke.push(['b', clock.now()]));
    await new Promise((r) => setTimeout(r, 20));
    expect(clock.now()).toBe(1_000_000);
    expect(woke).toEqual([]);
    await clock.advance(250);
    expect(woke).toEqual([
      ['a', 1_000_100],
      ['b', 1_000_150],
      ['a2', 1_000_200],
    ]);
    expect(clock.now()).toBe(1_000_250);
    await clock.advance(50);
    expect(woke.at(-1)).toEqual(['c', 1_000_300]);
    await expect(clock.advance(-1)).rejects.toThrow(RangeError);
  });

  test('invalid options', () => {
    expect(() => createSimClock({ speed: 0 })).toThrow(/speed must be a positive number/);
    expect(() => createSimClock({ start: Number.NaN })).toThrow(/start must be a finite time/);
  });
});
