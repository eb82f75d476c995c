import { invalid, describe } from './validate.js';

/** Validates a rectangular table of finite, non-negative numbers (integers when `integers`). */
export function validTable(fn: string, table: unknown, { integers = false } = {}): number[][] {
  if (!Array.isArray(table) || table.length === 0) {
    throw invalid(
      fn,
      `table is ${Array.isArray(table) ? 'empty' : describe(table)} (expected a non-empty array of rows)`,
    );
  }
  let width = -1;
  const out: number[][] = [];
  table.forEach((row: unknown, i) => {
    if (!Array.isArray(row) && !ArrayBuffer.isView(row)) {
      throw invalid(fn, `table[${i}] is ${describe(row)} (expected an array of counts)`);
    }
    const r = Array.from(row as ArrayLike<unknown>);
    if (width === -1) width = r.length;
    if (r.length === 0) throw invalid(fn, `table[${i}] is empty (every row needs at least one cell)`);
    if (r.length !== width)
      throw invalid(
        fn,
        `table[${i}] has ${r.length} cells, table[0] has ${width} (rows must have equal length)`,
      );
    out.push(
      r.map((v, j) => {
        if (typeof v !== 'number' || !Number.isFinite(v)) {
          throw invalid(fn, `table[${i}][${j}] is ${describe(v)} (every cell must be a finite number)`);
        }
        if (v < 0) throw invalid(fn, `table[${i}][${j}] is ${v} (counts must be non-negative)`);
        if (integers && !Number.isSafeInteger(v))
          throw invalid(fn, `table[${i}][${j}] is ${v} (counts must be integers)`);
        return v;
      }),
    );
  });
  return out;
}
