import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { InputError, ModelgateError } from '../../errors.js';
import type { ColumnSpec, DataCheckSpec, DriftSpec } from '../../spec/types.js';
import type { DataFacts, DriftKind } from '../types.js';
import type { Workspace } from '../workspace.js';
import { DEFAULT_DRIFT, computeDrift, driftSpecProblems, type DriftInput } from './drift.js';
import { kindOf } from './profile.js';
import { formatOf, readJob, type ColumnPlan, type DatasetRead, type ReadJob } from './read-job.js';
import { schemaFacts } from './schema.js';
import { DEFAULT_SAMPLE_LIMIT } from './value-sample.js';
import { WORKER_BUNDLE, readInWorker, workerScript, type WorkerScript } from './worker-read.js';

export { formatOf } from './read-job.js';

/**
 * Below this size (of the smaller file) both are read on this thread, one after the other: starting
 * a reader thread (≈ 50 ms) would cost more than reading in parallel saves.
 */
export const PARALLEL_MIN_BYTES = 4 << 20;

export type ReaderThread = 'auto' | 'always' | 'never';

export interface DataCheckOptions {
  workspace: Workspace;
  signal?: AbortSignal;
  /** Values per numerical column the drift tests see exactly (see value-sample.ts). */
  sampleLimit?: number;
  /** Distinct values per column the uniqueness rule keeps (see profile.ts). */
  uniqueLimit?: number;
  /**
   * Whether the reference is read on a worker thread while this one reads the current data:
   * 'auto' (default) when both files are at least PARALLEL_MIN_BYTES and there is a second core;
   * 'always' (tests; an error when the thread's script is missing); 'never'. Same facts either way.
   */
  readerThread?: ReaderThread;
}

/**
 * The data check: reads the reference (if any) and the current data set once each, streaming, into
 * per-column profiles; the schema rules apply to the current data, drift compares the two.
 * Unreadable or malformed files throw an InputError naming file, line/row and field.
 */
export async function checkData(spec: DataCheckSpec, options: DataCheckOptions): Promise<DataFacts> {
  const ws = options.workspace;
  const kinds = new Map<string, DriftKind>(spec.columns.map((c) => [c.name, kindOf(c)]));
  const drift: DriftSpec | null = spec.reference ? (spec.drift ?? DEFAULT_DRIFT) : null;

  const specProblems = [];
  if (spec.drift && !spec.reference) {
    specProblems.push(
      ws.problem('checks.data.drift', 'drift needs a reference data set', 'checks.data.reference'),
    );
  }
  if (drift) {
    for (const p of driftSpecProblems(drift, kinds)) specProblems.push(ws.problem(p.field, p.message));
  }
  const names = new Set<string>();
  spec.columns.forEach((c, i) => {
    if (names.has(c.name))
      specProblems.push(ws.problem(`checks.data.columns[${i}].name`, `column "${c.name}" is listed twice`));
    names.add(c.name);
  });
  for (const [field, path] of [
    ['checks.data.current', spec.current],
    ['checks.data.reference', spec.reference],
  ] as const) {
    if (path !== undefined && !formatOf(path)) {
      specProblems.push(
        ws.problem(
          field,
          `cannot tell the format of "${path}" from its extension`,
          '.csv, .jsonl, .ndjson or .parquet',
        ),
      );
    }
  }
  if (specProblems.length > 0) throw new InputError(specProblems);

  const currentPath = await ws.file(spec.current, 'checks.data.current');
  const referencePath = spec.reference ? await ws.file(spec.reference, 'checks.data.reference') : null;
  const sampleLimit = options.sampleLimit ?? DEFAULT_SAMPLE_LIMIT;

  const comparing = (name: string): boolean =>
    drift !== null && spec.columns.some((c) => c.name === name && c.drift);
  const sampleFor = (c: ColumnSpec): number | null =>
    comparing(c.name) && kindOf(c) === 'numerical' ? sampleLimit : null;
  // The reference only feeds drift; the schema rules apply to the current data.
  const referenceJob: ReadJob | null =
    spec.reference && referencePath
      ? {
          realPath: referencePath,
          label: spec.reference,
          columns: spec.columns.map(
            (c): ColumnPlan => ({
              spec: c,
              options: { rules: false, categories: comparing(c.name) },
              sampleLimit: sampleFor(c),
            }),
          ),
        }
      : null;
  const currentJob: ReadJob = {
    realPath: currentPath,
    label: spec.current,
    columns: spec.columns.map(
      (c): ColumnPlan => ({
        spec: c,
        options: { rules: true, categories: true, uniqueLimit: options.uniqueLimit },
        sampleLimit: sampleFor(c),
      }),
    ),
  };
  const [reference, current] = await readBoth(referenceJob, currentJob, options);
  const schema = schemaFacts([...current.profiles.values()], spec.current, current.facts.rows);

  let driftFacts = null;
  if (drift && reference) {
    const inputs: DriftInput[] = spec.columns
      .filter((c) => c.drift)
      .map((c) => ({
        profile: current.profiles.get(c.name)!,
        reference: reference.profiles.get(c.name)!,
        currentSample: current.samples.get(c.name) ?? null,
        referenceSample: reference.samples.get(c.name) ?? null,
      }));
    driftFacts = computeDrift(inputs, drift, reference.facts.rows);
  }

  const problems = [...schema.problems];
  if (driftFacts?.datasetDrift) {
    const cols = driftFacts.features.filter((f) => f.drifted).map((f) => f.column);
    problems.push(
      `dataset drift: ${driftFacts.drifted} of ${driftFacts.checked} compared columns drifted (${
        Math.round(driftFacts.driftedShare * 1000) / 10
      }%, at least ${driftFacts.datasetDriftPercent}% means drift): ${cols.join(', ')}`,
    );
  }
  return {
    passed: problems.length === 0,
    problems,
    reference: reference?.facts ?? null,
    current: current.facts,
    schema,
    drift: driftFacts,
  };
}

