// Bundles the GitHub Action (dist/index.js) and the CLI (dist/cli.js) into self-contained ESM files,
// with the data check's reader thread (dist/checks-worker.js) beside them.
// `node scripts/build.mjs --outdir DIR` writes elsewhere: the staleness test compares that with dist/.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const i = process.argv.indexOf('--outdir');
const outdir = resolve(i > 0 ? process.argv[i + 1] : 'dist');
mkdirSync(outdir, { recursive: true });

// Bundled CommonJS dependencies call require(); ESM output has none unless we make one.
const banner = "import { createRequire as __mgCreateRequire } from 'node:module';\nconst require = __mgCreateRequire(import.meta.url);";

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
};

await build({ ...common, entryPoints: ['action/index.ts'], outfile: `${outdir}/index.js`, banner: { js: banner } });
await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: `${outdir}/cli.js`,
  banner: { js: `#!/usr/bin/env node\n${banner}` },
});
// The data check's reader thread (src/checks/data/worker-read.ts loads it from next to the bundle).
await build({
  ...common,
  entryPoints: ['src/checks/data/read-worker.ts'],
  outfile: `${outdir}/checks-worker.js`,
  banner: { js: banner },
});
