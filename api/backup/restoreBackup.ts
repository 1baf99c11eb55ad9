// npm run restore <folder>: the backup's database put where DATABASE_URL points, its audit heads beside it, then
// integrity_check and the whole audit chain verified against those heads with the data key (never in the backup).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createClient } from '@libsql/client';
import { makeAuditMac } from '../audit/auditKey.ts';
import { HEADS_FILE_NAME, headsFileFor, readHeads, type ExportedHead } from '../audit/heads.ts';
import { verifyAudit } from '../audit/verify.ts';
import { drizzle } from 'drizzle-orm/libsql';
import * as schema from '../db/schema/index.ts';
import { createFileDurably, makeDirectoryDurably, syncDirectory } from '../files/durableFile.ts';
import { DEFAULT_KEY_FILE, loadDataKey } from '../security/dataKey.ts';
import { backupDatabaseFile, BACKUP_MANIFEST, localDatabaseFile, settleCopy, type BackupManifest } from './backupFolder.ts';

export class RestoreRefused extends Error {
  override name = 'RestoreRefused';
}

export interface RestoreResult {
  databaseFile: string;
  events: number;
  cases: number;
  heads: number;
}

export async function restoreBackup(folder: string, databaseUrl: string, options: { replace: boolean; env?: NodeJS.ProcessEnv }): Promise<RestoreResult> {
  const env = options.env ?? process.env;
  const copy = backupDatabaseFile(folder);
  const manifestFile = join(folder, BACKUP_MANIFEST);
  if (!existsSync(copy) || !existsSync(manifestFile)) throw new RestoreRefused(`${folder} is not a backup: it needs ${copy} and ${manifestFile}.`);
  // The chain is checked with the key the server uses: without it the restore could not be verified.
  if (!env['MZY_DATA_KEY'] && !existsSync(env['MZY_DATA_KEY_FILE'] ?? DEFAULT_KEY_FILE)) throw new RestoreRefused('The restore needs the data key the portal used (MZY_DATA_KEY or MZY_DATA_KEY_FILE): without it the audit chain cannot be verified, nor sealed data read.');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as BackupManifest;
  if (createHash('sha256').update(readFileSync(copy)).digest('hex') !== manifest.sha256) throw new RestoreRefused(`${copy} is not the file the backup wrote (its SHA-256 differs from the manifest's).`);

  const target = localDatabaseFile(databaseUrl, options.env ?? process.env, (message) => new RestoreRefused(message));
  // A database there may be open by a running portal: replacing it is for one stopped on purpose.
  if (existsSync(target) && !options.replace) throw new RestoreRefused(`There is a database at ${target} already. Stop the portal that uses it, then run the restore again with --replace to put the backup in its place.`);
  await makeDirectoryDurably(dirname(target), 0o700);
  const incoming = `${target}.restoring`;
  rmSync(incoming, { force: true });
  const source = createClient({ url: `file:${copy}` });
  try {
    await source.execute({ sql: 'VACUUM INTO ?', args: [incoming] });
  } finally {
    source.close();
  }
  await settleCopy(incoming);
  let verdict: Awaited<ReturnType<typeof verifyCopy>>;
  try {
    verdict = await verifyCopy(incoming, readHeads(join(folder, HEADS_FILE_NAME)), env);
  } catch (error) {
    rmSync(incoming, { force: true });
    throw error;
  }
  // Verified before it takes the database's place; the replaced database's log and index go with it.
  for (const stale of [`${target}-wal`, `${target}-shm`]) rmSync(stale, { force: true });
  renameSync(incoming, target);
  await syncDirectory(dirname(target));
  const headsFile = headsFileFor(databaseUrl, env) ?? join(dirname(target), HEADS_FILE_NAME);
  if (existsSync(headsFile)) renameSync(headsFile, `${headsFile}.before-restore-${Date.now()}`);
  await createFileDurably(headsFile, readFileSync(join(folder, HEADS_FILE_NAME), 'utf8'), 0o600);
  return { databaseFile: target, ...verdict };
}

/** integrity_check and the audit chain of the copy, read as it is (no migration, no WAL made beside it). */
async function verifyCopy(file: string, heads: ExportedHead[], env: NodeJS.ProcessEnv) {
  const client = createClient({ url: `file:${file}` });
  try {
    const integrity = (await client.execute('PRAGMA integrity_check')).rows.map((r) => String(r[0]));
    if (integrity.join() !== 'ok') throw new RestoreRefused(`The restored database fails integrity_check: ${integrity.slice(0, 3).join('; ')}`);
    const verdict = await verifyAudit(drizzle(client, { schema }), makeAuditMac(await loadDataKey(env)), heads);
    if (!verdict.ok) throw new RestoreRefused(`The restored audit chain does not verify against the backup's heads: ${verdict.problem}. (A data key other than the one the portal used shows as every MAC failing.)`);
    return { events: verdict.events, cases: verdict.cases, heads: verdict.heads };
  } finally {
    client.close();
  }
}
