// Cold start of the two bundles users run: `modelgate validate` (dist/cli.js) and the GitHub Action
// (dist/index.js, which with no inputs fails fast). Both are built fresh into a temporary folder so the
// figures describe the current sources, and each is timed from process start to exit. A third bundle
// holds the validate command alone: the difference to the full CLI is what the other commands' start-up
// imports cost every invocation.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GOAL_MS = 300;
const RUNS = 20;

function time(args: string[]): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    stdio: 'ignore',
    // A clean environment: no GITHUB_* or INPUT_* leaking from the shell into the action.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
  });
  if (r.error) throw r.error;
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

function measure(label: string, args: string[]): void {
  time(args); // warm the file cache once; every timed run is still a fresh process
  const ms = Array.from({ length: RUNS }, () => time(args)).sort((a, b) => a - b);
  const median = percentile(ms, 50);
  const p95 = percentile(ms, 95);
  const verdict = p95 <= GOAL_MS ? 'ok' : 'OVER GOAL';
  console.log(
    `${label.padEnd(44)} median ${median.toFixed(0).padStart(4)} ms  p95 ${p95.toFixed(0).padStart(4)} ms  (goal ${GOAL_MS} ms: ${verdict}, ${RUNS} runs)`,
  );
}

export async function run(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'modelgate-bench-'));
  try {
    const built = spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', out], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('build failed');
    measure('node -e 0 (the floor: Node itself)', ['-e', '0']);
    measure('modelgate validate examples/canary.yaml', [
      join(out, 'cli.js'),
      'validate',
      'examples/canary.yaml',
    ]);
    measure('modelgate plan examples/canary.yaml --json', [
      join(out, 'cli.js'),
      'plan',
      'examples/canary.yaml',
      '--json',
    ]);
    measure('action bundle (no inputs, fails fast)', [join(out, 'index.js')]);
    // esbuild is CommonJS: under tsx its functions may sit on the default export.
    const { build } = (esbuild as unknown as { default?: typeof esbuild }).default ?? esbuild;
    await build({
      stdin: {
        contents: `import { validateCommand } from './src/cli/commands/validate.ts';
          process.exitCode = await validateCommand.run(process.argv.slice(2), {
            stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), cwd: process.cwd(),
            env: process.env, signal: new AbortController().signal, isTTY: false });`,
        resolveDir: process.cwd(),
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: join(out, 'validate-only.js'),
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
      logLevel: 'warning',
    });
    measure('validate command alone (no other commands)', [
      join(out, 'validate-only.js'),
      'examples/canary.yaml',
    ]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
