import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtinPacks, builtinPoliciesDir } from '../../src/policy/builtin.js';
import { loadPolicies } from '../../src/policy/load.js';
import { runPolicyTests, runTestFile } from '../../src/policy/testing.js';

const PACKS = ['baseline', 'production', 'regulated', 'cost-guard'];

describe('built-in policy packs', () => {
  it('ships exactly the four packs of issue 5', () => {
    expect(builtinPacks()).toEqual([...PACKS].sort());
  });

  for (const pack of PACKS) {
    describe(`builtin:${pack}`, async () => {
      const file = join(builtinPoliciesDir(), pack, `${pack}.test.yaml`);
      const result = await runTestFile(file);

      it('loads its test file and policies', () => {
        expect(result.error).toBeUndefined();
        expect(result.cases.length).toBeGreaterThan(0);
      });

      for (const c of result.cases) {
        it(c.name, () => {
          expect(c.failures).toEqual([]);
          expect(c.passed).toBe(true);
        });
      }

      it('has a passing and a failing case for every rule', async () => {
        const set = await loadPolicies([`builtin:${pack}`], { baseDir: '.' });
        const cases = (
          parse(await readFile(file, 'utf8')) as { cases: Array<{ expect: Record<string, string> }> }
        ).cases;
        for (const rule of set.rules) {
          const expected = cases.map((c) => c.expect[rule.id]).filter(Boolean);
          expect(expected, `${rule.id}: a case expecting allow`).toContain('allow');
          expect(
            expected.some((d) => d === 'deny' || d === 'error'),
            `${rule.id}: a case expecting deny`,
          ).toBe(true);
        }
      });
    });
  }

  it('runs every pack through the same runner as `modelgate policy test`', async () => {
    const report = await runPolicyTests(
      PACKS.map((p) => `builtin:${p}`),
      process.cwd(),
    );
    expect(report.files).toHaveLength(4);
    expect(report.failed).toBe(0);
    expect(report.passed).toBeGreaterThanOrEqual(40);
  });

  it('gives every built-in rule a description, a message and an id within the label limit', async () => {
    const set = await loadPolicies(
      PACKS.map((p) => `builtin:${p}`),
      { baseDir: '.' },
    );
    expect(set.rules.length).toBe(14);
    for (const r of set.rules) {
      expect(r.description.length, r.id).toBeGreaterThan(10);
      expect(r.message, r.id).toBeDefined();
      expect(`modelgate-waive:${r.id}`.length, r.id).toBeLessThanOrEqual(50);
      expect(r.origin).toMatch(/^builtin:/);
      expect(r.location.file).toMatch(/^builtin:[a-z-]+\/[a-z-]+\.yaml$/);
    }
  });
});
