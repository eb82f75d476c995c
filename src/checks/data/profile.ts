import type { ColumnSpec } from '../../spec/types.js';
import type { ValueExample } from '../types.js';
import { parseDecimal } from './decimal.js';
import { Tally } from './tally.js';

/**
 * One column's running profile: everything the schema rules and the drift tests need, gathered in a
 * single pass without keeping rows. Memory per column:
 * - numerical values for drift go to a `NumericSink` (typed arrays / sketches, see drift-store.ts);
 * - categorical counts: a Map of at most `MAX_CATEGORIES` distinct values, then the column is
 *   marked capped (its drift is skipped; `allowed` is still checked on every value);
 * - uniqueness: a Set of the values seen, up to `UNIQUE_LIMIT` distinct values (strings cost about
 *   50–100 bytes each, numbers about 30). Past the limit uniqueness cannot be decided in bounded
 *   memory: the column's `unique` fact is null and the rule fails closed, saying so.
 */

export const MAX_CATEGORIES = 10_000;
export const UNIQUE_LIMIT = 1_000_000;

/**
 * Text that reads as null in CSV (as pandas reads it by default, minus the rarer spellings). JSON
 * null, a missing key and a Parquet null are null too; NaN in a numerical column counts as null.
 */
export const NULL_TEXT = new Set(['', 'NA', 'N/A', 'NaN', 'nan', 'null', 'NULL', 'None']);
const MAX_NULL_TEXT = Math.max(...[...NULL_TEXT].map((t) => t.length));

// Column types as small integers for the per-cell switch (numerical ones first).
const NUMBER = 0;
const INTEGER = 1;
const BOOLEAN = 2;
const TEXT = 3;
const TYPE_CODES: Record<string, number> = {
  number: NUMBER,
  integer: INTEGER,
  boolean: BOOLEAN,
  string: TEXT,
  category: TEXT,
};

export interface NumericSink {
  push(value: number): void;
}

export type ColumnKind = 'numerical' | 'categorical';

export interface TallySnapshot {
  count: number;
  examples: ValueExample[];
}

/** A ColumnProfile's results as structured-clonable data (see `snapshot` and `restore`). */
export interface ProfileSnapshot {
  present: boolean;
  rows: number;
  nulls: number;
  valid: number;
  min: number;
  max: number;
  typeErrors: TallySnapshot;
  belowMin: TallySnapshot;
  aboveMax: TallySnapshot;
  notAllowed: TallySnapshot;
  duplicates: TallySnapshot;
  counts: Map<string, number>;
  countsCapped: boolean;
  uniqueOverflow: boolean;
}

export function kindOf(spec: ColumnSpec): ColumnKind {
  return spec.type === 'number' || spec.type === 'integer' ? 'numerical' : 'categorical';
}

export interface ProfileOptions {
  /** Whether to evaluate the schema rules (for the current data; the reference only feeds drift). */
  rules: boolean;
  /** Where the column's numerical values go for drift; null when the column is not compared. */
  sink: NumericSink | null;
  /** Whether to count categories (for drift or distinct counts). */
  categories: boolean;
  uniqueLimit?: number;
}

export class ColumnProfile {
  readonly kind: ColumnKind;
  present = false;
  rows = 0;
  nulls = 0;
  /** Non-null values of the declared type. */
  valid = 0;
  min = Infinity;
  max = -Infinity;
  readonly typeErrors = new Tally();
  readonly belowMin = new Tally();
  readonly aboveMax = new Tally();
  readonly notAllowed = new Tally();
  readonly duplicates = new Tally();
  /** Category → count (categorical columns), capped at MAX_CATEGORIES distinct values. */
  readonly counts = new Map<string, number>();
  countsCapped = false;
  uniqueOverflow = false;
  /** Distinct values the uniqueness rule keeps before it cannot decide (see `unique`). */
  readonly uniqueLimit: number;

  private readonly allowed: Set<string> | null;
  private readonly seen: Set<string | number> | null;
  private readonly lo: number;
  private readonly hi: number;
  private readonly code: number;
  private readonly sink: NumericSink | null;

  constructor(
    readonly spec: ColumnSpec,
    private readonly options: ProfileOptions,
  ) {
    this.kind = kindOf(spec);
    this.allowed = options.rules && spec.allowed ? new Set(spec.allowed.map((v) => String(v))) : null;
    this.seen = options.rules && spec.unique ? new Set() : null;
    this.uniqueLimit = options.uniqueLimit ?? UNIQUE_LIMIT;
    this.lo = options.rules && spec.min !== undefined ? spec.min : -Infinity;
    this.hi = options.rules && spec.max !== undefined ? spec.max : Infinity;
    this.code = TYPE_CODES[spec.type] ?? TEXT;
    this.sink = options.sink;
  }

  /** A CSV cell. The hot path of CSV reading: no allocation for a well-formed number. */
  addText(text: string, row: number): void {
    this.rows++;
    const code = this.code;
    if (code <= INTEGER) {
      const v = parseDecimal(text);
      // parseDecimal is +text, faster. +'' and +'  ' are 0, +'NaN' is NaN: only those need a second look.
      if (v - v === 0 && (v !== 0 || !isBlank(text))) {
        if (code === INTEGER && !Number.isInteger(v)) this.typeErrors.add(row, text);
        else this.number(v, row);
      } else if (NULL_TEXT.has(text)) {
        this.nulls++;
      } else {
        this.typeErrors.add(row, text);
      }
      return;
    }
    if (text.length <= MAX_NULL_TEXT && NULL_TEXT.has(text)) {
      this.nulls++;
      return;
    }
    if (code === BOOLEAN) {
      const lower = text.toLowerCase();
      if (lower !== 'true' && lower !== 'false') this.typeErrors.add(row, text);
      else this.category(lower, row);
      return;
    }
    this.category(text, row);
  }

