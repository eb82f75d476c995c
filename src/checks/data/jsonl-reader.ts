import { createReadStream } from 'node:fs';
import { InputError } from '../../errors.js';
import { syntaxError } from '../json-file.js';
import type { ReadResult } from './csv-reader.js';
import type { ColumnProfile } from './profile.js';

/** The longest line accepted, in bytes; a longer one is an error, never a buffer that grows. */
export const MAX_LINE_BYTES = 1 << 20;

/**
 * Streams a JSON Lines file (one JSON object per line, UTF-8, `\n` or `\r\n`, blank lines skipped,
 * a leading BOM dropped) into the column profiles. Each line is parsed and dropped. Errors name the
 * file, line and column.
 */
export async function readJsonLines(
  realPath: string,
  label: string,
  profiles: ReadonlyMap<string, ColumnProfile>,
  signal?: AbortSignal,
): Promise<ReadResult> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const bound = [...profiles];
  const columns = new Set<string>();
  let line = 0;
  let rows = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;

  const fail = (message: string, column?: number): never => {
    throw new InputError([{ file: label, line, column, message }], 'invalid_data');
  };

  const handle = (bytes: Buffer): void => {
    line++;
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === 0x0d) end--;
    let start = 0;
    if (line === 1 && end >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
    let text: string;
    try {
      text = decoder.decode(bytes.subarray(start, end));
    } catch {
      return fail('the line is not valid UTF-8');
    }
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      const where = syntaxError(text);
      return fail(`invalid JSON: ${where ? where.message : (err as Error).message}`, where?.column);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return fail(
        `expected a JSON object per line, found ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`,
      );
    }
    rows++;
    const record = value as Record<string, unknown>;
    for (const [name, profile] of bound) {
      const v = record[name];
      if (v !== undefined && !profile.present) {
        profile.present = true;
      }
      profile.addValue(v, line);
    }
    if (columns.size < 10_000) for (const k in record) columns.add(k);
  };

  for await (const chunk of createReadStream(realPath, {
    highWaterMark: 1 << 20,
    signal,
  }) as AsyncIterable<Buffer>) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, from);
      if (nl < 0) break;
      const piece = chunk.subarray(from, nl);
      if (pendingBytes + piece.length > MAX_LINE_BYTES) {
        line++;
        fail(`the line is longer than ${MAX_LINE_BYTES} bytes`);
      }
      if (pending.length > 0) {
        pending.push(piece);
        handle(Buffer.concat(pending));
        pending = [];
        pendingBytes = 0;
      } else {
        handle(piece);
      }
      from = nl + 1;
    }
    if (from < chunk.length) {
      const rest = chunk.subarray(from);
      pendingBytes += rest.length;
      if (pendingBytes > MAX_LINE_BYTES) {
        line++;
        fail(`the line is longer than ${MAX_LINE_BYTES} bytes`);
      }
      pending.push(rest);
    }
  }
  if (pendingBytes > 0) handle(Buffer.concat(pending));
  return { rows, columns: [...columns] };
}
