import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { ModelgateError } from '../../errors.js';
import { readJob, type DatasetRead, type ReadJob } from './read-job.js';
import {
  ReaderThreadError,
  WORKER_BUNDLE,
  readInWorker,
  workerScript,
  type WorkerScript,
} from './worker-read.js';

/**
 * Below this size (of the smaller file) both are read on this thread, one after the other: starting
 * a reader thread (tens of ms) would cost more than reading in parallel saves.
 */
export const PARALLEL_MIN_BYTES = 4 << 20;

/**
 * Whether the reference is read on a worker thread while this one reads the current data:
 * 'auto' when both files are at least PARALLEL_MIN_BYTES, there is a second core and the thread's
 * script is there (if the thread then fails to run, this thread reads instead); 'always' (tests:
 * a missing script or a failed thread is an error); 'never'. The facts are the same either way.
 */
export type ReaderThread = 'auto' | 'always' | 'never';

export interface ReadDatasetsOptions {
  signal?: AbortSignal;
  readerThread?: ReaderThread;
}

/** Reads the reference (if any) and the current data set. */
export async function readDatasets(
  referenceJob: ReadJob | null,
  currentJob: ReadJob,
  options: ReadDatasetsOptions = {},
): Promise<[DatasetRead | null, DatasetRead]> {
  const mode = options.readerThread ?? 'auto';
  const script = referenceJob ? await chooseThread(referenceJob, currentJob, mode) : null;
  return readDatasetsWith(referenceJob, currentJob, script, {
    signal: options.signal,
    strict: mode === 'always',
  });
}

/**
 * Reads the two data sets, the reference on `script`'s thread when there is one (and, unless
 * `strict`, on this thread if that thread fails to run), else one after the other. Either way a
 * broken reference is the error reported, as when it is read first: when the current data fails,
 * the reference's outcome is still awaited; when the reference fails, the current read stops.
 */
export async function readDatasetsWith(
  referenceJob: ReadJob | null,
  currentJob: ReadJob,
  script: WorkerScript | null,
  options: { signal?: AbortSignal; strict?: boolean } = {},
): Promise<[DatasetRead | null, DatasetRead]> {
  const signal = options.signal;
  if (!referenceJob || !script) {
    const reference = referenceJob ? await readJob(referenceJob, threadId, signal) : null;
    return [reference, await readJob(currentJob, threadId, signal)];
  }
  const stop = new AbortController();
  const reference = (async () => {
    try {
      try {
        return await readInWorker(referenceJob, script, signal);
      } catch (err) {
        if (!(err instanceof ReaderThreadError) || options.strict) throw err;
      }
      return await readJob(referenceJob, threadId, signal);
    } catch (err) {
      stop.abort();
      throw err;
    }
  })();
  const current = readJob(
    currentJob,
    threadId,
    signal ? AbortSignal.any([signal, stop.signal]) : stop.signal,
  );
  const [r, c] = await Promise.allSettled([reference, current]);
  if (r.status === 'rejected') throw r.reason;
  if (c.status === 'rejected') throw c.reason;
  return [r.value, c.value];
}

async function chooseThread(
  referenceJob: ReadJob,
  currentJob: ReadJob,
  mode: ReaderThread,
): Promise<WorkerScript | null> {
  if (mode === 'never') return null;
  const script = workerScript();
  if (mode === 'always') {
    if (script) return script;
    throw new ModelgateError(
      'reader_thread_failed',
      `the reader thread's script (${WORKER_BUNDLE}) is not next to ${fileURLToPath(import.meta.url)}: build with scripts/build.mjs`,
    );
  }
  if (!script || availableParallelism() < 2) return null;
  const sizes = await Promise.all([stat(referenceJob.realPath), stat(currentJob.realPath)]);
  return Math.min(sizes[0].size, sizes[1].size) >= PARALLEL_MIN_BYTES ? script : null;
}
