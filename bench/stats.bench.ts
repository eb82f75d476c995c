// KS and Mann–Whitney on 10⁶ vs 10⁶ samples (seeded), and the same in SciPy in one subprocess when
// python3 with SciPy is present. Times include sorting, as both implementations sort internally.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ks2samp, mannWhitneyU, seededRandom } from '../src/stats/index.js';

const N = 1_000_000;
const REPEATS = 3;

function best(fn: () => unknown): { ms: number; result: unknown } {
  let ms = Infinity;
  let result: unknown;
  for (let i = 0; i < REPEATS; i++) {
    const t = performance.now();
    result = fn();
    ms = Math.min(ms, performance.now() - t);
  }
  return { ms, result };
}

const SCIPY = `
import json, sys, time
import numpy as np
from scipy import stats
x = np.fromfile(sys.argv[1], dtype='<f8')
y = np.fromfile(sys.argv[2], dtype='<f8')
out = {}
for name, fn in (('ks', lambda: stats.ks_2samp(x, y)), ('mwu', lambda: stats.mannwhitneyu(x, y))):
    best = float('inf')
    for _ in range(${REPEATS}):
        t = time.perf_counter()
        r = fn()
        best = min(best, time.perf_counter() - t)
    out[name] = {'ms': best * 1000, 'statistic': float(r.statistic), 'pvalue': float(r.pvalue)}
print(json.dumps(out))
`;

export async function run(): Promise<void> {
  const rng = seededRandom(20261124);
  const x = rng.fillNormal(new Float64Array(N));
  const y = rng.fillNormal(new Float64Array(N), 0.003, 1.001);
  const ks = best(() => ks2samp(x, y));
  const mwu = best(() => mannWhitneyU(x, y));
  const ksR = ks.result as { statistic: number; pvalue: number };
  const mwuR = mwu.result as { statistic: number; pvalue: number };
  console.log(
    `ks2samp      1e6 vs 1e6: ${ks.ms.toFixed(0)} ms (best of ${REPEATS}); D = ${ksR.statistic}, p = ${ksR.pvalue}`,
  );
  console.log(
    `mannWhitneyU 1e6 vs 1e6: ${mwu.ms.toFixed(0)} ms (best of ${REPEATS}); U = ${mwuR.statistic}, p = ${mwuR.pvalue}`,
  );

  if (spawnSync('python3', ['-c', 'import scipy'], { stdio: 'ignore' }).status !== 0) {
    console.log(
      'SciPy comparison skipped: `python3 -c "import scipy"` failed (python3 or SciPy not installed)',
    );
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-stats-bench-'));
  try {
    const fx = join(dir, 'x.f64');
    const fy = join(dir, 'y.f64');
    writeFileSync(fx, new Uint8Array(x.buffer, x.byteOffset, x.byteLength));
    writeFileSync(fy, new Uint8Array(y.buffer, y.byteOffset, y.byteLength));
    const py = spawnSync('python3', ['-c', SCIPY, fx, fy], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (py.status !== 0) {
      console.log(`SciPy comparison failed: ${py.stderr.trim().split('\n').pop()}`);
      return;
    }
    const sp = JSON.parse(py.stdout) as Record<
      'ks' | 'mwu',
      { ms: number; statistic: number; pvalue: number }
    >;
    const agree = (a: number, b: number) => Math.abs(a - b) <= 1e-9 || Math.abs(a - b) <= 1e-7 * Math.abs(b);
    for (const [name, scipyR, ourR] of [
      ['ks2samp     ', sp.ks, { ms: ks.ms, ...ksR }],
      ['mannWhitneyU', sp.mwu, { ms: mwu.ms, ...mwuR }],
    ] as const) {
      const same = agree(ourR.statistic, scipyR.statistic) && agree(ourR.pvalue, scipyR.pvalue);
      console.log(
        `${name} SciPy: ${scipyR.ms.toFixed(0)} ms; modelgate/SciPy time ratio ${(ourR.ms / scipyR.ms).toFixed(2)}; ` +
          `results ${same ? 'agree' : `DIFFER (SciPy statistic ${scipyR.statistic}, p ${scipyR.pvalue})`}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
