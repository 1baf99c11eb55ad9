// One hashing thread of hashQueue.ts: takes a job, answers its key (or the error's message), one at a time.
import { parentPort } from 'node:worker_threads';
import { runHashJob, type HashJob } from './hashJob.ts';

parentPort!.on('message', ({ id, job }: { id: number; job: HashJob }) => {
  try {
    parentPort!.postMessage({ id, key: runHashJob(job) });
  } catch (err) {
    parentPort!.postMessage({ id, error: (err as Error).message });
  }
});
