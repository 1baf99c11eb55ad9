// npm run backup: a consistent copy of the live database by VACUUM INTO (one read transaction: the portal keeps
// serving, and the copy is a state the database was in, never a half-written file), with the audit heads that were
// exported up to that state and the copy's own head, so the restored chain can be checked against them.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { HEADS_FILE_NAME, headsFileFor, readHeads, type ExportedHead } from '../audit/heads.ts';
import { chinaDate } from '../domain/calendarDate.ts';
import { createFileDurably, makeDirectoryDurably, syncDirectory } from '../files/durableFile.ts';
import { backupDatabaseFile, backupFolderName, localDatabaseFile, BACKUP_MANIFEST, settleCopy, type BackupManifest } from './backupFolder.ts';

export class BackupFailed extends Error {
  override name = 'BackupFailed';
}

export async function takeBackup(databaseUrl: string, into: string, now = new Date(), env: NodeJS.ProcessEnv = process.env): Promise<{ folder: string; manifest: BackupManifest }> {
  const source = localDatabaseFile(databaseUrl, env, (message) => new BackupFailed(message));
  if (!existsSync(source)) throw new BackupFailed(`There is no database at ${source} to back up.`);
  const folder = join(into, backupFolderName(now));
  if (existsSync(folder)) throw new BackupFailed(`${folder} already exists; a backup never overwrites another.`);
  await makeDirectoryDurably(into, 0o700);
  await makeDirectoryDurably(folder, 0o700);
  const copy = backupDatabaseFile(folder);

  const live = createClient({ url: databaseUrl });
  try {
    await live.execute({ sql: 'VACUUM INTO ?', args: [copy] });
  } finally {
    live.close();
  }
  await settleCopy(copy);
  const copied = createClient({ url: `file:${copy}` });
  let head: { id: number; mac: string } | undefined;
  let cases: number;
  try {
    const integrity = (await copied.execute('PRAGMA integrity_check')).rows.map((r) => String(r[0]));
    if (integrity.join() !== 'ok') throw new BackupFailed(`The copy in ${copy} fails integrity_check: ${integrity.slice(0, 3).join('; ')}`);
    const last = (await copied.execute('select id, mac from audit_events order by id desc limit 1')).rows[0];
    head = last ? { id: Number(last[0]), mac: String(last[1]) } : undefined;
    cases = Number((await copied.execute('select count(*) from cases')).rows[0]![0]);
  } finally {
    copied.close();
  }
  // The heads exported before the copy's state, then the copy's own: any event later cut off it shows.
  const heads: ExportedHead[] = readHeads(headsFileFor(databaseUrl, env)).filter((h) => head !== undefined && h.id <= head.id);
  if (head) heads.push({ day: chinaDate(now), id: head.id, mac: head.mac, at: now.toISOString() });
  await createFileDurably(join(folder, HEADS_FILE_NAME), heads.map((h) => `${JSON.stringify(h)}\n`).join(''), 0o600);

  const manifest: BackupManifest = { takenAt: now.toISOString(), source, headId: head?.id ?? 0, cases, sha256: createHash('sha256').update(readFileSync(copy)).digest('hex') };
  await createFileDurably(join(folder, BACKUP_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, 0o600);
  await syncDirectory(folder);
  return { folder, manifest };
}
