import { parquetWriteBuffer } from 'hyparquet-writer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DRIFT, driftSpecProblems } from '../../src/checks/data/drift.js';
import { runChecks } from '../../src/checks/run.js';
import type { DataFacts, FeatureDrift } from '../../src/checks/types.js';
import { IMAGE, loadSpec, specYaml, tempWorkspace } from './helpers.js';

let ws: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  ws = tempWorkspace();
  ws.write('m.bin', 'x');
});
afterEach(() => ws.cleanup());

async function dataFacts(
  checks: string,
  options: { sampleLimit?: number; uniqueLimit?: number } = {},
): Promise<DataFacts> {
  const loaded = loadSpec(ws.dir, specYaml(`  artifact: m.bin\n  image: ${IMAGE}`, checks));
  const facts = await runChecks(loaded, { workspace: ws.dir, ...options });
  return facts.data!;
}

function csv(header: string[], rows: Array<Array<string | number>>): string {
  return `${header.join(',')}\n${rows.map((r) => r.join(',')).join('\n')}\n`;
}

const feature = (d: DataFacts, column: string): FeatureDrift => {
  const f = d.drift?.features.find((x) => x.column === column);
  if (!f) throw new Error(`no drift result for ${column}`);
  return f;
};

describe('schema rules', () => {
  const rows = Array.from({ length: 20 }, (_, i) => [
    i + 1,
    (i * 3.5).toFixed(1),
    ['DE', 'FR', 'US'][i % 3],
    i % 2 ? 'true' : 'false',
  ]);
  const header = ['id', 'amount', 'country', 'flag'];

  it('passes when every rule holds', async () => {
    ws.write('cur.csv', csv(header, rows));
    const d = await dataFacts(
      [
        '  data:',
        '    current: cur.csv',
        '    columns:',
        '      - { name: id, type: integer, unique: true, min: 1 }',
        '      - { name: amount, type: number, min: 0, max: 100 }',
        '      - { name: country, type: category, allowed: [DE, FR, US] }',
        '      - { name: flag, type: boolean }',
      ].join('\n'),
    );
    expect(d.problems).toEqual([]);
    expect(d.passed).toBe(true);
    expect(d.current).toMatchObject({ path: 'cur.csv', format: 'csv', rows: 20 });
    expect(d.schema.columns.find((c) => c.name === 'amount')).toMatchObject({
      min: 0,
      max: 66.5,
      nulls: 0,
      distinct: null,
    });
    expect(d.schema.columns.find((c) => c.name === 'country')).toMatchObject({ distinct: 3, min: null });
    expect(d.schema.columns.find((c) => c.name === 'id')?.unique).toBe(true);
    expect(d.drift).toBeNull();
  });

  it('reports each broken rule with counts and examples', async () => {
    const bad = rows.map((r) => [...r]);
    bad[2][0] = 2; // duplicate id (row 3 repeats row 2)
    bad[4][1] = '150.0'; // above max
    bad[5][1] = '-1'; // below min
    bad[6][1] = 'n/a!'; // not a number
    bad[7][1] = ''; // null
    bad[8][2] = 'XX'; // not allowed
    bad[9][3] = 'yes'; // not a boolean
    ws.write('cur.csv', csv(header, bad));
    const d = await dataFacts(
      [
        '  data:',
        '    current: cur.csv',
        '    columns:',
        '      - { name: id, type: integer, unique: true }',
        '      - { name: amount, type: number, min: 0, max: 100, maxNullPercent: 1 }',
        '      - { name: country, type: category, allowed: [DE, FR, US] }',
        '      - { name: flag, type: boolean }',
        '      - { name: segment, type: string }',
      ].join('\n'),
    );
    expect(d.passed).toBe(false);
    const summary = d.schema.violations.map((v) => [v.column, v.rule, v.count, v.examples]);
    expect(summary).toEqual([
      ['id', 'unique', 1, [{ row: 3, value: '2' }]],
      ['amount', 'type', 1, [{ row: 7, value: '"n/a!"' }]],
      ['amount', 'null-rate', 1, []],
      ['amount', 'min', 1, [{ row: 6, value: '-1' }]],
      ['amount', 'max', 1, [{ row: 5, value: '150' }]],
      ['country', 'allowed', 1, [{ row: 9, value: '"XX"' }]],
      ['flag', 'type', 1, [{ row: 10, value: '"yes"' }]],
      ['segment', 'missing', 20, []],
    ]);
    expect(d.problems).toContain(
      'cur.csv: column amount: 5% of values are null (1 of 20), above the maximum of 1%',
    );
    expect(d.problems).toContain('cur.csv: column segment: the column is missing');
  });

  it('fails uniqueness closed when the distinct values exceed the memory limit', async () => {
    ws.write(
      'cur.csv',
      csv(
        ['id'],
        Array.from({ length: 50 }, (_, i) => [i]),
      ),
    );
    const d = await dataFacts(
      '  data:\n    current: cur.csv\n    columns:\n      - { name: id, type: integer, unique: true }',
      {
        uniqueLimit: 10,
      },
    );
    expect(d.schema.columns[0].unique).toBeNull();
    expect(d.schema.violations[0].message).toMatch(/^uniqueness cannot be verified: more than/);
  });

  it('reads JSON Lines with the same rules', async () => {
    ws.write('cur.jsonl', '{"id": 1, "country": "DE"}\n{"id": "2", "country": "FR"}\n{"id": 3}\n');
    const d = await dataFacts(
      '  data:\n    current: cur.jsonl\n    columns:\n      - { name: id, type: integer }\n      - { name: country, type: category, maxNullPercent: 40 }',
    );
    expect(d.schema.violations.map((v) => [v.column, v.rule, v.examples])).toEqual([
      ['id', 'type', [{ row: 2, value: '"2"' }]],
    ]);
  });

  it('reads Parquet with the same rules', async () => {
    const bytes = parquetWriteBuffer({
      columnData: [
        { name: 'id', data: [1, 2, 2, 4], type: 'INT32' },
        { name: 'amount', data: [1.5, null, 300, 4], type: 'DOUBLE' },
      ],
    });
    ws.write('cur.parquet', new Uint8Array(bytes));
    const d = await dataFacts(
      '  data:\n    current: cur.parquet\n    columns:\n      - { name: id, type: integer, unique: true }\n      - { name: amount, type: number, max: 100, maxNullPercent: 30 }',
    );
    expect(d.current).toMatchObject({ format: 'parquet', rows: 4 });
    expect(d.schema.violations.map((v) => [v.column, v.rule, v.examples])).toEqual([
      ['id', 'unique', [{ row: 3, value: '2' }]],
      ['amount', 'max', [{ row: 3, value: '300' }]],
    ]);
  });

  it('turns an unreadable data file into a failed check naming file and line', async () => {
    ws.write('cur.csv', 'a,b\n1,2\n3\n');
    const d = await dataFacts(
      '  data:\n    current: cur.csv\n    columns:\n      - { name: a, type: number }',
    );
    expect(d.passed).toBe(false);
    expect(d.problems).toEqual(['cur.csv:3: row 2 has 1 fields but the header has 2 (ragged row)']);
  });

  it('refuses a data file outside the workspace and an unknown format', async () => {
    let d = await dataFacts('  data:\n    current: ../../etc/passwd.csv\n    columns: []');
    expect(d.problems[0]).toMatch(
      /checks\.data\.current: "\.\.\/\.\.\/etc\/passwd\.csv" is outside the workspace/,
    );
    d = await dataFacts('  data:\n    current: cur.xlsx\n    columns: []');
    expect(d.problems[0]).toMatch(
      /checks\.data\.current: cannot tell the format of "cur\.xlsx" from its extension \(expected \.csv, \.jsonl, \.ndjson or \.parquet\)/,
    );
  });
});

