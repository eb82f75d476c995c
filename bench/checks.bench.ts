// Drift-check throughput and peak memory on a generated 1,000,000 × 20 CSV (plus a reference of the
// same size), read on one thread and with the reference on a second thread (the default for large
// files), and, where a python3 with pandas and SciPy is installed (`python3` on PATH, else the system
// /usr/bin/python3: Debian's python3-pandas and python3-scipy), the same computation in pandas +
// SciPy, with the time ratio and the agreement of the statistics. Without pandas but with SciPy, the
// comparison uses Python's csv module + NumPy and says so; without SciPy it is skipped.
//
// The check runs in a child process so that its peak RSS (process.resourceUsage().maxRSS, all threads)
// is its own, from this file bundled with esbuild as dist/cli.js is, with the reader thread's bundle
// beside it as dist/checks-worker.js is (no TypeScript loader in the measured process).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORKER_BUNDLE } from '../src/checks/data/worker-read.js';
import type { ReaderThread } from '../src/checks/data/data-check.js';
import { runChecks } from '../src/checks/run.js';
import type { DataFacts } from '../src/checks/types.js';
import { DEFAULT_SAMPLE_LIMIT } from '../src/checks/data/value-sample.js';
import { loadSpecText } from '../src/spec/load.js';
import { seededRandom } from '../src/stats/index.js';

const ROWS = 1_000_000;
const NUMERICAL = 12;
const CATEGORICAL = 8;
const GOAL_MB = 256;
const CHILD_ENV = 'MODELGATE_CHECKS_BENCH_CHILD';
const MODE_ENV = 'MODELGATE_CHECKS_BENCH_READER_THREAD';
/** Interpreters tried for the comparison, in order. */
const PYTHONS = ['python3', '/usr/bin/python3'];

const numericalNames = Array.from({ length: NUMERICAL }, (_, i) => `num_${i}`);
const categoricalNames = Array.from({ length: CATEGORICAL }, (_, i) => `cat_${i}`);
const CATEGORIES = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

/**
 * Writes ROWS rows. In the current data set num_0 is shifted by 0.5 sd, num_1 is scaled ×1.6, num_2
 * shifted by 0.05 sd (small: not a drift), cat_0's category weights are reversed and cat_1 gains a
 * new category; everything else has the reference's distribution. 5 of 20 columns drift.
 */
