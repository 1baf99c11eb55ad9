// npm run restore <folder> [--replace] — the backup put where DATABASE_URL points, verified (integrity_check, audit
// chain against the backup's heads, with MZY_DATA_KEY or MZY_DATA_KEY_FILE) before it takes the place of anything.
// An existing database is replaced only with --replace, after the portal using it was stopped.
import { restoreBackup, RestoreRefused } from '../api/backup/restoreBackup.ts';
import { DEFAULT_DATABASE_URL } from '../api/db/client.ts';

const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith('--'));
if (!folder) {
  console.error('Usage: npm run restore <backup folder> [-- --replace]   (DATABASE_URL: where to restore to)');
  process.exit(2);
}
try {
  const done = await restoreBackup(folder, process.env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL, { replace: args.includes('--replace') });
  console.log(`restored to ${done.databaseFile}: integrity_check ok, audit chain intact (${done.events} events, ${done.cases} cases agree with their events, ${done.heads} saved head(s) found).`);
} catch (error) {
  if (!(error instanceof RestoreRefused)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