// The same data and expected values as computed with SciPy 1.17 / NumPy (see the comments).
const REF = Array.from({ length: 200 }, (_, i) => ((i * 7919) % 1000) / 100);
const CUR = Array.from({ length: 150 }, (_, i) => (((i * 7919) % 1000) / 100) * 1.1 + 0.5);
const CAT_REF = [...Array(50).fill('a'), ...Array(30).fill('b'), ...Array(20).fill('c')];
const CAT_CUR = [
  ...Array(30).fill('a'),
  ...Array(40).fill('b'),
  ...Array(25).fill('c'),
  ...Array(5).fill('d'),
];

function writeDriftData(): void {
  ws.write(
    'ref.csv',
    csv(
      ['x', 'cat'],
      REF.map((v, i) => [v, CAT_REF[i % 100]]),
    ),
  );
  ws.write(
    'cur.csv',
    csv(
      ['x', 'cat'],
      CUR.map((v, i) => [v, CAT_CUR[i % 100]]),
    ),
  );
}

describe('drift', () => {
  const columns = [
    '    columns:',
    '      - { name: x, type: number }',
    '      - { name: cat, type: category }',
  ];

  it('uses KS and chi-square for a reference of at most 1,000 rows, agreeing with SciPy', async () => {
    writeDriftData();
    // The categorical column is compared on the first 100 rows' distribution repeated: use 100-row files for it.
    ws.write(
      'ref.csv',
      csv(
        ['x', 'cat'],
        REF.slice(0, 100).map((v, i) => [v, CAT_REF[i]]),
      ),
    );
    ws.write(
      'cur.csv',
      csv(
        ['x', 'cat'],
        CUR.slice(0, 100).map((v, i) => [v, CAT_CUR[i]]),
      ),
    );
    const d = await dataFacts(
      ['  data:', '    reference: ref.csv', '    current: cur.csv', ...columns].join('\n'),
    );
    const cat = feature(d, 'cat');
    // scipy.stats.chi2_contingency([[50,30,20,0],[30,40,25,5]])
    expect(cat).toMatchObject({
      method: 'chi2',
      kind: 'categorical',
      threshold: 0.05,
      drifted: true,
      referenceRows: 100,
      currentRows: 100,
    });
    expect(cat.statistic).toBeCloseTo(11.984126984126984, 9);
    expect(cat.pValue).toBeCloseTo(0.007437733013855564, 12);
    expect(feature(d, 'x').method).toBe('ks');
  });

  it('KS on the numerical sample matches scipy.stats.ks_2samp', async () => {
    writeDriftData();
    const d = await dataFacts(
      ['  data:', '    reference: ref.csv', '    current: cur.csv', ...columns].join('\n'),
    );
    const x = feature(d, 'x');
    // ks_2samp(ref, cur) → statistic 0.14166666666666666, pvalue 0.05887252227571946 (exact)
    expect(x.statistic).toBeCloseTo(0.14166666666666666, 12);
    expect(x.pValue).toBeCloseTo(0.05887252227571946, 10);
    expect(x.drifted).toBe(false);
  });

  it('uses normalised Wasserstein and Jensen–Shannon above 1,000 reference rows', async () => {
    const n = 1200;
    ws.write(
      'ref.csv',
      csv(
        ['x', 'cat'],
        Array.from({ length: n }, (_, i) => [REF[i % 200], CAT_REF[i % 100]]),
      ),
    );
    ws.write(
      'cur.csv',
      csv(
        ['x', 'cat'],
        Array.from({ length: 900 }, (_, i) => [CUR[i % 150], CAT_CUR[i % 100]]),
      ),
    );
    const d = await dataFacts(
      ['  data:', '    reference: ref.csv', '    current: cur.csv', ...columns].join('\n'),
    );
    const x = feature(d, 'x');
    const cat = feature(d, 'cat');
    expect(x).toMatchObject({ method: 'wasserstein', pValue: null, threshold: 0.1, drifted: true });
    // wasserstein_distance(ref, cur) / np.std(ref): the samples repeat REF and CUR exactly 6 times.
    expect(x.statistic).toBeCloseTo(0.32954999209745767, 9);
    // scipy.spatial.distance.jensenshannon([50,30,20,0]/100, [30,40,25,5]/100)
    expect(cat).toMatchObject({ method: 'jensen-shannon', drifted: true });
    expect(cat.statistic).toBeCloseTo(0.18691627515331474, 12);
    expect(d.drift).toMatchObject({ checked: 2, drifted: 2, driftedShare: 1, datasetDrift: true });
    expect(d.passed).toBe(false);
    expect(d.problems.at(-1)).toBe(
      'dataset drift: 2 of 2 compared columns drifted (100%, at least 50% means drift): x, cat',
    );
  });

  it('computes PSI on reference-quantile bins and on categories when asked', async () => {
    writeDriftData();
    const d = await dataFacts(
      [
        '  data:',
        '    reference: ref.csv',
        '    current: cur.csv',
        ...columns,
        '    drift:',
        '      numerical: [psi, ks]',
        '      categorical: [psi]',
      ].join('\n'),
    );
    const x = feature(d, 'x');
    // numpy: cuts = quantile(ref, j/10, method='inverted_cdf') below max(ref), right-closed bins
    // (searchsorted side='left'), proportions floored at 1e-4
    expect(x.tests.map((t) => t.method)).toEqual(['psi', 'ks']);
    expect(x.tests[0].statistic).toBeCloseTo(0.14201510320786137, 12);
    expect(x).toMatchObject({ method: 'psi', drifted: true, threshold: 0.1 });
    // Category counts: reference a 100, b 60, c 40; current a 60, b 60, c 25, d 5 (numpy, floor 1e-4).
    expect(feature(d, 'cat').statistic).toBeCloseTo(0.2502171329811671, 12);
  });

  it('honours per-method thresholds, per-column overrides, drift: false and the dataset share', async () => {
    writeDriftData();
    const d = await dataFacts(
      [
        '  data:',
        '    reference: ref.csv',
        '    current: cur.csv',
        '    columns:',
        '      - { name: x, type: number }',
        '      - { name: cat, type: category }',
        '      - { name: x2, type: number, drift: false }',
        '    drift:',
        '      thresholds: { ks: 0.1 }',
        '      columns: { cat: { method: jensen-shannon, threshold: 0.5 } }',
        '      datasetDriftPercent: 60',
      ].join('\n'),
    );
    expect(feature(d, 'x')).toMatchObject({ method: 'ks', threshold: 0.1, drifted: true });
    expect(feature(d, 'cat')).toMatchObject({ method: 'jensen-shannon', threshold: 0.5, drifted: false });
    expect(d.drift).toMatchObject({
      checked: 2,
      drifted: 1,
      driftedShare: 0.5,
      datasetDriftPercent: 60,
      datasetDrift: false,
    });
    expect(d.drift!.features.map((f) => f.column)).toEqual(['x', 'cat']);
    // A column missing from the data: the schema fails it; drift is not computed on it.
    expect(d.passed).toBe(false);
  });

  it('does not drift when the data are the same', async () => {
    ws.write(
      'ref.csv',
      csv(
        ['x', 'cat'],
        REF.map((v, i) => [v, CAT_REF[i % 100]]),
      ),
    );
    ws.write(
      'cur.csv',
      csv(
        ['x', 'cat'],
        REF.map((v, i) => [v, CAT_REF[i % 100]]),
      ),
    );
    const d = await dataFacts(
      ['  data:', '    reference: ref.csv', '    current: cur.csv', ...columns].join('\n'),
    );
    expect(d.drift).toMatchObject({ drifted: 0, datasetDrift: false });
    expect(feature(d, 'x')).toMatchObject({ statistic: 0, pValue: 1 });
    expect(d.passed).toBe(true);
  });

  it('skips columns it cannot compare, with the reason', async () => {
    ws.write(
      'ref.csv',
      csv(
        ['x'],
        REF.map((v) => [v]),
      ),
    );
    ws.write(
      'cur.csv',
      csv(
        ['x', 'cat'],
        CUR.map((v) => [v, '']),
      ),
    );
    const d = await dataFacts(
      [
        '  data:',
        '    reference: ref.csv',
        '    current: cur.csv',
        '    columns:',
        '      - { name: x, type: number }',
        '      - { name: cat, type: category, maxNullPercent: 100 }',
      ].join('\n'),
    );
    expect(d.drift!.skipped).toEqual([{ column: 'cat', reason: 'not in the reference data' }]);
    expect(d.drift!.checked).toBe(1);
  });

  it('refuses an ordered method for a categorical column, naming the spec field', async () => {
    const kinds = new Map([
      ['x', 'numerical' as const],
      ['cat', 'categorical' as const],
    ]);
    const drift = {
      ...DEFAULT_DRIFT,
      categorical: ['ks' as const],
      columns: { cat: { method: 'wasserstein' as const }, nope: {} },
    };
    expect(driftSpecProblems(drift, kinds)).toEqual([
      {
        field: 'checks.data.drift.categorical',
        message:
          '"ks" needs ordered values and cannot compare categorical columns (use chi2, jensen-shannon or psi)',
      },
      {
        field: 'checks.data.drift.columns.cat.method',
        message: '"wasserstein" cannot compare the categorical column "cat"',
      },
      { field: 'checks.data.drift.columns.nope', message: '"nope" is not one of checks.data.columns' },
    ]);
  });

  it('samples a column larger than the sample limit, reporting the full row counts', async () => {
    const n = 5000;
    ws.write(
      'ref.csv',
      csv(
        ['x'],
        Array.from({ length: n }, (_, i) => [Math.sin(i) * 10]),
      ),
    );
    ws.write(
      'cur.csv',
      csv(
        ['x'],
        Array.from({ length: n }, (_, i) => [Math.sin(i * 1.7) * 10 + 5]),
      ),
    );
    const spec = [
      '  data:',
      '    reference: ref.csv',
      '    current: cur.csv',
      '    columns:',
      '      - { name: x, type: number }',
    ].join('\n');
    const exact = await dataFacts(spec);
    const sampled = await dataFacts(spec, { sampleLimit: 1000 });
    const again = await dataFacts(spec, { sampleLimit: 1000 });
    expect(feature(sampled, 'x')).toMatchObject({
      referenceRows: n,
      currentRows: n,
      drifted: true,
      sampled: true,
    });
    expect(feature(exact, 'x').sampled).toBe(false);
    expect(feature(sampled, 'x').statistic).toBeCloseTo(feature(exact, 'x').statistic, 1);
    expect(feature(sampled, 'x').statistic).not.toBe(feature(exact, 'x').statistic);
    expect(feature(again, 'x').statistic).toBe(feature(sampled, 'x').statistic);
  });
});