  /** A JSON or Parquet value (undefined = missing key). */
  addValue(value: unknown, row: number): void {
    this.rows++;
    if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) {
      this.nulls++;
      return;
    }
    switch (this.spec.type) {
      case 'number':
      case 'integer': {
        const v = typeof value === 'bigint' ? Number(value) : value;
        if (
          typeof v !== 'number' ||
          !Number.isFinite(v) ||
          (this.spec.type === 'integer' && !Number.isInteger(v))
        ) {
          this.typeErrors.add(row, value);
          return;
        }
        this.number(v, row);
        return;
      }
      case 'boolean':
        if (typeof value !== 'boolean') {
          this.typeErrors.add(row, value);
          return;
        }
        this.category(String(value), row);
        return;
      case 'string':
        if (typeof value !== 'string') {
          this.typeErrors.add(row, value);
          return;
        }
        this.category(value, row);
        return;
      default:
        // A category may be written as a number or a boolean (a zip code, a flag).
        if (typeof value === 'string') this.category(value, row);
        else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
          this.category(String(value), row);
        } else this.typeErrors.add(row, value);
    }
  }

  /** A whole Parquet column chunk of doubles or ints (the fast path: no per-value dispatch on type). */
  addNumbers(values: Float64Array | Float32Array | Int32Array | Uint32Array, firstRow: number): void {
    if (this.kind !== 'numerical') {
      for (let i = 0; i < values.length; i++) this.addValue(values[i], firstRow + i);
      return;
    }
    const integer = this.spec.type === 'integer';
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      this.rows++;
      if (Number.isNaN(v)) this.nulls++;
      else if (!Number.isFinite(v) || (integer && !Number.isInteger(v))) this.typeErrors.add(firstRow + i, v);
      else this.number(v, firstRow + i);
    }
  }

  get distinct(): number {
    return this.counts.size;
  }

  /** Whether uniqueness held; null when not asked or undecidable (past the limit). */
  get unique(): boolean | null {
    if (!this.options.rules || !this.spec.unique) return null;
    if (this.duplicates.count > 0) return false;
    return this.uniqueOverflow ? null : true;
  }

  /** The profile's results as plain data, to send from a reader thread (see read-job.ts). */
  snapshot(): ProfileSnapshot {
    const tally = (t: Tally): TallySnapshot => ({ count: t.count, examples: t.examples });
    return {
      present: this.present,
      rows: this.rows,
      nulls: this.nulls,
      valid: this.valid,
      min: this.min,
      max: this.max,
      typeErrors: tally(this.typeErrors),
      belowMin: tally(this.belowMin),
      aboveMax: tally(this.aboveMax),
      notAllowed: tally(this.notAllowed),
      duplicates: tally(this.duplicates),
      counts: this.counts,
      countsCapped: this.countsCapped,
      uniqueOverflow: this.uniqueOverflow,
    };
  }

  /**
   * A profile holding a snapshot's results, for the facts and the drift tests. It has not seen the
   * values themselves: adding more would not find duplicates of the earlier ones.
   */
  static restore(spec: ColumnSpec, options: Omit<ProfileOptions, 'sink'>, s: ProfileSnapshot): ColumnProfile {
    const p = new ColumnProfile(spec, { ...options, sink: null });
    const { typeErrors, belowMin, aboveMax, notAllowed, duplicates, counts, ...scalars } = s;
    Object.assign(p, scalars);
    const tallies: Array<[Tally, TallySnapshot]> = [
      [p.typeErrors, typeErrors],
      [p.belowMin, belowMin],
      [p.aboveMax, aboveMax],
      [p.notAllowed, notAllowed],
      [p.duplicates, duplicates],
    ];
    for (const [t, from] of tallies) {
      t.count = from.count;
      t.examples.push(...from.examples);
    }
    for (const [k, n] of counts) p.counts.set(k, n); // in order: drift sums over categories in it
    return p;
  }

  private number(v: number, row: number): void {
    this.valid++;
    if (v < this.min) this.min = v;
    if (v > this.max) this.max = v;
    if (v < this.lo) this.belowMin.add(row, v);
    if (v > this.hi) this.aboveMax.add(row, v);
    if (this.sink !== null) this.sink.push(v);
    if (this.seen) this.remember(v, row);
  }

  private category(v: string, row: number): void {
    this.valid++;
    if (this.allowed && !this.allowed.has(v)) this.notAllowed.add(row, v);
    if (this.options.categories && !this.countsCapped) {
      const n = this.counts.get(v);
      if (n !== undefined) this.counts.set(v, n + 1);
      else if (this.counts.size < MAX_CATEGORIES) this.counts.set(v, 1);
      else this.countsCapped = true;
    }
    if (this.seen) this.remember(v, row);
  }

  private remember(v: string | number, row: number): void {
    const seen = this.seen as Set<string | number>;
    if (seen.has(v)) {
      this.duplicates.add(row, v);
    } else if (seen.size < this.uniqueLimit) {
      seen.add(v);
    } else {
      this.uniqueOverflow = true;
    }
  }
}

/** Whether the text is empty or only whitespace (which `+text` reads as 0). */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && (c < 9 || c > 13) && c !== 0xa0 && c !== 0xfeff) return false;
  }
  return true;
}
