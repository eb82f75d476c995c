import { parse, type CsvError } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { InputError } from '../../errors.js';
import type { ColumnProfile } from './profile.js';

/** The longest record (in characters) accepted; a longer one is an error, never a buffer that grows. */
export const MAX_RECORD_CHARS = 1 << 20;

/**
 * Bytes read at a time. csv-parse turns a whole chunk into records before they are drained, so a
 * chunk's records (≈ 600 rows at 64 KiB, 20 short columns) are alive at once: small chunks keep them
 * in V8's young generation, where they die cheaply. 1 MiB chunks took more time and 80 MB more memory.
 */
const READ_CHUNK_BYTES = 64 << 10;

export interface ReadResult {
  rows: number;
  /** Column names in the file, in order. */
  columns: string[];
}

/**
 * Streams a CSV file through csv-parse (header row required, UTF-8, a leading BOM dropped) into the
 * column profiles: one string array per record, never kept. A ragged row, a broken quote or a record
 * over MAX_RECORD_CHARS is an InputError naming the file, line and row.
 */
export async function readCsv(
  realPath: string,
  label: string,
  profiles: ReadonlyMap<string, ColumnProfile>,
  signal?: AbortSignal,
): Promise<ReadResult> {
  let header: string[] | null = null;
  let columns = new Int32Array(0);
  let targets: ColumnProfile[] = [];
  let rows = 0;

  const parser = parse({ bom: true, max_record_size: MAX_RECORD_CHARS, skip_empty_lines: true });
  const take = (record: string[]): void => {
    if (header === null) {
      header = record;
      const bound = bind(record, profiles, label);
      columns = Int32Array.from(bound.map(([i]) => i));
      targets = bound.map(([, p]) => p);
      return;
    }
    rows++;
    for (let k = 0; k < targets.length; k++) targets[k].addText(record[columns[k]], rows);
  };
  // Drained synchronously on 'readable': each record is one short-lived string array.
  parser.on('readable', () => {
    try {
      let record: string[] | null;
      while ((record = parser.read() as string[] | null) !== null) take(record);
    } catch (err) {
      parser.destroy(err as Error);
    }
  });

  try {
    await pipeline(createReadStream(realPath, { highWaterMark: READ_CHUNK_BYTES, signal }), parser);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw csvProblem(err, label, rows);
  }
  if (header === null) {
    throw new InputError([
      { file: label, line: 1, message: 'the file is empty', expected: 'a header row naming the columns' },
    ]);
  }
  return { rows, columns: header };
}

function bind(
  header: string[],
  profiles: ReadonlyMap<string, ColumnProfile>,
  label: string,
): Array<[number, ColumnProfile]> {
  const seen = new Map<string, number>();
  header.forEach((name, i) => {
    if (seen.has(name)) {
      throw new InputError([
        {
          file: label,
          line: 1,
          column: i + 1,
          message: `the header names column "${name}" twice (columns ${seen.get(name)! + 1} and ${i + 1})`,
        },
      ]);
    }
    seen.set(name, i);
  });
  const out: Array<[number, ColumnProfile]> = [];
  for (const [name, profile] of profiles) {
    const i = seen.get(name);
    if (i === undefined) continue;
    profile.present = true;
    out.push([i, profile]);
  }
  return out;
}

function csvProblem(err: unknown, label: string, rows: number): Error {
  const e = err as CsvError & { lines?: number; records?: number };
  if (typeof e?.code !== 'string' || !e.code.startsWith('CSV_')) return err as Error;
  const line = e.lines;
  // csv-parse counts the records it has emitted, the header included: the bad one is the next data row.
  const row = typeof e.records === 'number' ? e.records : rows + 1;
  let message: string;
  switch (e.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH': {
      const m = /expect (\d+), got (\d+)/.exec(e.message);
      message = m
        ? `row ${row} has ${m[2]} fields but the header has ${m[1]} (ragged row)`
        : `row ${row} has a different number of fields than the header (ragged row)`;
      break;
    }
    case 'CSV_QUOTE_NOT_CLOSED':
      message = `row ${row}: a quoted field is never closed (the file ends inside quotes)`;
      break;
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      message = `row ${row}: bad quoting: a closing quote is followed by other characters (write "" for a quote inside a quoted field)`;
      break;
    case 'CSV_MAX_RECORD_SIZE':
      message = `row ${row} is longer than ${MAX_RECORD_CHARS} characters (a record without line ends, or an unclosed quote)`;
      break;
    default:
      message = `row ${row}: ${e.message}`;
  }
  return new InputError([{ file: label, line, message }], 'invalid_data');
}
