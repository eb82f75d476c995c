import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinPackDir, builtinPoliciesDir, findBuiltinPoliciesDir } from '../../src/policy/builtin.js';

const ROOT = resolve(import.meta.dirname, '../..');

describe('resolving builtin:<pack>', () => {
  it('finds policies/ from the sources (src/policy/builtin.ts, two levels down)', () => {
    expect(builtinPoliciesDir()).toBe(join(ROOT, 'policies'));
    expect(builtinPackDir('builtin:production')).toBe(join(ROOT, 'policies', 'production'));
    expect(builtinPackDir('builtin:nope')).toBeUndefined();
  });

  it('finds policies/ from the bundles (dist/cli.js, dist/index.js, one level down)', () => {
    expect(findBuiltinPoliciesDir(pathToFileURL(join(ROOT, 'dist', 'cli.js')).href)).toBe(
      join(ROOT, 'policies'),
    );
    expect(findBuiltinPoliciesDir(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)).toBe(
      join(ROOT, 'policies'),
    );
  });

  it('says where it looked when there are none', () => {
    expect(() => findBuiltinPoliciesDir(pathToFileURL(join(tmpdir(), 'x', 'cli.js')).href)).toThrow(
      /built-in policies were not found above/,
    );
  });

  describe('in an esbuild bundle', () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelgate-policy-bundle-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('loads and evaluates a built-in pack from dist/ beside policies/', async () => {
      // The same layout as the repository: <root>/dist/probe.js and <root>/policies.
      mkdirSync(join(dir, 'dist'));
      symlinkSync(join(ROOT, 'policies'), join(dir, 'policies'));
      const entry = join(dir, 'probe.ts');
      writeFileSync(
        entry,
        `import { loadPolicies } from ${JSON.stringify(join(ROOT, 'src/policy/load.ts'))};
import { evaluatePolicies } from ${JSON.stringify(join(ROOT, 'src/policy/evaluate.ts'))};
import { loadExampleFacts } from ${JSON.stringify(join(ROOT, 'src/policy/testing.ts'))};
import { builtinPoliciesDir } from ${JSON.stringify(join(ROOT, 'src/policy/builtin.ts'))};
const set = await loadPolicies(['builtin:baseline'], { baseDir: '.' });
const result = evaluatePolicies(set, await loadExampleFacts());
console.log(JSON.stringify({ dir: builtinPoliciesDir(), decisions: result.decisions.map((d) => d.decision) }));
`,
      );
      await build({
        entryPoints: [entry],
        outfile: join(dir, 'dist', 'probe.js'),
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        logLevel: 'silent',
        banner: {
          js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
        },
      });
      const out = JSON.parse(
        execFileSync(process.execPath, [join(dir, 'dist', 'probe.js')], { encoding: 'utf8' }),
      );
      expect(out).toEqual({ dir: join(dir, 'policies'), decisions: ['allow', 'allow', 'allow'] });
    });
  });
});
