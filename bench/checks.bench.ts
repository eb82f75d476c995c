// Drift-check throughput and peak memory on a generated 1,000,000 × 20 CSV (plus a reference of the
// same size), and, where python3 with SciPy is installed, the same computation in pandas (or, without
// pandas, Python's csv module + NumPy) + SciPy, with the time ratio and the agreement of the statistics.
//
// The check runs in a child process so that its peak RSS (process.resourceUsage().maxRSS) is its own,
// from this file bundled with esbuild as dist/cli.js is (no TypeScript loader in the measured process).
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChecks } from '../src/checks/run.js';
import type { DataFacts } from '../src/checks/types.js';
import { loadSpecText } from '../src/spec/load.js';
import { seededRandom } from '../src/stats/index.js';

const ROWS = 1_000_000;
const NUMERICAL = 12;
const CATEGORICAL = 8;
const GOAL_MB = 256;
const CHILD_ENV = 'MODELGATE_CHECKS_BENCH_CHILD';

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
async function child(dir: string): Promise<void> {
  const startRssMb = process.memoryUsage().rss / 2 ** 20;
  const loaded = loadSpecText(specText(), join(dir, 'modelgate.yaml'), dir);
  const t0 = performance.now();
  const facts = await runChecks(loaded, { workspace: dir });
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
from scipy import stats
from scipy.spatial import distance

ref_path, cur_path, ncols = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
t0 = time.perf_counter()
try:
    import pandas as pd
    engine = 'pandas ' + pd.__version__
    def load(path):
        df = pd.read_csv(path)
        num = {c: df[c].to_numpy(dtype=float) for c in ncols}
        cat = {c: Counter(df[c].value_counts().to_dict()) for c in df.columns if c not in ncols}
        return num, cat
except ImportError:
    engine = 'csv module + NumPy (pandas not installed)'
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

rnum, rcat = load(ref_path)
cnum, ccat = load(cur_path)
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
print(json.dumps({'seconds': seconds, 'maxRssMb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 'engine': engine, 'stats': out}))
`;

function pythonWithScipy(): boolean {
  try {
    execFileSync('python3', ['-c', 'import scipy, numpy'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

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
    const bundle = join(dir, 'checks-bench.mjs');
    await build({
      entryPoints: [here],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      mainFields: ['module', 'main'],
      logLevel: 'warning',
      banner: {
        js: "import { createRequire as __cr } from 'node:module';\nconst require = __cr(import.meta.url);",
      },
    });
    const res = spawnSync(process.execPath, [bundle], {
      cwd: join(dirname(here), '..'),
      env: { ...process.env, [CHILD_ENV]: dir },
      encoding: 'utf8',
      maxBuffer: 16 << 20,
    });
    if (res.status !== 0) throw new Error(`the drift check failed:\n${res.stderr}`);
    const ours = JSON.parse(res.stdout.trim().split('\n').at(-1) as string) as ChildResult;
    const rows = 2 * ROWS;
    console.log(
      `modelgate drift check (20 columns × 3 methods): ${ours.seconds.toFixed(2)} s, ${Math.round(rows / ours.seconds).toLocaleString('en-US')} rows/s, ${(bytes / 1e6 / ours.seconds).toFixed(1)} MB/s`,
    );
    console.log(
      `peak RSS ${ours.maxRssMb.toFixed(0)} MB (${ours.startRssMb.toFixed(0)} MB before reading; goal < ${GOAL_MB} MB: ${ours.maxRssMb < GOAL_MB ? 'met' : 'NOT met'})`,
    );
    console.log(`drifted columns (methods that flagged them): ${ours.drifted.join('; ')}`);
    console.log(
      '  generated: num_0 +0.5 sd, num_1 sd ×1.6, num_2 +0.05 sd (only KS, at 10⁶ rows, calls that drift), cat_0 weights reversed, cat_1 a new 15% category',
    );

    if (!pythonWithScipy()) {
      console.log('python3 with SciPy not found: no comparison');
      return;
    }
    const script = join(dir, 'drift.py');
    writeFileSync(script, PYTHON);
    const py = spawnSync(
      'python3',
      [script, join(dir, 'reference.csv'), join(dir, 'current.csv'), JSON.stringify(numericalNames)],
      { encoding: 'utf8', maxBuffer: 16 << 20 },
    );
    if (py.status !== 0) {
      console.log(`python3 + SciPy failed: ${py.stderr.trim().split('\n').at(-1)}`);
      return;
    }
    const theirs = JSON.parse(py.stdout.trim()) as {
      seconds: number;
      maxRssMb: number;
      engine: string;
      stats: ChildResult['stats'];
    };
    console.log(
      `python3 (${theirs.engine}) + SciPy: ${theirs.seconds.toFixed(2)} s, peak RSS ${theirs.maxRssMb.toFixed(0)} MB; ratio ${(theirs.seconds / ours.seconds).toFixed(2)}× (${theirs.seconds > ours.seconds ? 'modelgate faster' : 'SciPy faster'})`,
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
      `largest difference from SciPy's full-data statistics: ${Object.entries(diffs)
        .map(([m, d]) => `${m} ${d.toExponential(1)}${m === 'chi2' ? ' (relative)' : ''}`)
        .join(', ')}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.env[CHILD_ENV]) {
  await child(process.env[CHILD_ENV]);
}
