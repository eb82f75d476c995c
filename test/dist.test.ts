import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The action runs dist/index.js as committed; a source change without a rebuild must fail here.
describe('dist/', () => {
  const out = mkdtempSync(join(tmpdir(), 'modelgate-dist-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('matches a fresh build of the sources (run `npm run build` and commit dist/)', () => {
    execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', out], { stdio: 'pipe' });
    for (const f of ['index.js', 'cli.js']) {
      const fresh = readFileSync(join(out, f), 'utf8');
      const committed = readFileSync(join('dist', f), 'utf8');
      expect(committed === fresh, `dist/${f} is stale: run \`npm run build\` and commit dist/`).toBe(true);
    }
  });
});
