// The claims database: libsql over a local file, WAL with synchronous=FULL, checked on every pooled connection.
import { createClient, type Client } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { chmodSync, closeSync, existsSync, openSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema/index.ts';
import { checkDurability, DB_CONNECTIONS, BUSY_TIMEOUT_MS } from './durability.ts';
import { makeDirectoryDurably } from '../files/durableFile.ts';

export const DEFAULT_DATABASE_URL = 'file:data/minzhengyun.db';
const migrationsFolder = join(import.meta.dirname, 'migrations');

export type Db = ReturnType<typeof drizzle<typeof schema>>;

export interface Database {
  db: Db;
  client: Client;
}

/** The path of a `file:` database URL (the only kind this portal runs on). */
export function databaseFile(url: string): string {
  if (!url.startsWith('file:')) throw new Error(`DATABASE_URL must name a local file (file:…), not ${url}`);
  return url.startsWith('file://') ? fileURLToPath(url) : url.slice('file:'.length);
}

/** Creates the file for SQLite with mode 0600 (it gives its -wal and -shm the same) and closes older ones to others. */
function closeToOthers(file: string): void {
  closeSync(openSync(file, 'a', 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
}

/** Opens (creating its folder 0700 and the file 0600), checks durability on every connection, and applies migrations. */
export async function openDatabase(url = process.env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL): Promise<Database> {
  const file = databaseFile(url);
  await makeDirectoryDurably(dirname(file), 0o700);
  closeToOthers(file);
  const client = createClient({ url, timeout: BUSY_TIMEOUT_MS, concurrency: DB_CONNECTIONS });
  await client.execute('PRAGMA journal_mode=WAL');
  await checkDurability(client);
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder });
  return { db, client };
}

/** A drizzle transaction on the claims database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
