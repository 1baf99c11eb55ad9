// npm run backup [folder] — a consistent copy of DATABASE_URL's database while the portal serves, with its audit
// heads, into a new folder named by the time under [folder] (BACKUP_DIR, else data/backups). The data key is not
// copied: keep it elsewhere (README "Backups").
import { headsFileFor } from '../api/audit/heads.ts';
import { BackupFailed, takeBackup } from '../api/backup/takeBackup.ts';
import { DEFAULT_DATABASE_URL } from '../api/db/client.ts';

const url = process.env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL;
const into = process.argv[2] ?? process.env['BACKUP_DIR'] ?? 'data/backups';
try {
  const { folder, manifest } = await takeBackup(url, into);
  console.log(`backup written to ${folder}: ${manifest.cases} cases, audit chain to event #${manifest.headId} (heads from ${headsFileFor(url) ?? 'none'} and the copy's own), SHA-256 ${manifest.sha256.slice(0, 16)}…`);
  console.log('Restore it with `npm run restore <folder>` and the data key this portal uses (kept apart from the backup).');
} catch (error) {
  if (!(error instanceof BackupFailed)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
