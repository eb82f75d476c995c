import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../src/spec/duration.js';
import { closest, editDistance } from '../../src/spec/suggest.js';

describe('durations', () => {
  it.each([
    ['0s', 0],
    ['90s', 90],
    ['10m', 600],
    ['1h', 3600],
    ['1h30m', 5400],
    ['2d', 172_800],
    ['1d2h3m4s', 93_784],
    ['90m', 5400],
  ])('%s is %i seconds', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each(['', '10', '1.5h', '10 m', 'm', '1m1h', '-5m', '1h 30m', '5ms', '1H'])(
    '%j is not a duration',
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
    },
  );

  it('formats the shortest form, and parsing it gives the seconds back', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(5400)).toBe('1h30m');
    expect(formatDuration(86_461)).toBe('1d1m1s');
    fc.assert(fc.property(fc.nat(10_000_000), (s) => parseDuration(formatDuration(s)) === s));
  });
});

describe('suggestions', () => {
  it('measures edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('steps', 'steps')).toBe(0);
  });

  it('suggests a close known name, never a far one', () => {
    expect(closest('stepz', ['type', 'mode', 'steps'])).toBe('steps');
    expect(closest('Steps', ['type', 'mode', 'steps'])).toBe('steps');
    expect(closest('terminationwait', ['bake', 'terminationWait'])).toBe('terminationWait');
    expect(closest('colour', ['name', 'artifact', 'image'])).toBeUndefined();
    expect(closest('x', ['y'])).toBe('y');
    expect(closest('ab', ['xy'])).toBeUndefined();
  });
});
