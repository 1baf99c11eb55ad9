// What only a local database file has, in one place: its folder (0700) and modes (0600), WAL and synchronous=FULL
// checked on every connection (and in every claim batch), and the claims' native connection. A libSQL server keeps
// its own files and durability; an embedded replica is a local copy whose writes go to its server.
import type { Client } from '@libsql/client';
import { chmodSync, closeSync, existsSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { makeDirectoryDurably } from '../files/durableFile.ts';
import { checkDurability, DurabilityError, isDurable, readSettingsAtOnce } from './durability.ts';
import type { ClaimTx } from './claimConnection.ts';

/** The file and its -wal, -shm (and a replica's -info, -client_wal_index) closed to others, those that exist. */
export function closeFilesToOthers(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-info`, `${file}-client_wal_index`]) if (existsSync(f)) chmodSync(f, 0o600);
}

/**
 * The file's folder made (0700) and, for a database file, the file itself created 0600 before SQLite opens it (it
 * gives its -wal and -shm the same). An embedded replica must create its file itself (an empty one has no index to
 * sync from): its folder keeps others out until closeFilesToOthers runs after it opened.
 */
export async function makeLocalFileReady(path: string, createFile: boolean): Promise<void> {
  await makeDirectoryDurably(dirname(path), 0o700);
  if (createFile) closeSync(openSync(path, 'a', 0o600));
  closeFilesToOthers(path);
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
