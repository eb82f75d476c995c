import { LineCounter, parseDocument, type Scalar } from 'yaml';
import { describe, expect, it } from 'vitest';
import { matchesGlob, parseDurationSeconds } from '../../src/policy/functions.js';
import { deepMerge, parsePath, setPath, unsetPath } from '../../src/policy/patch.js';
import { scalarOffsetMapper } from '../../src/policy/source-map.js';

describe('matchesGlob (image allow-lists)', () => {
  it.each([
    [
      '123456789012.dkr.ecr.us-east-1.amazonaws.com/xgboost:1.7-1',
      '123456789012.dkr.ecr.*.amazonaws.com/*',
      true,
    ],
    [
      '123456789012.dkr.ecr.us-east-1.amazonaws.com/xgboost:1.7-1',
      '123456789012.dkr.ecr.*.amazonaws.com/xgboost:*',
      true,
    ],
    [
      '123456789012.dkr.ecr.us-east-1.amazonaws.com/xgboost:1.7-1',
      '999999999999.dkr.ecr.*.amazonaws.com/*',
      false,
    ],
    ['ghcr.io/acme/model:1', 'ghcr.io/acme/*', true],
    ['ghcr.io/acme-evil/model:1', 'ghcr.io/acme/*', false],
    ['ghcr.io/acme/model:1', 'ghcr.io/acme/model:1', true],
    ['ghcr.io/acme/model:10', 'ghcr.io/acme/model:1', false],
    // dots and other regex characters are literal
    ['ghcrXio/acme/model', 'ghcr.io/*', false],
    ['a+b(c)', 'a+b(*)', true],
  ])('%s ~ %s → %s', (value, pattern, expected) => {
    expect(matchesGlob(value, pattern)).toBe(expected);
  });
});

describe('parseDurationSeconds', () => {
  it.each([
    ['90s', 90],
    ['10m', 600],
    ['1h30m', 5400],
    ['1.5h', 5400],
    ['250ms', 0.25],
    ['-2m', -120],
  ])('%s = %d s', (text, seconds) => {
    expect(parseDurationSeconds(text)).toBeCloseTo(seconds, 9);
  });
  it.each(['', '10', 'm', '10 m', '1d', '-'])('rejects %j', (text) => {
    expect(() => parseDurationSeconds(text)).toThrow(/invalid duration/);
  });
});

describe('scalarOffsetMapper', () => {
  function mapper(text: string) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, keepSourceTokens: true });
    const node = doc.get('x', true) as Scalar;
    return { value: String(node.value), at: scalarOffsetMapper(text, node, lineCounter) };
  }
  it('maps offsets in plain, quoted, escaped and block scalars', () => {
    const plain = mapper('x: a.b == 1\n');
    expect(plain.at(plain.value.indexOf('1'))).toEqual({ line: 1, column: 11 });
    const single = mapper("x: 'it''s b'\n");
    expect(single.at(single.value.indexOf('b'))).toEqual({ line: 1, column: 11 });
    const double = mapper('x: "a == \\"q\\" && zz"\n');
    expect(double.at(double.value.indexOf('zz'))).toEqual({ line: 1, column: 19 });
    const literal = mapper('x: |\n  first\n    second\n');
    expect(literal.at(literal.value.indexOf('second'))).toEqual({ line: 3, column: 5 });
    const folded = mapper('x: >-\n  one &&\n  two\n');
    expect(folded.at(folded.value.indexOf('two'))).toEqual({ line: 3, column: 3 });
  });
});

describe('facts patches for policy tests', () => {
  it('parses CEL-like paths', () => {
    expect(parsePath('plan.steps[1].traffic.candidate')).toEqual([
      'plan',
      'steps',
      1,
      'traffic',
      'candidate',
    ]);
    expect(parsePath('spec.target.tags["data-classification"]')).toEqual([
      'spec',
      'target',
      'tags',
      'data-classification',
    ]);
    expect(() => parsePath('plan..steps')).toThrow(/invalid path/);
  });
  it('sets, unsets and deep-merges (null and lists replace)', () => {
    const doc = { a: { b: [1, 2], c: { d: 1 } }, e: { f: 1 } };
    setPath(doc, 'a.b[1]', 5);
    unsetPath(doc, 'a.c.d');
    expect(doc).toEqual({ a: { b: [1, 5], c: {} }, e: { f: 1 } });
    expect(deepMerge(doc, { a: { b: [9] }, e: null })).toEqual({ a: { b: [9], c: {} }, e: null });
    expect(() => setPath(doc, 'x.y.z', 1)).toThrow(/x is not an object/);
    expect(() => setPath(doc, 'a.b[0].c', 1)).toThrow('path "a.b[0].c": a.b[0] is not an object or list');
  });
});
