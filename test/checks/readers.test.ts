import { parquetWriteBuffer } from 'hyparquet-writer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError, formatProblem } from '../../src/errors.js';
import { readCsv } from '../../src/checks/data/csv-reader.js';
import { readJsonLines } from '../../src/checks/data/jsonl-reader.js';
import { readParquet } from '../../src/checks/data/parquet-reader.js';
import { ColumnProfile } from '../../src/checks/data/profile.js';
import { ValueSample } from '../../src/checks/data/value-sample.js';
import type { ColumnSpec } from '../../src/spec/types.js';
import { tempWorkspace } from './helpers.js';

let ws: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.cleanup());

const col = (name: string, type: ColumnSpec['type'], extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  name,
  type,
  maxNullPercent: 0,
  unique: false,
  drift: true,
  ...extra,
});

function profiles(...specs: ColumnSpec[]) {
  const sinks = new Map<string, ValueSample>();
  const map = new Map(
    specs.map((s) => {
      const sink = new ValueSample(1000);
      sinks.set(s.name, sink);
      return [s.name, new ColumnProfile(s, { rules: true, sink, categories: true })];
    }),
  );
  return { map, sinks };
}

/** The one-line message of the InputError a promise rejects with. */
async function problem(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    const problems = (err as InputError).problems;
    expect(problems).toHaveLength(1);
    return formatProblem(problems[0]);
  }
  throw new Error('expected an InputError');
}

