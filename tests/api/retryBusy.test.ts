// A write that finds another process's write lock held past its busy timeout is tried again whole, with a pause,
// until the lock is free; a failure that is not a lost race is never retried.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { expect, it } from 'vitest';
import { isBusy } from '../../api/db/sqliteErrors.ts';
import { retryLostRace } from '../../api/db/retryBusy.ts';

const url = `file:${join(mkdtempSync(join(tmpdir(), 'mzy-busy-')), 'busy.db')}`;

it('retries a transaction refused by SQLITE_BUSY until the other writer commits; refuses other errors at once', async () => {
  const holder = createClient({ url });
  await holder.execute('PRAGMA journal_mode=WAL');
  await holder.execute('create table t (v integer)');
  // A second connection that waits only 20 ms for the lock, as if under a long write elsewhere.
  const writer = createClient({ url, timeout: 20 });
  const held = await holder.transaction('write');
  await held.execute('insert into t values (1)');

  const busy = await writer.execute('insert into t values (2)').catch((error: unknown) => error);
  expect(isBusy(busy)).toBe(true);

  let attempts = 0;
  const retried = retryLostRace(async () => {
    attempts++;
    await writer.execute('insert into t values (2)');
  });
  setTimeout(() => void held.commit(), 150);
  await retried;
  expect(attempts).toBeGreaterThan(1);
  expect((await writer.execute('select v from t order by v')).rows.map((r) => r['v'])).toEqual([1, 2]);

  let refused = 0;
  await expect(retryLostRace(async () => {
    refused++;
    await writer.execute('insert into missing values (1)');
  })).rejects.toThrow(/no such table/);
  expect(refused).toBe(1);
  holder.close();
  writer.close();
});
