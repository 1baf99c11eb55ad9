// npm run audit:verify [-- <database URL>] — checks the audit chain of the database the URL (or DATABASE_URL: a file,
// a libSQL server with DATABASE_AUTH_TOKEN, or an embedded replica) names, with the data key (MZY_DATA_KEY or
// MZY_DATA_KEY_FILE, as the server): every event's MAC and place, every exported daily head (AUDIT_HEADS_FILE or
// audit-heads.jsonl beside the database) and every case against its events. Exit 0 with the counts, 1 naming the
// first broken event or the case whose state has no event.
import { makeAuditMac } from '../api/audit/auditKey.ts';
import { readHeads, headsFileFor } from '../api/audit/heads.ts';
import { verifyAudit } from '../api/audit/verify.ts';
import { DEFAULT_DATABASE_URL, openDatabase } from '../api/db/client.ts';
import { DEFAULT_KEY_FILE, loadDataKey } from '../api/security/dataKey.ts';
import { existsSync } from 'node:fs';

const url = process.argv[2] ?? process.env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL;
// loadDataKey would make a new key where there is none; one that never MACed anything can only fail.
if (!process.env['MZY_DATA_KEY'] && !existsSync(process.env['MZY_DATA_KEY_FILE'] ?? DEFAULT_KEY_FILE)) {
  console.error('audit:verify needs the data key the server uses: set MZY_DATA_KEY or MZY_DATA_KEY_FILE.');
  process.exit(2);
}
const { db, client } = await openDatabase(url);
const headsFile = headsFileFor(url);
const verdict = await verifyAudit(db, makeAuditMac(await loadDataKey()), readHeads(headsFile));
client.close();
if (verdict.ok) {
  console.log(`audit chain intact: ${verdict.events} events, ${verdict.cases} cases agree with their events, ${verdict.heads} exported head(s) found${headsFile ? ` (${headsFile})` : ''}.`);
} else {
  console.error(`audit chain BROKEN: ${verdict.problem}`);
  process.exitCode = 1;
}
