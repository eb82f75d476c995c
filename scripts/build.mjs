// Bundles the GitHub Action (dist/index.js) and the CLI (dist/cli.js) into self-contained ESM files,
// with the data check's reader thread (dist/checks-worker.js) beside them.
// `node scripts/build.mjs --outdir DIR` writes elsewhere: the staleness test compares that with dist/.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const i = process.argv.indexOf('--outdir');
const outdir = resolve(i > 0 ? process.argv[i + 1] : 'dist');
mkdirSync(outdir, { recursive: true });
// Old chunks must not linger: the staleness test compares the whole folder.
for (const f of readdirSync(outdir)) if (f.endsWith('.js')) rmSync(join(outdir, f));

// Bundled CommonJS dependencies call require(); ESM output has none unless we make one.
const banner =
  "import { createRequire as __mgCreateRequire } from 'node:module';\nconst require = __mgCreateRequire(import.meta.url);";

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8',
  // Prefer ESM builds: some packages' UMD "main" (jsonc-parser) hides its requires from the bundler.
  mainFields: ['module', 'main'],
  sourcemap: false,
  banner: { js: banner },
};

await build({
  ...common,
  entryPoints: ['action/index.ts'],
  outfile: `${outdir}/index.js`,
});
// The CLI is split: each command is a chunk loaded when it runs, so start-up parses only what it needs.
// Chunks sit beside cli.js, since code that finds files next to its bundle (the checks worker) runs in them.
await build({
  ...common,
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir,
  splitting: true,
  chunkNames: 'cli-[name]-[hash]',
});
// The data check's reader thread (src/checks/data/worker-read.ts loads it from next to the bundle).
await build({
  ...common,
  entryPoints: ['src/checks/data/read-worker.ts'],
  outfile: `${outdir}/checks-worker.js`,
});
