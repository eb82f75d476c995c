import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { InputError } from '../../src/errors.js';
import { planRollout } from '../../src/plan/plan.js';
import { loadSpecText } from '../../src/spec/load.js';

/*
 * Whatever the input, loading a spec either succeeds (and then the spec plans without error) or throws
 * an InputError whose problems all carry the file and a message: never another exception.
 */

/** Multiplies the number of runs for a deeper local search: MODELGATE_FUZZ=20 npx vitest run test/spec/property.test.ts */
const SCALE = Math.max(1, Number(process.env.MODELGATE_FUZZ ?? 1));

const examples = readdirSync('examples')
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(join('examples', f), 'utf8') }));

function outcome(text: string): 'valid' | 'invalid' {
  let loaded;
  try {
    loaded = loadSpecText(text, 'fuzz.yaml');
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    expect(err.problems.length).toBeGreaterThan(0);
    for (const p of err.problems) {
      expect(p.file).toBe('fuzz.yaml');
      expect(typeof p.message).toBe('string');
      expect(p.message.length).toBeGreaterThan(0);
      if (p.line !== undefined) expect(p.line).toBeGreaterThanOrEqual(1);
    }
    return 'invalid';
  }
  const plan = planRollout(loaded.spec);
  expect(plan.steps.length).toBeGreaterThan(0);
  for (const s of plan.steps) {
    expect(s.traffic.baseline + s.traffic.candidate).toBeCloseTo(100, 6);
    expect(Number.isFinite(s.bakeSeconds) && s.bakeSeconds >= 0).toBe(true);
  }
  expect(Number.isFinite(plan.expectedDurationSeconds)).toBe(true);
  expect(plan.maxDurationSeconds).toBeGreaterThanOrEqual(plan.expectedDurationSeconds);
  return 'valid';
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Seg = string | number;

function paths(node: Json, prefix: Seg[] = []): Seg[][] {
  const out: Seg[][] = [prefix];
  if (Array.isArray(node)) node.forEach((x, i) => out.push(...paths(x, [...prefix, i])));
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function parentOf(doc: Json, path: Seg[]): { parent: Json; key: Seg } | undefined {
  if (path.length === 0) return undefined;
  let node: Json = doc;
  for (const seg of path.slice(0, -1)) node = (node as Record<string, Json>)[seg as string];
  return { parent: node, key: path[path.length - 1] };
}

/** Values a user (or a typo) might put anywhere. */
const oddValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    'yes',
    0,
    -1,
    100,
    101,
    0.5,
    Number.MAX_VALUE,
    Infinity,
    NaN,
    '',
    '10m',
    '90s',
    '1h30m',
    '0s',
    '40d',
    '10',
    'native',
    'driven',
    'canary',
    'ml.m5.large',
    's3://b/k',
    [],
    {},
    [{ weight: 100 }],
    { metric: 'error_rate', max: 0.01 },
    { alarm: 'x' },
  ),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  fc.string(),
);

const mutation = fc.record({
  op: fc.constantFrom('set', 'delete', 'rename', 'duplicate', 'wrap'),
  at: fc.nat(),
  value: oddValue,
  key: fc.oneof(
    fc.constantFrom('bake', 'weight', 'mode', 'type', 'gates', 'rules', 'id', 'bakeSeconds', '<<'),
    fc.string({ maxLength: 8 }),
  ),
});

function mutate(doc: Json, m: { op: string; at: number; value: Json; key: string }): Json {
  const all = paths(doc).filter((p) => p.length > 0);
  if (all.length === 0) return structuredClone(m.value);
  const path = all[m.at % all.length];
  const pk = parentOf(doc, path);
  if (!pk) return doc;
  const { parent, key } = pk;
  const container = parent as Record<string, Json> & Json[];
  switch (m.op) {
    case 'set':
      container[key as number] = structuredClone(m.value);
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete container[key as string];
      break;
    case 'rename':
      if (!Array.isArray(parent)) {
        container[m.key] = container[key as string];
        if (m.key !== key) delete container[key as string];
      }
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(parent[key as number]));
      else container[m.key] = structuredClone(container[key as string]);
      break;
    case 'wrap':
      container[key as number] = [container[key as number]];
      break;
  }
  return doc;
}

describe('property: only spec errors, never a crash', { timeout: 30_000 * SCALE }, () => {
  it('random YAML documents', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        outcome(stringify(value));
      }),
      { numRuns: 300 * SCALE },
    );
  });

  it('random text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 })),
        (text) => {
          outcome(text);
        },
      ),
      { numRuns: 300 * SCALE },
    );
  });

  it('random mutations of the examples', () => {
    let valid = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...examples),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (ex, muts) => {
          let doc = parse(ex.text) as Json;
          for (const m of muts) doc = mutate(doc, m);
          runs++;
          if (outcome(stringify(doc)) === 'valid') valid++;
        },
      ),
      { numRuns: 600 * SCALE },
    );
    // Some mutations keep a spec valid (a renamed comment-free key back to itself, a duplicated gate with an id...);
    // most do not. Both branches must have been exercised.
    expect(valid).toBeGreaterThan(0);
    expect(valid).toBeLessThan(runs);
  });

  it('random edits of the example text (deleted, inserted, swapped characters and lines)', () => {
    const edit = fc.record({
      kind: fc.constantFrom('delete', 'insert', 'swap-lines', 'indent'),
      at: fc.nat(),
      len: fc.integer({ min: 1, max: 12 }),
      text: fc.oneof(
        fc.constantFrom(':', '-', ' ', '\n', '{', '[', '&a', '*a', '!!binary ', '"', "'", '#', '\t', '  '),
        fc.string({ maxLength: 6 }),
      ),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...examples),
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        (ex, edits) => {
          let text = ex.text;
          for (const e of edits) {
            const at = e.at % Math.max(1, text.length);
            if (e.kind === 'delete') text = text.slice(0, at) + text.slice(at + e.len);
            else if (e.kind === 'insert') text = text.slice(0, at) + e.text + text.slice(at);
            else {
              const lines = text.split('\n');
              const i = e.at % lines.length;
              const j = (i + e.len) % lines.length;
              if (e.kind === 'swap-lines') [lines[i], lines[j]] = [lines[j], lines[i]];
              else lines[i] = `  ${lines[i]}`;
              text = lines.join('\n');
            }
          }
          outcome(text);
        },
      ),
      { numRuns: 600 * SCALE },
    );
  });
});
