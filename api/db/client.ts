// The claims database through @libsql/client: a local file (WAL, synchronous=FULL, checked on every pooled
// connection), a libSQL server, or an embedded replica of one (db/target.ts). Everything after the client's creation
// is the same for all three; what only a local file has lives in db/localFile.ts.
import { createClient, type Client, type Config } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { join } from 'node:path';
import * as schema from './schema/index.ts';
import { BUSY_TIMEOUT_MS, DB_CONNECTIONS } from './durability.ts';
import { databaseTarget, type DatabaseTarget } from './target.ts';
import { closeFilesToOthers, makeLocalFileReady, makeLocalFileDurable } from './localFile.ts';

export const DEFAULT_DATABASE_URL = 'file:data/minzhengyun.db';
const migrationsFolder = join(import.meta.dirname, 'migrations');

export type Db = ReturnType<typeof drizzle<typeof schema>>;

export interface Database {
  db: Db;
  client: Client;
  target: DatabaseTarget;
}

function clientConfig(target: DatabaseTarget): Config {
  switch (target.kind) {
    case 'file':
      return { url: target.url, timeout: BUSY_TIMEOUT_MS, concurrency: DB_CONNECTIONS };
    case 'replica':
      return { url: target.url, syncUrl: target.syncUrl, syncInterval: target.syncIntervalSeconds, ...(target.authToken ? { authToken: target.authToken } : {}) };
    case 'remote':
      return { url: target.url, ...(target.authToken ? { authToken: target.authToken } : {}) };
  }
}

/** Opens the database DATABASE_URL names (see db/target.ts), makes a local file ready and durable, and migrates. */
export async function openDatabase(url = process.env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL, env: NodeJS.ProcessEnv = process.env): Promise<Database> {
  const target = databaseTarget(url, env);
  if (target.kind !== 'remote') await makeLocalFileReady(target.path, target.kind === 'file');
  const client = createClient(clientConfig(target));
  if (target.kind === 'file') await makeLocalFileDurable(client);
  if (target.kind === 'replica') closeFilesToOthers(target.path);
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder });
  return { db, client, target };
}

/** A drizzle transaction on the claims database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
