// What only a local database file has, in one place: its folder (0700) and modes (0600), WAL and synchronous=FULL
// checked on every connection (and in every claim batch), and the claims' native connection. A libSQL server keeps
// its own files and durability; an embedded replica is a local copy whose writes go to its server.
import type { Client } from '@libsql/client';
import { chmodSync, closeSync, existsSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { makeDirectoryDurably } from '../files/durableFile.ts';
import { checkDurability, DurabilityError, isDurable, readSettingsAtOnce } from './durability.ts';
import type { ClaimTx } from './claimConnection.ts';

/** Creates the file for SQLite with mode 0600 (it gives its -wal and -shm the same) and closes older ones to others. */
function closeToOthers(file: string): void {
  closeSync(openSync(file, 'a', 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
}

/** The file's folder made (0700) and the file itself created 0600 before SQLite opens it. */
export async function makeLocalFileReady(path: string): Promise<void> {
  await makeDirectoryDurably(dirname(path), 0o700);
  closeToOthers(path);
}

/** WAL, then synchronous=FULL and the busy timeout checked on every pooled connection (db/durability.ts). */
export async function makeLocalFileDurable(client: Client): Promise<void> {
  await client.execute('PRAGMA journal_mode=WAL');
  await checkDurability(client);
}

/** Run first in every claim batch on a local file: its connection still synchronous=FULL and WAL. */
export async function checkBatchDurable(tx: ClaimTx): Promise<void> {
  if (!isDurable(await readSettingsAtOnce(tx))) throw new DurabilityError('A claim connection is not synchronous=FULL/WAL');
}