describe('CSV', () => {
  it('reads a file with a BOM, quoted fields and CRLF line ends into the profiles', async () => {
    const file = ws.write('d.csv', '\uFEFFid,amount,country\r\n1,10.5,"DE"\r\n2,"2,5",FR\r\n3,,"U""S"\r\n');
    const { map, sinks } = profiles(
      col('id', 'integer'),
      col('amount', 'number', { maxNullPercent: 50 }),
      col('country', 'category'),
    );
    const r = await readCsv(file, 'd.csv', map);
    expect(r).toEqual({ rows: 3, columns: ['id', 'amount', 'country'] });
    expect(map.get('id')!.present).toBe(true);
    expect([...sinks.get('id')!.values()]).toEqual([1, 2, 3]);
    const amount = map.get('amount')!;
    expect(amount.nulls).toBe(1);
    expect(amount.typeErrors.examples).toEqual([{ row: 2, value: '"2,5"' }]);
    expect([...map.get('country')!.counts]).toEqual([
      ['DE', 1],
      ['FR', 1],
      ['U"S', 1],
    ]);
  });

  it('names file, line and row of a ragged row', async () => {
    const file = ws.write('d.csv', 'a,b,c\n1,2,3\n4,5\n');
    expect(await problem(readCsv(file, 'data/d.csv', profiles(col('a', 'number')).map))).toBe(
      'data/d.csv:3: row 2 has 2 fields but the header has 3 (ragged row)',
    );
  });

  it('names the row with bad quoting', async () => {
    const file = ws.write('d.csv', 'a,b\n1,2\n3,"x"y\n');
    expect(await problem(readCsv(file, 'd.csv', profiles(col('a', 'number')).map))).toMatch(
      /^d\.csv:3: row 2: bad quoting: a closing quote is followed by other characters/,
    );
  });

  it('names the row of a quote never closed', async () => {
    const file = ws.write('d.csv', 'a,b\n1,2\n3,"never closed\n4,5\n');
    expect(await problem(readCsv(file, 'd.csv', profiles(col('a', 'number')).map))).toMatch(
      /^d\.csv:\d+: row 2: a quoted field is never closed/,
    );
  });

  it('refuses a 10 MB line without holding it, naming the row', async () => {
    const file = ws.write('d.csv', `a,b\n1,2\n3,${'x'.repeat(10 * 1024 * 1024)}\n`);
    const before = process.memoryUsage().rss;
    expect(await problem(readCsv(file, 'd.csv', profiles(col('a', 'number')).map))).toBe(
      'd.csv:3: row 2 is longer than 1048576 characters (a record without line ends, or an unclosed quote)',
    );
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('refuses an empty file and a duplicated header name', async () => {
    expect(await problem(readCsv(ws.write('e.csv', ''), 'e.csv', profiles(col('a', 'number')).map))).toBe(
      'e.csv:1: the file is empty (expected a header row naming the columns)',
    );
    expect(
      await problem(readCsv(ws.write('h.csv', 'a,b,a\n1,2,3\n'), 'h.csv', profiles(col('a', 'number')).map)),
    ).toBe('h.csv:1:3: the header names column "a" twice (columns 1 and 3)');
  });

  it('leaves a column absent from the header not present', async () => {
    const { map } = profiles(col('a', 'number'), col('z', 'string'));
    await readCsv(ws.write('d.csv', 'a\n1\n'), 'd.csv', map);
    expect(map.get('z')!.present).toBe(false);
  });
});

describe('JSON Lines', () => {
  it('reads objects line by line (BOM, CRLF, blank lines), with line numbers as rows', async () => {
    const file = ws.write('d.jsonl', '\uFEFF{"id": 1, "tag": "a"}\r\n\n{"id": 2}\n{"id": 3.5, "tag": null}');
    const { map } = profiles(col('id', 'integer'), col('tag', 'string', { maxNullPercent: 100 }));
    const r = await readJsonLines(file, 'd.jsonl', map);
    expect(r.rows).toBe(3);
    expect(map.get('id')!.typeErrors.examples).toEqual([{ row: 4, value: '3.5' }]);
    expect(map.get('tag')!.nulls).toBe(2);
    expect(map.get('tag')!.present).toBe(true);
  });

  it('names line and column of invalid JSON', async () => {
    const file = ws.write('d.jsonl', '{"a": 1}\n{"a": 2,}\n');
    expect(await problem(readJsonLines(file, 'd.jsonl', profiles(col('a', 'number')).map))).toBe(
      'd.jsonl:2:9: invalid JSON: property name expected at "}"',
    );
  });

  it('refuses a line that is not an object', async () => {
    const file = ws.write('d.jsonl', '{"a": 1}\n[1, 2]\n');
    expect(await problem(readJsonLines(file, 'd.jsonl', profiles(col('a', 'number')).map))).toBe(
      'd.jsonl:2: expected a JSON object per line, found an array',
    );
  });

  it('refuses a 10 MB line, naming it', async () => {
    const file = ws.write('d.jsonl', `{"a": 1}\n{"a": "${'x'.repeat(10 * 1024 * 1024)}"}\n`);
    expect(await problem(readJsonLines(file, 'd.jsonl', profiles(col('a', 'string')).map))).toBe(
      'd.jsonl:2: the line is longer than 1048576 bytes',
    );
  });
});

describe('Parquet', () => {
  function parquet(rows: number, rowGroupSize?: number): ArrayBuffer {
    return parquetWriteBuffer({
      columnData: [
        { name: 'id', data: Array.from({ length: rows }, (_, i) => i + 1), type: 'INT32' },
        {
          name: 'score',
          data: Array.from({ length: rows }, (_, i) => (i % 10 === 0 ? null : i / 10)),
          type: 'DOUBLE',
        },
        { name: 'big', data: Array.from({ length: rows }, (_, i) => BigInt(i) * 1000n), type: 'INT64' },
        {
          name: 'country',
          data: Array.from({ length: rows }, (_, i) => ['DE', 'FR', 'US'][i % 3]),
          type: 'STRING',
        },
      ],
      rowGroupSize,
    });
  }

  it('reads columns row group by row group', async () => {
    const file = ws.write('d.parquet', new Uint8Array(parquet(2500, 1000)));
    const { map, sinks } = profiles(
      col('id', 'integer', { unique: true }),
      col('score', 'number', { maxNullPercent: 20 }),
      col('big', 'integer'),
      col('country', 'category'),
    );
    const r = await readParquet(file, 'd.parquet', map);
    expect(r).toEqual({ rows: 2500, columns: ['id', 'score', 'big', 'country'] });
    expect(map.get('id')!).toMatchObject({ rows: 2500, valid: 2500, min: 1, max: 2500 });
    expect(map.get('id')!.unique).toBe(true);
    expect(map.get('score')!.nulls).toBe(250);
    expect(map.get('big')!.max).toBe(2499000);
    expect(Object.fromEntries(map.get('country')!.counts)).toEqual({ DE: 834, FR: 833, US: 833 });
    expect(sinks.get('score')!.count).toBe(2250);
  });

  it('gives a clear error for a truncated file', async () => {
    const bytes = new Uint8Array(parquet(500));
    const file = ws.write('t.parquet', bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    expect(await problem(readParquet(file, 'data/t.parquet', profiles(col('id', 'integer')).map))).toMatch(
      /^data\/t\.parquet: not a readable Parquet file \(truncated or corrupt: parquet file invalid \(footer != PAR1\)\)$/,
    );
  });

  it('gives a clear error for a file that is not Parquet at all', async () => {
    const file = ws.write('x.parquet', 'id,score\n1,2\n');
    expect(await problem(readParquet(file, 'x.parquet', profiles(col('id', 'integer')).map))).toMatch(
      /^x\.parquet: not a readable Parquet file/,
    );
  });
});
