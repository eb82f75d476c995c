import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { InputError, formatProblem } from '../../src/errors.js';
import { PARALLEL_MIN_BYTES, type ReaderThread } from '../../src/checks/data/data-check.js';
import { readDatasetsWith } from '../../src/checks/data/read-datasets.js';
import { readJob, type DatasetRead, type ReadJob } from '../../src/checks/data/read-job.js';
import {
  ReaderThreadError,
  WORKER_BUNDLE,
  readInWorker,
  workerScript,
  type WorkerScript,
} from '../../src/checks/data/worker-read.js';
import { runChecks } from '../../src/checks/run.js';
import type { DataFacts } from '../../src/checks/types.js';
import type { ColumnSpec } from '../../src/spec/types.js';
import { IMAGE, loadSpec, specYaml, tempWorkspace } from './helpers.js';

// Reading the drift reference on a worker thread must change nothing but the time it takes.

let ws: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  ws = tempWorkspace();
  ws.write('m.bin', 'x');
});
afterEach(() => ws.cleanup());

const ROWS = 3000;

/** Rows of x (number), n (integer), cat (category), with a shift and a new category when drifted. */
function rows(drifted: boolean): Array<{ x: number | null; n: number; cat: string }> {
  return Array.from({ length: ROWS }, (_, i) => ({
    x: i % 97 === 0 ? null : ((i * 7919) % 1000) / 37 + (drifted ? 4 : 0),
    n: (i * 31) % 500,
    cat: drifted && i % 5 === 0 ? 'new' : ['a', 'b', 'c', 'd'][(i * 13) % 4],
  }));
}

function writeData(format: 'csv' | 'jsonl' | 'parquet'): void {
  for (const [name, drifted] of [
    ['ref', false],
    ['cur', true],
  ] as const) {
    const data = rows(drifted);
    if (format === 'csv') {
      ws.write(`${name}.csv`, `x,n,cat\n${data.map((r) => `${r.x ?? ''},${r.n},${r.cat}`).join('\n')}\n`);
    } else if (format === 'jsonl') {
      ws.write(`${name}.jsonl`, `${data.map((r) => JSON.stringify(r)).join('\n')}\n`);
    } else {
      const bytes = parquetWriteBuffer({
        columnData: [
          { name: 'x', data: data.map((r) => r.x), type: 'DOUBLE' },
          { name: 'n', data: data.map((r) => r.n), type: 'INT32' },
          { name: 'cat', data: data.map((r) => r.cat), type: 'STRING' },
        ],
        rowGroupSize: 1000,
      });
      ws.write(`${name}.parquet`, new Uint8Array(bytes));
    }
  }
}

function spec(ext: string, extraColumns = ''): string {
  return [
    '  data:',
    `    reference: ref.${ext}`,
    `    current: cur.${ext}`,
    '    columns:',
    '      - { name: x, type: number, maxNullPercent: 5, max: 25 }',
    '      - { name: n, type: integer, unique: true }',
    '      - { name: cat, type: category, allowed: [a, b, c, d] }',
    extraColumns,
    '    drift:',
    '      numerical: [ks, wasserstein, psi]',
    '      categorical: [chi2, jensen-shannon, psi]',
  ]
    .filter(Boolean)
    .join('\n');
}

async function dataFacts(
  checks: string,
  readerThread: ReaderThread,
  sampleLimit?: number,
): Promise<DataFacts> {
  const loaded = loadSpec(ws.dir, specYaml(`  artifact: m.bin\n  image: ${IMAGE}`, checks));
  const facts = await runChecks(loaded, { workspace: ws.dir, readerThread, sampleLimit });
  return facts.data!;
}

const column = (name: string, type: ColumnSpec['type']): ColumnSpec => ({
  name,
  type,
  maxNullPercent: 100,
  unique: false,
  drift: true,
});

function job(file: string, sampleLimit = 500): ReadJob {
  return {
    realPath: ws.path(file),
    label: file,
    columns: [
      { spec: column('x', 'number'), options: { rules: true, categories: true }, sampleLimit },
      { spec: column('n', 'integer'), options: { rules: true, categories: true }, sampleLimit },
      { spec: column('cat', 'category'), options: { rules: true, categories: true }, sampleLimit: null },
    ],
  };
}

