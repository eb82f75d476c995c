import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The action runs dist/index.js as committed; a source change without a rebuild must fail here.
describe('dist/', () => {
  const out = mkdtempSync(join(tmpdir(), 'modelgate-dist-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('matches a fresh build of the sources (run `npm run build` and commit dist/)', () => {
    execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', out], { stdio: 'pipe' });
    const js = (dir: string) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.js'))
        .sort();
    const hint = 'dist/ is stale: run `npm run build` and commit dist/';
    expect(js('dist'), hint).toEqual(js(out));
    for (const f of js(out)) {
      const same = readFileSync(join(out, f), 'utf8') === readFileSync(join('dist', f), 'utf8');
      expect(same, `${hint} (dist/${f} differs)`).toBe(true);
    }
  });
});
