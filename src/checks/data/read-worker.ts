// The reader thread's entry (bundled as dist/checks-worker.js): reads one data set as worker-read.ts
// asks in workerData.job and posts back the profiles, or the error, as plain data.
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { errorToMessage, readJob, toMessage, type ReadJob } from './read-job.js';

const port = parentPort;
if (!port) throw new Error('read-worker is a worker_threads entry, not a program');
const { job } = workerData as { job: ReadJob };

try {
  const { message, transfer } = toMessage(await readJob(job, threadId));
  port.postMessage({ ok: true, read: message }, transfer);
} catch (err) {
  port.postMessage({ ok: false, error: errorToMessage(err) });
}
