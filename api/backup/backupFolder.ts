// What a backup folder holds: the database copy, the audit heads it must verify against, and a manifest.
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { databaseTarget } from '../db/target.ts';

export const BACKUP_DATABASE = 'minzhengyun.db';
export const BACKUP_MANIFEST = 'manifest.json';

export interface BackupManifest {
  takenAt: string;
  /** The database file the copy was taken from. */
  source: string;
  /** The copy's last audit event: the head saved with it. */
  headId: number;
  cases: number;
  /** SHA-256 of the copy as written, checked before it is restored. */
  sha256: string;
}

/** A folder name of the time, e.g. minzhengyun-2026-12-01T18-10-05Z (sortable, no colons). */
export const backupFolderName = (now: Date) => `minzhengyun-${now.toISOString().slice(0, 19).replaceAll(':', '-')}Z`;

export const backupDatabaseFile = (folder: string) => join(folder, BACKUP_DATABASE);

/** VACUUM INTO writes its file without syncing it and with the process's umask: made 0600 and put on disk. */
export async function settleCopy(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.chmod(0o600);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The database file DATABASE_URL names; a libSQL server (or its replica) is backed up by the server's own means. */
export function localDatabaseFile(databaseUrl: string, env: NodeJS.ProcessEnv, refuse: (message: string) => Error): string {
  const target = databaseTarget(databaseUrl, env);
  if (target.kind !== 'file') throw refuse(`npm run backup and npm run restore work on a local database file (DATABASE_URL=file:…), not on ${target.kind === 'remote' ? 'a libSQL server' : 'an embedded replica'}: back up the server itself (see docs/deploy.md).`);
  return target.path;
}
