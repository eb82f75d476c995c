import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe as group, expect, test } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  defaultScenario,
  loadScenarioFile,
  parseScenario,
  resolveScenario,
  startSimulator,
} from '../../src/providers/local/index.js';
import { expectedRequests, rpsAt } from '../../src/providers/local/traffic.js';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'simulator');
const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples', 'scenarios');

async function problems(file: string) {
  try {
    await loadScenarioFile(file);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).problems;
  }
  throw new Error(`${file} was accepted`);
}

group('scenario files', () => {
  test('every example scenario is valid', async () => {
    const names = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml'));
    expect(names.sort()).toEqual([
      'healthy.yaml',
      'regression.yaml',
      'throttling.yaml',
      'update-failure.yaml',
    ]);
    for (const n of names) {
      const s = await loadScenarioFile(join(EXAMPLES, n));
      expect(s.source).toBe(join(EXAMPLES, n));
    }
    const regression = await loadScenarioFile(join(EXAMPLES, 'regression.yaml'));
    expect(regression.faults.map((f) => [f.type, f.from])).toEqual([
      ['errorBurst', 600_000],
      ['latencySpike', 600_000],
    ]);
  });

  test('schema errors name the file, line, column and field', async () => {
    const file = join(FIX, 'bad-fields.yaml');
    const p = await problems(file);
    const lines = p.map(
      (x) => `${x.line}:${x.column} ${x.path}: ${x.message}${x.expected ? ` (expected ${x.expected})` : ''}`,
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        '9:5 models.candidate.colour: unknown field "colour" (expected one of match, latency, overhead, errors, prediction)',
        '8:24 models.candidate.errors.rate5xx: must be <= 1 (got 1.5)',
        '12:9 faults[0].at: invalid value "soon" (expected a duration such as "250ms", "90s", "5m", "1.5h", "1d", or a number of seconds)',
      ]),
    );
    expect(p.every((x) => x.file === file)).toBe(true);
    await expect(loadScenarioFile(file)).rejects.toThrow(
      `${file}:9:5: models.candidate.colour: unknown field "colour"`,
    );
  });

  test('semantic errors (schedule order, p99 below median, error rates above 1) are located too', async () => {
    const p = await problems(join(FIX, 'bad-semantics.yaml'));
    expect(p.map((x) => [x.line, x.path, x.message])).toEqual([
      [5, 'traffic[0].schedule[1].at', 'schedule times must increase strictly'],
      [8, 'models.candidate.latency.p99', 'p99 (20 ms) must be greater than the median (40 ms)'],
      [9, 'models.candidate.errors', 'rate4xx + rate5xx + modelErrorRate must not exceed 1'],
    ]);
  });

  test('YAML syntax errors and unreadable files', async () => {
    const p = await problems(join(FIX, 'bad-syntax.yaml'));
    expect(p[0].line).toBeGreaterThanOrEqual(3); // the unclosed flow sequence opened on line 3
    expect(p[0].message).toMatch(/^YAML syntax: /);
    const missing = await problems(join(FIX, 'no-such-file.yaml'));
    expect(missing[0].message).toMatch(/cannot read scenario file/);
    await expect(startSimulator({ scenario: join(FIX, 'bad-fields.yaml') })).rejects.toThrow(
      /bad-fields\.yaml:9:5/,
    );
  });

  test('in-process scenario objects go through the same validation (no lines there)', () => {
    expect(() => resolveScenario({ traffic: [{ endpoint: '*', rps: -1 }] })).toThrow(
      '<inline>: traffic[0].rps: must be >= 0 (got -1)',
    );
    expect(() => parseScenario('seed: 1.5\n', 'inline.yaml')).toThrow(
      'inline.yaml:1:7: seed: must be integer',
    );
  });

  test('defaults and traffic schedules', () => {
    const d = defaultScenario();
    expect(d.traffic).toEqual([{ endpoint: '*', points: [{ at: 0, rps: 10 }], interpolate: 'step' }]);
    const s = parseScenario(
      'traffic:\n  - endpoint: "*"\n    interpolate: linear\n    schedule: [{ at: 0, rps: 0 }, { at: 10m, rps: 100 }]\n',
      'x.yaml',
    );
    const rule = s.traffic[0];
    expect(rpsAt(rule, 300_000)).toBe(50);
    expect(rpsAt(rule, 900_000)).toBe(100);
    // ∫ over the first minute of a ramp from 0 to 10 rps: 300 requests.
    expect(expectedRequests(rule, 0, 60_000)).toBeCloseTo(300, 6);
    const step = parseScenario(
      'traffic:\n  - endpoint: "*"\n    schedule: [{ at: 1m, rps: 10 }, { at: 2m, rps: 20 }]\n',
      'y.yaml',
    ).traffic[0];
    expect(expectedRequests(step, 0, 180_000)).toBe(0 + 600 + 1200);
  });
});
