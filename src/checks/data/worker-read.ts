import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { ModelgateError } from '../../errors.js';
import {
  errorFromMessage,
  fromMessage,
  type DatasetRead,
  type DatasetReadMessage,
  type ErrorMessage,
  type ReadJob,
} from './read-job.js';

/** The reader thread's bundle, written next to dist/cli.js and dist/index.js by scripts/build.mjs. */
export const WORKER_BUNDLE = 'checks-worker.js';

export interface WorkerScript {
  url: URL;
  /** The source tree's read-worker.ts, which needs tsx in the thread. */
  typescript: boolean;
}

/**
 * Where the reader thread's script is, relative to this module: next to the bundle (dist/cli.js →
 * dist/checks-worker.js), or, running from the sources (tsx, vitest), read-worker.ts beside this
 * file. Null when it is not there (a bundle built without it): the caller reads on its own thread.
 */
export function workerScript(moduleUrl: string = import.meta.url): WorkerScript | null {
  const typescript = moduleUrl.endsWith('.ts');
  const url = new URL(typescript ? './read-worker.ts' : `./${WORKER_BUNDLE}`, moduleUrl);
  return url.protocol === 'file:' && existsSync(url) ? { url, typescript } : null;
}

// A worker does not inherit the parent's TypeScript loader: register tsx's in the thread first.
const TYPESCRIPT_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.loader).then((tsx) => { tsx.register(); return import(workerData.entry); });
`;

type Answer = { ok: true; read: DatasetReadMessage } | { ok: false; error: ErrorMessage };

/**
 * The thread itself failed (it could not start, load its script, or it died without answering), as
 * opposed to the read failing on it: reading on this thread instead gives the answer.
 */
export class ReaderThreadError extends ModelgateError {
  constructor(label: string, cause: unknown) {
    const why = cause instanceof Error ? cause.message : String(cause);
    super('reader_thread_failed', `the reader thread for ${label} failed: ${why}`, { cause });
    this.name = 'ReaderThreadError';
  }
}

/**
 * Reads the job's file on a worker thread and rebuilds the result here; the read's errors come back
 * as the same classes (InputError with its problems, ModelgateError, fs errors with their code), the
 * thread's own failures as a ReaderThreadError. Aborting the signal terminates the thread.
 */
export function readInWorker(job: ReadJob, script: WorkerScript, signal?: AbortSignal): Promise<DatasetRead> {
  return new Promise<DatasetRead>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    let worker: Worker;
    try {
      worker = script.typescript
        ? new Worker(TYPESCRIPT_BOOTSTRAP, {
            eval: true,
            workerData: { job, entry: script.url.href, loader: import.meta.resolve('tsx/esm/api') },
          })
        : new Worker(script.url, { workerData: { job } });
    } catch (err) {
      reject(new ReaderThreadError(job.label, err));
      return;
    }
    let settled = false;
    const settle = (outcome: () => DatasetRead): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      try {
        resolve(outcome());
      } catch (err) {
        reject(err);
      }
    };
    const fail = (err: unknown): void =>
      settle(() => {
        throw err;
      });
    const onAbort = (): void => fail(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (answer: Answer) => {
      if (answer.ok) settle(() => fromMessage(job, answer.read));
      else fail(errorFromMessage(answer.error));
    });
    worker.once('error', (err) => fail(new ReaderThreadError(job.label, err)));
    worker.once('exit', (code) =>
      fail(new ReaderThreadError(job.label, `it stopped (exit code ${code}) without an answer`)),
    );
  });
}