/**
 * Reads the reference (if any) and the current data. With a reader thread the two files are read at
 * once; otherwise one after the other. Either way a broken reference is the error reported, as it
 * is read first: when the current data fails, the reference's outcome is still awaited.
 */
async function readBoth(
  referenceJob: ReadJob | null,
  currentJob: ReadJob,
  options: DataCheckOptions,
): Promise<[DatasetRead | null, DatasetRead]> {
  const signal = options.signal;
  const script = referenceJob ? await readerThread(referenceJob, currentJob, options.readerThread) : null;
  if (!referenceJob || !script) {
    const reference = referenceJob ? await readJob(referenceJob, threadId, signal) : null;
    return [reference, await readJob(currentJob, threadId, signal)];
  }
  const stop = new AbortController();
  const reference = readInWorker(referenceJob, script, signal).catch((err: unknown) => {
    stop.abort();
    throw err;
  });
  const current = readJob(currentJob, threadId, signal ? AbortSignal.any([signal, stop.signal]) : stop.signal);
  const [r, c] = await Promise.allSettled([reference, current]);
  if (r.status === 'rejected') throw r.reason;
  if (c.status === 'rejected') throw c.reason;
  return [r.value, c.value];
}

async function readerThread(
  referenceJob: ReadJob,
  currentJob: ReadJob,
  mode: ReaderThread = 'auto',
): Promise<WorkerScript | null> {
  if (mode === 'never') return null;
  const script = workerScript();
  if (mode === 'always') {
    if (script) return script;
    throw new ModelgateError(
      'internal_error',
      `the reader thread's script (${WORKER_BUNDLE}) is not next to ${fileURLToPath(import.meta.url)}: build with scripts/build.mjs`,
    );
  }
  if (!script || availableParallelism() < 2) return null;
  const sizes = await Promise.all([stat(referenceJob.realPath), stat(currentJob.realPath)]);
  return Math.min(sizes[0].size, sizes[1].size) >= PARALLEL_MIN_BYTES ? script : null;
}
