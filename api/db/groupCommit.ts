// Claims that arrive while one is committing are written together: one transaction and one fsync for the batch,
// each claim in its own savepoint so a refused claim undoes only itself. No claim is acknowledged before COMMIT.
// The batch is a libsql transaction of its own connection; claims run statements built once on it (db/claimTx.ts).
import type { Client } from '@libsql/client';
import type { ClaimTx } from './claimTx.ts';
import { forgetBatchHead } from '../audit/chain.ts';
import type { WriteQueue } from './writeQueue.ts';

export interface GroupCommit {
  <T>(work: (tx: ClaimTx) => Promise<T>): Promise<T>;
}

interface Job {
  work: (tx: ClaimTx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** `beforeBatch` runs first in every batch transaction (the durability check of its connection). */
export function makeGroupCommit(client: Client, writes: WriteQueue, beforeBatch: (tx: ClaimTx) => Promise<void>): GroupCommit {
  let pending: Job[] = [];
  let scheduled = false;

  const flush = async () => {
    scheduled = false;
    const batch = pending;
    pending = [];
    const outcomes: Outcome[] = [];
    let tx;
    try {
      tx = await client.transaction('write');
      await beforeBatch(tx);
      for (const job of batch) {
        await tx.executeMultiple('SAVEPOINT claim');
        try {
          outcomes.push({ ok: true, value: await job.work(tx) });
          await tx.executeMultiple('RELEASE claim');
        } catch (error) {
          await tx.executeMultiple('ROLLBACK TO claim; RELEASE claim');
          // The claim may have moved the batch's audit chain head before it was undone.
          forgetBatchHead(tx);
          outcomes.push({ ok: false, error });
        }
      }
      await tx.commit();
    } catch (error) {
      for (const job of batch) job.reject(error);
      return;
    } finally {
      tx?.close();
    }
    batch.forEach((job, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.error);
    });
  };

  return <T>(work: (tx: ClaimTx) => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!scheduled) {
        scheduled = true;
        // After the I/O phase, so claims whose requests already arrived join this batch.
        setImmediate(() => void writes(flush));
      }
    });
}
