import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../src/checks/data/decimal.js';

const same = (text: string): boolean => Object.is(parseDecimal(text), +text);

describe('parseDecimal', () => {
  it('gives the same double as +text on the edge cases of both paths', () => {
    const cases = [
      ...['', ' ', '-', '.', '-.', '..', '5.', '.5', '-.5', '-0', '0', '0.0', '-0.000', '00012', '1..2'],
      ...['1.2.3', '--1', '+5', ' 1', '1 ', '1e5', '1E-3', '0x1F', '0b11', 'Infinity', '-Infinity', 'NaN'],
      ...['1_000', '١٢', 'abc', '12a', 'a12'],
      // 15 digits (the fast path's limit), 16 and more (the fallback), and hard roundings.
      ...['999999999999999', '-99999999999999.9', '9999999999999999', '9007199254740993', '0.1', '0.3'],
      ...['0.30000000000000004', '123456789012345.', '1.7976931348623157', '2.2250738585072014', '5e-324'],
      ...['0.000000000000001', '0.0000000000000001', '1.000000000000001', '12345678.12345678'],
    ];
    for (const text of cases) expect([text, parseDecimal(text)]).toEqual([text, +text]);
    expect(Object.is(parseDecimal('-0'), -0)).toBe(true);
  });

  it('agrees with +text on numbers as toFixed and String write them', () => {
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: 0, max: 20 }), (x, digits) => {
        return same(x.toFixed(digits)) && same(String(x));
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees with +text on any string of digits, signs, points and other characters', () => {
    const unit = fc.constantFrom(...'0123456789', '0', '9', '.', '-', '+', 'e', ' ', 'x', '_');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 24 }), (text) => same(text)),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^-?\d{0,20}(\.\d{0,20})?$/), (text) => same(text)),
      { numRuns: 20_000 },
    );
  });
});
