// Password hashing in a few worker threads of its own, never on libuv's pool that also reads the site's files.
// Jobs wait in a bounded queue; one that cannot start soon is refused (HashQueueBusy: the route answers 503)
// rather than left hanging or piling up.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { HashJob } from './hashJob.ts';

export interface HashQueueOptions {
  /** Hashing threads; each hash is one core's work for tens of ms. */
  workers: number;
  /** Jobs that may wait for a thread; one more is refused at once. */
  maxWaiting: number;
  /** How long a job may wait for a thread before it is refused, ms. */
  maxWaitMs: number;
}

/** One thread on a small machine, two on a larger one: the rest of the cores serve pages and lookups. */
export const DEFAULT_HASH_QUEUE: HashQueueOptions = { workers: Math.max(1, Math.min(2, availableParallelism() - 1)), maxWaiting: 32, maxWaitMs: 2000 };

export class HashQueueBusy extends Error {
  override name = 'HashQueueBusy';
}

export interface HashQueue {
  hash(job: HashJob): Promise<Buffer>;
  /** Ends the threads; waiting jobs are refused. */
  close(): Promise<void>;
}

interface Pending {
  id: number;
  job: HashJob;
  resolve: (key: Buffer) => void;
  reject: (err: Error) => void;
  timer?: NodeJS.Timeout;
}

interface Thread {
  worker: Worker;
  running: Pending | undefined;
}

const WORKER_URL = new URL('./hashWorker.ts', import.meta.url);

export function makeHashQueue(options: HashQueueOptions = DEFAULT_HASH_QUEUE): HashQueue {
  const threads: Thread[] = [];
  const waiting: Pending[] = [];
  let nextId = 0;
  let closed = false;

  const start = (thread: Thread, pending: Pending) => {
    clearTimeout(pending.timer);
    thread.running = pending;
    thread.worker.ref();
    thread.worker.postMessage({ id: pending.id, job: pending.job });
  };
  const finished = (thread: Thread) => {
    thread.running = undefined;
    const next = waiting.shift();
    if (next) start(thread, next);
    else thread.worker.unref(); // an idle thread never keeps the process alive
  };
  const spawn = (): Thread => {
    const thread: Thread = { worker: new Worker(WORKER_URL), running: undefined };
    thread.worker.unref();
    thread.worker.on('message', (answer: { id: number; key?: Uint8Array; error?: string }) => {
      const pending = thread.running;
      if (!pending || pending.id !== answer.id) return;
      if (answer.key) pending.resolve(Buffer.from(answer.key.buffer, answer.key.byteOffset, answer.key.byteLength));
      else pending.reject(new Error(`password hashing failed: ${answer.error}`));
      finished(thread);
    });
    // A thread that died takes its job with it; a new one takes its place.
    thread.worker.on('error', (err) => thread.running?.reject(err));
    thread.worker.on('exit', () => {
      const index = threads.indexOf(thread);
      if (index >= 0) threads.splice(index, 1);
      thread.running?.reject(new Error('password hashing thread ended'));
      if (closed) return;
      const next = waiting.shift();
      if (next) start(spawnInto(), next);
    });
    return thread;
  };
  const spawnInto = () => {
    const thread = spawn();
    threads.push(thread);
    return thread;
  };

  return {
    hash(job) {
      return new Promise<Buffer>((resolve, reject) => {
        if (closed) return reject(new HashQueueBusy('the hashing queue is closed'));
        const pending: Pending = { id: nextId++, job, resolve, reject };
        const idle = threads.find((t) => !t.running) ?? (threads.length < options.workers ? spawnInto() : undefined);
        if (idle) return start(idle, pending);
        if (waiting.length >= options.maxWaiting) return reject(new HashQueueBusy('the hashing queue is full'));
        pending.timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(pending), 1);
          reject(new HashQueueBusy('waited too long for a hashing thread'));
        }, options.maxWaitMs);
        waiting.push(pending);
      });
    },
    async close() {
      closed = true;
      for (const pending of waiting.splice(0)) {
        clearTimeout(pending.timer);
        pending.reject(new HashQueueBusy('the hashing queue is closed'));
      }
      await Promise.all(threads.map((t) => t.worker.terminate()));
    },
  };
}

let processQueue: HashQueue | undefined;

/** The process's one hashing queue, made on first use: however many callers, hashing never uses more threads. */
export function processHashQueue(): HashQueue {
  return (processQueue ??= makeHashQueue());
}