async function writeCsv(path: string, seed: number, drifted: boolean): Promise<void> {
  const rng = seededRandom(seed);
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  const header = [...numericalNames, ...categoricalNames].join(',');
  const weights = CATEGORIES.map((_, i) => i + 1);
  const cumulative = (w: number[]) => {
    const total = w.reduce((a, b) => a + b, 0);
    let c = 0;
    return w.map((x) => (c += x / total));
  };
  const normalCum = cumulative(weights);
  const reversedCum = cumulative([...weights].reverse());
  const pick = (cum: number[]) => {
    const u = rng.uniform();
    let i = 0;
    while (i < cum.length - 1 && u > cum[i]) i++;
    return CATEGORIES[i];
  };
  let buf: string[] = [header];
  for (let r = 0; r < ROWS; r++) {
    const cells: string[] = [];
    for (let c = 0; c < NUMERICAL; c++) {
      let v = 10 * c + (c + 1) * rng.normal();
      if (drifted && c === 0) v += 0.5 * (c + 1);
      if (drifted && c === 1) v = 10 + (v - 10) * 1.6;
      if (drifted && c === 2) v += 0.05 * (c + 1);
      cells.push(v.toFixed(4));
    }
    for (let c = 0; c < CATEGORICAL; c++) {
      if (drifted && c === 0) cells.push(pick(reversedCum));
      else if (drifted && c === 1 && rng.uniform() < 0.15) cells.push('new');
      else cells.push(pick(normalCum));
    }
    buf.push(cells.join(','));
    if (buf.length === 20_000) {
      if (!out.write(`${buf.join('\n')}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
      buf = [];
    }
  }
  if (buf.length > 0) out.write(`${buf.join('\n')}\n`);
  await new Promise<void>((resolve, reject) =>
    out.end((err?: Error | null) => (err ? reject(err) : resolve())),
  );
}

function specText(): string {
  const columns = [
    ...numericalNames.map((n) => `      - { name: ${n}, type: number }`),
    ...categoricalNames.map((n) => `      - { name: ${n}, type: category }`),
  ];
  return [
    'apiVersion: modelgate/v1',
    'model:',
    '  name: bench',
    '  artifact: model.bin',
    '  image: 763104351884.dkr.ecr.us-east-1.amazonaws.com/xgboost-inference:1.7-1',
    'checks:',
    '  data:',
    '    reference: reference.csv',
    '    current: current.csv',
    '    columns:',
    ...columns,
    '    drift:',
    '      numerical: [wasserstein, psi, ks]',
    '      categorical: [jensen-shannon, psi, chi2]',
    'target: { provider: sagemaker, region: us-east-1, endpoint: bench, environment: staging, instanceType: ml.m5.large }',
    'strategy: { type: all-at-once, bake: 10m }',
    'gates: [{ metric: error_rate, max: 0.02 }]',
    '',
  ].join('\n');
}

interface ChildResult {
  seconds: number;
  maxRssMb: number;
  startRssMb: number;
  stats: Record<string, Record<string, number>>;
  drifted: string[];
}

/** In the child: run the data check once and print its figures as JSON. */
async function child(dir: string, readerThread: ReaderThread): Promise<void> {
  const startRssMb = process.memoryUsage().rss / 2 ** 20;
  const loaded = loadSpecText(specText(), join(dir, 'modelgate.yaml'), dir);
  const t0 = performance.now();
  const facts = await runChecks(loaded, { workspace: dir, readerThread });
  const seconds = (performance.now() - t0) / 1000;
  const data = facts.data as DataFacts;
  if (!data.drift) throw new Error(`the data check did not run: ${data.problems.join('; ')}`);
  const stats: ChildResult['stats'] = {};
  for (const f of data.drift.features)
    stats[f.column] = Object.fromEntries(f.tests.map((t) => [t.method, t.statistic]));
  const result: ChildResult = {
    seconds,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    startRssMb,
    stats,
    drifted: data.drift.features
      .filter((f) => f.drifted)
      .map(
        (f) =>
          `${f.column} (${f.tests
            .filter((t) => t.drifted)
            .map((t) => t.method)
            .join(', ')})`,
      ),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

const PYTHON = String.raw`
import csv, json, resource, sys, time
from collections import Counter
import numpy as np
import scipy
from scipy import stats
from scipy.spatial import distance
try:
    import pandas as pd
except ImportError:
    pd = None

ref_path, cur_path, ncols = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
if pd is not None:
    engine = 'pandas %s + SciPy %s' % (pd.__version__, scipy.__version__)
    def load(path):
        df = pd.read_csv(path)
        num = {c: df[c].to_numpy(dtype=float) for c in ncols}
        cat = {c: Counter(df[c].value_counts().to_dict()) for c in df.columns if c not in ncols}
        return num, cat
else:
    engine = 'csv module + NumPy %s + SciPy %s (no pandas)' % (np.__version__, scipy.__version__)
    def load(path):
        with open(path, newline='') as f:
            reader = csv.reader(f)
            header = next(reader)
            ni = [header.index(c) for c in ncols]
            ci = [(i, c) for i, c in enumerate(header) if c not in ncols]
            parts = {c: [] for c in ncols}
            cat = {c: Counter() for _, c in ci}
            while True:
                rows = [r for _, r in zip(range(100000), reader)]
                if not rows:
                    break
                cols = list(zip(*rows))
                for i, c in zip(ni, ncols):
                    parts[c].append(np.array(cols[i], dtype=float))
                for i, c in ci:
                    cat[c].update(cols[i])
        return {c: np.concatenate(v) for c, v in parts.items()}, cat

def psi(e, a, eps=1e-4):
    e = np.maximum(e, eps); a = np.maximum(a, eps)
    return float(np.sum((a - e) * np.log(a / e)))

t0 = time.perf_counter()
rnum, rcat = load(ref_path)
cnum, ccat = load(cur_path)
read_seconds = time.perf_counter() - t0
out = {}
for c in ncols:
    r, k = rnum[c], cnum[c]
    w = stats.wasserstein_distance(r, k) / max(np.std(r), 0.001)
    rs = np.sort(r)
    cuts = np.unique(np.quantile(rs, [j / 10 for j in range(1, 10)], method='inverted_cdf'))
    cuts = cuts[cuts < rs[-1]]
    e = np.bincount(np.searchsorted(cuts, r, side='left'), minlength=len(cuts) + 1) / len(r)
    a = np.bincount(np.searchsorted(cuts, k, side='left'), minlength=len(cuts) + 1) / len(k)
    out[c] = {'wasserstein': float(w), 'psi': psi(e, a), 'ks': float(stats.ks_2samp(r, k).statistic)}
for c in rcat:
    keys = sorted(set(rcat[c]) | set(ccat[c]))
    r = np.array([rcat[c][x] for x in keys], dtype=float)
    k = np.array([ccat[c][x] for x in keys], dtype=float)
    out[c] = {
        'jensen-shannon': float(distance.jensenshannon(r / r.sum(), k / k.sum())),
        'psi': psi(r / r.sum(), k / k.sum()),
        'chi2': float(stats.chi2_contingency([r, k])[0]),
    }
seconds = time.perf_counter() - t0
print(json.dumps({
    'seconds': seconds,
    'readSeconds': read_seconds,
    'maxRssMb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    'engine': engine,
    'python': '%s (Python %s)' % (sys.executable, sys.version.split()[0]),
    'stats': out,
}))
`;

interface PythonResult {
  seconds: number;
  readSeconds: number;
  maxRssMb: number;
  engine: string;
  python: string;
  stats: ChildResult['stats'];
}

const PROBE = [
  'import numpy, scipy',
  'try:',
  '    import pandas',
  "    print('pandas')",
  'except ImportError:',
  "    print('scipy')",
].join('\n');

/**
 * The first of PYTHONS with pandas + SciPy, else the first with SciPy alone (compared through the
 * csv module), else null; `notes` says what each interpreter lacked.
 */
function findPython(): { command: string; pandas: boolean; notes: string[] } | null {
  const notes: string[] = [];
  let scipyOnly: string | null = null;
  for (const command of PYTHONS) {
    const probe = spawnSync(command, ['-c', PROBE], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0) {
      notes.push(`${command}: ${probe.error ? 'not found' : 'no NumPy/SciPy'}`);
      continue;
    }
    if (probe.stdout.trim() === 'pandas') return { command, pandas: true, notes };
    notes.push(`${command}: no pandas`);
    scipyOnly ??= command;
  }
  return scipyOnly ? { command: scipyOnly, pandas: false, notes } : null;
}

function runChild(bundle: string, dir: string, mode: ReaderThread): ChildResult {
  const res = spawnSync(process.execPath, [bundle], {
    env: { ...process.env, [CHILD_ENV]: dir, [MODE_ENV]: mode },
    encoding: 'utf8',
    maxBuffer: 16 << 20,
  });
  if (res.status !== 0) throw new Error(`the drift check failed:\n${res.stderr}`);
  return JSON.parse(res.stdout.trim().split('\n').at(-1) as string) as ChildResult;
}

const mb = (x: number): string => `${x.toFixed(0)} MB`;

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-checks-bench-'));
  try {
    const t0 = performance.now();
    await writeCsv(join(dir, 'reference.csv'), 1, false);
    await writeCsv(join(dir, 'current.csv'), 2, true);
    writeFileSync(join(dir, 'model.bin'), 'x');
    const bytes = statSync(join(dir, 'reference.csv')).size + statSync(join(dir, 'current.csv')).size;
    console.log(
      `generated reference + current: 2 × ${ROWS.toLocaleString('en-US')} rows × ${NUMERICAL + CATEGORICAL} columns, ${(bytes / 1e6).toFixed(0)} MB, in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );

    const here = fileURLToPath(import.meta.url);
    const root = join(dirname(here), '..');
    const bundle = join(dir, 'checks-bench.mjs');
    const options = {
      bundle: true,
      platform: 'node' as const,
      format: 'esm' as const,
      target: 'node20',
      mainFields: ['module', 'main'],
      logLevel: 'warning' as const,
      banner: {
        js: "import { createRequire as __cr } from 'node:module';\nconst require = __cr(import.meta.url);",
      },
    };
    await build({ ...options, entryPoints: [here], outfile: bundle });
    // Where dist/checks-worker.js sits relative to dist/cli.js (scripts/build.mjs builds it the same way).
    await build({
      ...options,
      entryPoints: [join(root, 'src/checks/data/read-worker.ts')],
      outfile: join(dir, WORKER_BUNDLE),
    });

    const rows = 2 * ROWS;
    // Timings move with what else runs: say what the machine was doing.
    console.log(
      `${availableParallelism()} cores, load average ${loadavg()[0].toFixed(2)} before the runs below`,
    );
    const line = (label: string, r: ChildResult): void =>
      console.log(
        `${label}: ${r.seconds.toFixed(2)} s, ${Math.round(rows / r.seconds).toLocaleString('en-US')} rows/s, ${(bytes / 1e6 / r.seconds).toFixed(1)} MB/s, peak RSS ${mb(r.maxRssMb)} (${mb(r.startRssMb)} before reading; goal < ${GOAL_MB} MB: ${r.maxRssMb < GOAL_MB ? 'met' : 'NOT met'})`,
      );
    const single = runChild(bundle, dir, 'never');
    line('modelgate drift check, one thread           ', single);
    const ours = runChild(bundle, dir, 'auto');
    line('modelgate drift check, reference on a thread', ours);
    if (JSON.stringify(single.stats) !== JSON.stringify(ours.stats)) {
      throw new Error('the drift statistics differ between reading on one thread and on two');
    }
    console.log('  (20 columns × 3 methods; the statistics are the same either way)');
    console.log(`drifted columns (methods that flagged them): ${ours.drifted.join('; ')}`);
    console.log(
      '  generated: num_0 +0.5 sd, num_1 sd ×1.6, num_2 +0.05 sd (only KS, at 10⁶ rows, calls that drift), cat_0 weights reversed, cat_1 a new 15% category',
    );

    const python = findPython();
    if (!python) {
      console.log(
        `no comparison: no python3 with SciPy (${PYTHONS.join(', ')} tried; on Debian: apt-get install python3-pandas python3-scipy)`,
      );
      return;
    }
    if (!python.pandas) {
      console.log(
        `pandas comparison skipped: no interpreter with pandas (${python.notes.join('; ')}); comparing with ${python.command}'s csv module instead`,
      );
    }
    const script = join(dir, 'drift.py');
    writeFileSync(script, PYTHON);
    const py = spawnSync(
      python.command,
      [script, join(dir, 'reference.csv'), join(dir, 'current.csv'), JSON.stringify(numericalNames)],
      { encoding: 'utf8', maxBuffer: 16 << 20 },
    );
    if (py.status !== 0) {
      console.log(`${python.command} failed: ${py.stderr.trim().split('\n').at(-1)}`);
      return;
    }
    const theirs = JSON.parse(py.stdout.trim()) as PythonResult;
    const ratio = (r: ChildResult): string => {
      const x = theirs.seconds / r.seconds;
      return x >= 1 ? `modelgate ${x.toFixed(2)}× faster` : `modelgate ${(1 / x).toFixed(2)}× slower`;
    };
    console.log(
      `${theirs.engine}, ${theirs.python}: ${theirs.seconds.toFixed(2)} s (reading both files ${theirs.readSeconds.toFixed(2)} s, statistics on all ${ROWS.toLocaleString('en-US')} values per column ${(theirs.seconds - theirs.readSeconds).toFixed(2)} s), peak RSS ${mb(theirs.maxRssMb)}`,
    );
    console.log(
      `ratio, ${theirs.engine.split(' + ')[0]} + SciPy time / modelgate time: ${(theirs.seconds / ours.seconds).toFixed(2)} (${ratio(ours)}; on one thread ${(theirs.seconds / single.seconds).toFixed(2)}, ${ratio(single)})`,
    );
    // Agreement: modelgate uses every value up to its sample limit and a uniform sample beyond.
    const diffs: Record<string, number> = {};
    for (const [column, methods] of Object.entries(ours.stats)) {
      for (const [method, value] of Object.entries(methods)) {
        const ref = theirs.stats[column]?.[method];
        if (ref === undefined) continue;
        const d = method === 'chi2' ? Math.abs(value - ref) / Math.max(ref, 1) : Math.abs(value - ref);
        diffs[method] = Math.max(diffs[method] ?? 0, d);
      }
    }
    console.log(
      `largest difference from SciPy's full-data statistics (modelgate's numerical tests use a ${DEFAULT_SAMPLE_LIMIT.toLocaleString('en-US')}-value uniform sample per column): ${Object.entries(
        diffs,
      )
        .map(([m, d]) => `${m} ${d.toExponential(1)}${m === 'chi2' ? ' (relative)' : ''}`)
        .join(', ')}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.env[CHILD_ENV]) {
  await child(process.env[CHILD_ENV], (process.env[MODE_ENV] ?? 'auto') as ReaderThread);
}
