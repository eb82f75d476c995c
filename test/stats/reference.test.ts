import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkCase,
  describeCase,
  parsePythonJson,
  readReferenceFile,
} from '../../src/stats/reference-cases.js';
import { main } from '../../src/stats/verify-cli.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'stats');
const shared = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'stats-reference.json');

const files: [string, string][] = [
  ['stats-reference.json (copy of shared/fixtures)', join(fixtures, 'stats-reference.json')],
  ['scipy-extended.json (every method region, edge cases)', join(fixtures, 'scipy-extended.json')],
];
if (existsSync(shared)) files.push(['shared/fixtures/stats-reference.json', shared]);

for (const [label, file] of files) {
  describe(`SciPy reference: ${label}`, () => {
    const ref = readReferenceFile(parsePythonJson(readFileSync(file, 'utf8')), file);
    it('has cases', () => expect(ref.cases.length).toBeGreaterThan(0));
    for (const c of ref.cases) {
      it(describeCase(c), () => {
        const outcome = checkCase(c, ref.tolerance);
        expect(outcome.failures).toEqual([]);
      });
    }
  });
}

describe('stats:verify CLI', () => {
  const run = (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = main(
      args,
      (l) => out.push(l),
      (l) => err.push(l),
    );
    return { code, out, err };
  };

  it('passes the project copy of the reference file and ends with the count line', () => {
    const { code, out } = run([join(fixtures, 'stats-reference.json')]);
    expect(out.at(-1)).toBe('44 passed, 0 failed');
    expect(code).toBe(0);
  });

  it('prints each failing case with expected and got, and exits 1', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'stats-verify-'));
    try {
      const data = JSON.parse(readFileSync(join(fixtures, 'stats-reference.json'), 'utf8'));
      data.cases[0].expect.pvalue = 0.5;
      data.cases[1].args.x[3] = 'oops';
      const file = join(dir, 'mutated.json');
      writeFileSync(file, JSON.stringify(data));
      const { code, out } = run([file]);
      expect(code).toBe(1);
      expect(out.at(-1)).toBe('42 passed, 2 failed');
      expect(out).toContain(
        'FAIL cases[0] ks_2samp (x: 40 values, y: 55 values, alternative: "two-sided", method: "exact")',
      );
      expect(out.join('\n')).toMatch(/pvalue: expected 0.5, got 0.7244947124798949/);
      expect(out.join('\n')).toMatch(
        /raised: ks2samp: x\[3\] is "oops" \(every value must be a finite number\)/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads NaN and Infinity as Python writes them', () => {
    expect(parsePythonJson('{"a": [NaN, -Infinity, Infinity], "s": "NaN in a string"}')).toEqual({
      a: [NaN, -Infinity, Infinity],
      s: 'NaN in a string',
    });
  });

  it('reports file problems with their path and exits 2', () => {
    const missing = run([join(fixtures, 'no-such-file.json')]);
    expect(missing.code).toBe(2);
    expect(missing.err[0]).toMatch(/no-such-file\.json: cannot read/);
    expect(() =>
      readReferenceFile({ cases: [{ test: 'psi', args: {}, expect: { value: 'x' } }] }, 'f.json'),
    ).toThrow('f.json: cases[0].expect.value: is "x" (expected a number)');
    expect(run([]).code).toBe(2);
  });
});
