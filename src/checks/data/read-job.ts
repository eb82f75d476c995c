import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { InputError, ModelgateError } from '../../errors.js';
import type { ColumnSpec } from '../../spec/types.js';
import type { DataFormat, DatasetFacts } from '../types.js';
import { readCsv, type ReadResult } from './csv-reader.js';
import { readJsonLines } from './jsonl-reader.js';
import { readParquet } from './parquet-reader.js';
import { ColumnProfile, type ProfileOptions, type ProfileSnapshot } from './profile.js';
import { ValueSample, type SampleSnapshot } from './value-sample.js';

/**
 * Reading one data set into column profiles, described by plain data so that it can run on this
 * thread or on a reader thread (worker-read.ts) with the same result.
 */

const FORMATS: Record<string, DataFormat> = {
  '.csv': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.parquet': 'parquet',
  '.pq': 'parquet',
};

export function formatOf(path: string): DataFormat | null {
  return FORMATS[extname(path).toLowerCase()] ?? null;
}

/** How to profile one column. */
export interface ColumnPlan {
  spec: ColumnSpec;
  options: Omit<ProfileOptions, 'sink'>;
  /** Values kept for drift (a ValueSample of this limit), or null when the column is not compared. */
  sampleLimit: number | null;
}

export interface ReadJob {
  /** Real path of the file (inside the workspace, already checked). */
  realPath: string;
  /** The path as written in the spec, for facts and error messages; its extension gives the format. */
  label: string;
  columns: ColumnPlan[];
}

export interface DatasetRead {
  facts: DatasetFacts;
  /** By column name, in the order of the job's columns. */
  profiles: Map<string, ColumnProfile>;
  /** The drift samples of the columns that have one. */
  samples: Map<string, ValueSample>;
  /** The thread that read the file (worker_threads' threadId; 0 is the main thread). */
  thread: number;
}

/** Reads the job's file on this thread. */
export async function readJob(job: ReadJob, thread: number, signal?: AbortSignal): Promise<DatasetRead> {
  const samples = new Map<string, ValueSample>();
  const profiles = new Map<string, ColumnProfile>();
  for (const c of job.columns) {
    const sink = c.sampleLimit === null ? null : new ValueSample(c.sampleLimit);
    if (sink) samples.set(c.spec.name, sink);
    profiles.set(c.spec.name, new ColumnProfile(c.spec, { ...c.options, sink }));
  }
  const format = formatOf(job.label) as DataFormat;
  const bytes = (await stat(job.realPath)).size;
  let result: ReadResult;
  if (format === 'csv') result = await readCsv(job.realPath, job.label, profiles, signal);
  else if (format === 'jsonl') result = await readJsonLines(job.realPath, job.label, profiles, signal);
  else result = await readParquet(job.realPath, job.label, profiles, signal);
  return { facts: { path: job.label, format, rows: result.rows, bytes }, profiles, samples, thread };
}

/** A DatasetRead as structured-clonable data. */
export interface DatasetReadMessage {
  facts: DatasetFacts;
  profiles: Array<[string, ProfileSnapshot]>;
  samples: Array<[string, SampleSnapshot]>;
  thread: number;
}

/**
 * The message for a DatasetRead, and the buffers to transfer with it (the samples' values, moved
 * rather than copied: the read is unusable once the message is posted).
 */
export function toMessage(read: DatasetRead): { message: DatasetReadMessage; transfer: ArrayBuffer[] } {
  const samples = [...read.samples].map(([name, s]) => [name, s.snapshot()] as [string, SampleSnapshot]);
  return {
    message: {
      facts: read.facts,
      profiles: [...read.profiles].map(([name, p]) => [name, p.snapshot()]),
      samples,
      thread: read.thread,
    },
    transfer: samples.map(([, s]) => s.values.buffer as ArrayBuffer),
  };
}

export function fromMessage(job: ReadJob, message: DatasetReadMessage): DatasetRead {
  const plans = new Map(job.columns.map((c) => [c.spec.name, c]));
  const plan = (name: string): ColumnPlan => {
    const c = plans.get(name);
    if (!c) throw new Error(`the reader thread answered for column "${name}", which the job does not name`);
    return c;
  };
  const profiles = new Map<string, ColumnProfile>();
  for (const [name, s] of message.profiles) {
    const c = plan(name);
    profiles.set(name, ColumnProfile.restore(c.spec, c.options, s));
  }
  const samples = new Map<string, ValueSample>();
  for (const [name, s] of message.samples) {
    samples.set(name, ValueSample.restore(s, plan(name).sampleLimit as number));
  }
  return { facts: message.facts, profiles, samples, thread: message.thread };
}

/** An error as structured-clonable data: the classes the checks tell apart survive the trip. */
export type ErrorMessage =
  | { kind: 'input'; code: string; problems: InputError['problems'] }
  | { kind: 'modelgate'; code: string; message: string }
  | {
      kind: 'other';
      name: string;
      message: string;
      stack?: string;
      code?: string;
      syscall?: string;
      errno?: number;
      path?: string;
    };

export function errorToMessage(err: unknown): ErrorMessage {
  if (err instanceof InputError) return { kind: 'input', code: err.code, problems: err.problems };
  if (err instanceof ModelgateError) return { kind: 'modelgate', code: err.code, message: err.message };
  const e = (err instanceof Error ? err : new Error(String(err))) as NodeJS.ErrnoException;
  return {
    kind: 'other',
    name: e.name,
    message: e.message,
    stack: e.stack,
    code: typeof e.code === 'string' ? e.code : undefined,
    syscall: e.syscall,
    errno: e.errno,
    path: e.path,
  };
}

export function errorFromMessage(m: ErrorMessage): Error {
  if (m.kind === 'input') return new InputError(m.problems, m.code);
  if (m.kind === 'modelgate') return new ModelgateError(m.code, m.message);
  const e = new Error(m.message) as NodeJS.ErrnoException;
  e.name = m.name;
  if (m.stack) e.stack = m.stack;
  for (const key of ['code', 'syscall', 'errno', 'path'] as const) {
    if (m[key] !== undefined) Object.assign(e, { [key]: m[key] });
  }
  return e;
}
