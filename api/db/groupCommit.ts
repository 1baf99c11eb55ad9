// Claims that arrive while one is committing are written together: one transaction and one fsync for the batch,
// each claim in its own savepoint so a refused claim undoes only itself. No claim is acknowledged before COMMIT.
import type { Db, Tx } from './client.ts';
import type { WriteQueue } from './writeQueue.ts';

export interface GroupCommit {
  <T>(work: (tx: Tx) => Promise<T>): Promise<T>;
}

interface Job {
  work: (tx: Tx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** `beforeBatch` runs first in every batch transaction (the durability check of its connection). */
export function makeGroupCommit(db: Db, writes: WriteQueue, beforeBatch: (tx: Tx) => Promise<void>): GroupCommit {
  let pending: Job[] = [];
  let scheduled = false;

  const flush = async () => {
    scheduled = false;
    const batch = pending;
    pending = [];
    const outcomes: Outcome[] = [];
    try {
      await db.transaction(
        async (tx) => {
          await beforeBatch(tx);
          for (const job of batch) {
            try {
              outcomes.push({ ok: true, value: await tx.transaction((savepoint) => job.work(savepoint)) });
            } catch (error) {
              outcomes.push({ ok: false, error });
            }
          }
        },
        { behavior: 'immediate' },
      );
    } catch (error) {
      for (const job of batch) job.reject(error);
      return;
    }
    batch.forEach((job, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.error);
    });
  };

  return <T>(work: (tx: Tx) => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!scheduled) {
        scheduled = true;
        // After the I/O phase, so claims whose requests already arrived join this batch.
        setImmediate(() => void writes(flush));
      }
    });
}
