// npm run alerts — open alerts for staff (there is no staff console yet), on the database of DATABASE_URL.
//   npm run alerts              open alerts, newest first
//   npm run alerts -- --all     every alert, seen ones too
//   npm run alerts -- --seen 12 mark alert #12 seen
// The same rows are in the `alerts` table: SELECT * FROM alerts WHERE seen_at IS NULL ORDER BY raised_at DESC;
import { openDatabase } from '../api/db/client.ts';
import { alertLines, markAlertSeen } from '../api/alerts/listAlerts.ts';

const args = process.argv.slice(2);
const { db, client } = await openDatabase();
const seen = args.indexOf('--seen');
if (seen >= 0) {
  const id = Number(args[seen + 1]);
  console.log((await markAlertSeen(db, id, new Date())) ? `Alert #${id} marked seen.` : `There is no alert #${args[seen + 1] ?? ''}.`);
} else {
  const lines = await alertLines(db, { all: args.includes('--all') });
  console.log(lines.length > 0 ? lines.join('\n') : 'No open alerts.');
}
client.close();