/** Everything a DatasetRead holds but the thread it was read on. */
function contents(read: DatasetRead) {
  return {
    facts: read.facts,
    profiles: [...read.profiles].map(([name, p]) => [name, p.snapshot()]),
    samples: [...read.samples].map(([name, s]) => [name, s.count, [...s.values()]]),
  };
}

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a rejection');
}

describe('reading the reference on a worker thread', () => {
  for (const format of ['csv', 'jsonl', 'parquet'] as const) {
    it(`gives the same facts as one thread (${format})`, async () => {
      writeData(format);
      const checks = spec(format);
      const one = await dataFacts(checks, 'never');
      const two = await dataFacts(checks, 'always');
      expect(two).toEqual(one);
      // The fixture exercises what the snapshot must carry: drift, nulls, rule violations, categories.
      expect(one.drift?.features.map((f) => [f.column, f.drifted])).toEqual([
        ['x', true],
        ['n', false],
        ['cat', true],
      ]);
      expect(one.schema.violations.map((v) => [v.column, v.rule])).toEqual([
        ['x', 'max'],
        ['n', 'unique'],
        ['cat', 'allowed'],
      ]);
    });
  }

  it('gives the same facts when the numerical samples are past their limit', async () => {
    writeData('csv');
    const one = await dataFacts(spec('csv'), 'never', 100);
    const two = await dataFacts(spec('csv'), 'always', 100);
    expect(two).toEqual(one);
  });

  it('runs on another thread, with the same profiles and samples as this one', async () => {
    writeData('csv');
    const here = await readJob(job('ref.csv'), 0);
    const there = await readInWorker(job('ref.csv'), workerScript()!);
    expect(there.thread).toBeGreaterThan(0);
    expect(contents(there)).toEqual(contents(here));
    expect(there.samples.get('x')!.sampled).toBe(true);
  });

  it('reports a broken reference the same way, and before a broken current file', async () => {
    writeData('csv');
    ws.write('ref.csv', 'x,n,cat\n1,2,a\n3,4\n');
    const expected = ['ref.csv:3: row 2 has 2 fields but the header has 3 (ragged row)'];
    expect((await dataFacts(spec('csv'), 'always')).problems).toEqual(expected);
    ws.write('cur.csv', 'x,n,cat\n1,2,"a\n');
    for (const mode of ['never', 'always'] as const) {
      expect((await dataFacts(spec('csv'), mode)).problems).toEqual(expected);
    }
    writeData('csv');
    ws.write('cur.csv', 'x,n,cat\n1,2,"a\n');
    for (const mode of ['never', 'always'] as const) {
      expect((await dataFacts(spec('csv'), mode)).problems).toEqual([
        'cur.csv:2: row 1: a quoted field is never closed (the file ends inside quotes)',
      ]);
    }
  });

  it('brings errors back as their classes: InputError with its problems, fs errors with their code', async () => {
    ws.write('bad.csv', 'x,n,cat\n1,2,3\n4,5,6,7\n');
    const here = await rejection(readJob(job('bad.csv'), 0));
    const there = await rejection(readInWorker(job('bad.csv'), workerScript()!));
    expect(there).toBeInstanceOf(InputError);
    expect((there as InputError).problems.map(formatProblem)).toEqual(
      (here as InputError).problems.map(formatProblem),
    );
    const missing = (await rejection(
      readInWorker(job('gone.csv'), workerScript()!),
    )) as NodeJS.ErrnoException;
    expect(missing).not.toBeInstanceOf(InputError);
    expect([missing.code, missing.syscall, missing.message]).toEqual([
      'ENOENT',
      'stat',
      `ENOENT: no such file or directory, stat '${ws.path('gone.csv')}'`,
    ]);
  });

  it('stops the thread when the signal aborts', async () => {
    writeData('csv');
    const aborted = new AbortController();
    aborted.abort();
    expect((await rejection(readInWorker(job('ref.csv'), workerScript()!, aborted.signal))).name).toBe(
      'AbortError',
    );
    const later = new AbortController();
    const reading = readInWorker(job('ref.csv'), workerScript()!, later.signal);
    setTimeout(() => later.abort(), 5);
    expect((await rejection(reading)).name).toBe('AbortError');
  });

  it('reads on this thread when the reader thread cannot run, unless strict', async () => {
    writeData('csv');
    const broken: WorkerScript = {
      url: pathToFileURL(ws.write('broken-worker.cjs', "throw new Error('cannot start');")),
      typescript: false,
    };
    const err = await rejection(readInWorker(job('ref.csv'), broken));
    expect(err).toBeInstanceOf(ReaderThreadError);
    expect(err.message).toBe('the reader thread for ref.csv failed: cannot start');
    const [reference, current] = await readDatasetsWith(job('ref.csv'), job('cur.csv'), broken);
    expect(reference!.thread).toBe(0);
    expect(contents(reference!)).toEqual(contents(await readJob(job('ref.csv'), 0)));
    expect(contents(current)).toEqual(contents(await readJob(job('cur.csv'), 0)));
    expect(
      await rejection(readDatasetsWith(job('ref.csv'), job('cur.csv'), broken, { strict: true })),
    ).toBeInstanceOf(ReaderThreadError);
  });

  it('finds the script beside the bundle, or read-worker.ts beside the sources, or none', () => {
    const source = workerScript();
    expect(source?.typescript).toBe(true);
    expect(source?.url.pathname).toMatch(/\/src\/checks\/data\/read-worker\.ts$/);
    const dir = mkdtempSync(join(tmpdir(), 'modelgate-bundle-'));
    try {
      const bundle = pathToFileURL(join(dir, 'cli.js')).href;
      expect(workerScript(bundle)).toBeNull();
      writeFileSync(join(dir, WORKER_BUNDLE), '');
      expect(workerScript(bundle)).toEqual({ url: new URL(`./${WORKER_BUNDLE}`, bundle), typescript: false });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the bundles built by scripts/build.mjs', () => {
  const out = mkdtempSync(join(tmpdir(), 'modelgate-dist-'));
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', out], { stdio: 'pipe' });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const bundled = (): WorkerScript => ({ url: pathToFileURL(join(out, WORKER_BUNDLE)), typescript: false });

  it('include the reader thread, which reads as this thread does', async () => {
    writeData('csv');
    const here = await readJob(job('ref.csv'), 0);
    const there = await readInWorker(job('ref.csv'), bundled());
    expect(there.thread).toBeGreaterThan(0);
    expect(contents(there)).toEqual(contents(here));
    ws.write('bad.csv', 'x,n,cat\n1,2,3\n4,5\n');
    const err = await rejection(readInWorker(job('bad.csv'), bundled()));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe('bad.csv:3: row 2 has 2 fields but the header has 3 (ragged row)');
  });

  it('give the same `modelgate check --json` with the reader thread as without it', () => {
    // Both files above PARALLEL_MIN_BYTES, so that the CLI reads the reference on a thread.
    const line = (i: number, shift: number) =>
      `${(((i * 7919) % 10007) / 97 + shift).toFixed(6)},${(i * 104729) % 65536},${['alpha', 'beta', 'gamma'][i % 3]}`;
    for (const [name, shift] of [
      ['ref', 0],
      ['cur', 3],
    ] as const) {
      const count = Math.ceil(PARALLEL_MIN_BYTES / 18);
      const body = Array.from({ length: count }, (_, i) => line(i, shift)).join('\n');
      ws.write(`${name}.csv`, `x,n,cat\n${body}\n`);
    }
    ws.write(
      'modelgate.yaml',
      specYaml(
        `  artifact: m.bin\n  image: ${IMAGE}`,
        spec('csv').replace('{ name: n, type: integer, unique: true }', '{ name: n, type: integer }'),
      ),
    );
    const check = () =>
      spawnSync(process.execPath, [join(out, 'cli.js'), 'check', '--json'], {
        cwd: ws.dir,
        encoding: 'utf8',
      });
    const threaded = check();
    unlinkSync(join(out, WORKER_BUNDLE));
    const single = check();
    expect(threaded.stderr).toBe('');
    const facts = JSON.parse(threaded.stdout) as { data: DataFacts };
    expect(facts.data.reference?.bytes).toBeGreaterThanOrEqual(PARALLEL_MIN_BYTES);
    expect(facts.data.drift?.drifted).toBeGreaterThan(0);
    expect(threaded.stdout).toBe(single.stdout);
    expect(threaded.status).toBe(single.status);
  });
});
