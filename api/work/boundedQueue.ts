// Expensive work per request (image decoding, password hashing) waits here: a fixed number of jobs at once, a
// short line behind them and a limit on waiting, so a flood gets a quick, plain refusal instead of a long hang.
import { availableParallelism } from 'node:os';

export interface QueueRules {
  /** Jobs running at once; default: the machine's cores less one kept for the event loop, at least 1. */
  concurrency: number;
  /** Jobs that may wait for a free slot; one more is refused at once. */
  maxWaiting: number;
  /** Longest wait for a slot, ms; a job still waiting then is refused without being run. */
  maxWaitMs: number;
}

export const machineConcurrency = () => Math.max(1, availableParallelism() - 1);

export interface BoundedQueue {
  /** Runs `job` when a slot is free; rejects with the queue's busy error when the line is full or the wait too long. */
  run<T>(job: () => Promise<T>): Promise<T>;
  running(): number;
  waiting(): number;
}

export function makeBoundedQueue(rules: QueueRules, busy: () => Error): BoundedQueue {
  let running = 0;
  const line: Array<{ start: () => void; timer: NodeJS.Timeout }> = [];
  const finished = () => {
    running--;
    const next = line.shift();
    if (next) {
      clearTimeout(next.timer);
      next.start();
    }
  };
  const start = <T>(job: () => Promise<T>): Promise<T> => {
    running++;
    return new Promise<T>((resolve) => resolve(job())).finally(finished);
  };
  return {
    run(job) {
      if (running < rules.concurrency) return start(job);
      if (line.length >= rules.maxWaiting) return Promise.reject(busy());
      return new Promise((resolve, reject) => {
        const entry = {
          start: () => start(job).then(resolve, reject),
          timer: setTimeout(() => {
            line.splice(line.indexOf(entry), 1);
            reject(busy());
          }, rules.maxWaitMs),
        };
        line.push(entry);
      });
    },
    running: () => running,
    waiting: () => line.length,
  };
}
