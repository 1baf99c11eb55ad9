// The database of DATABASE_URL for the account scripts, with the server's data key: it seals TOTP secrets and MACs
// the scripts' audit events. Refuses to make a new key: events MACed with a key the server lacks could never verify.
import { existsSync } from 'node:fs';
import { bindAuditMac, makeAuditMac } from '../../api/audit/auditKey.ts';
import { sealCopiedEvents } from '../../api/audit/sealCopied.ts';
import { openDatabase } from '../../api/db/client.ts';
import { makeWriteQueue } from '../../api/db/writeQueue.ts';
import { DEFAULT_KEY_FILE, loadDataKey } from '../../api/security/dataKey.ts';
import { makeSealer } from '../../api/security/sealing.ts';

export async function openAccountsDb() {
  if (!process.env['MZY_DATA_KEY'] && !existsSync(process.env['MZY_DATA_KEY_FILE'] ?? DEFAULT_KEY_FILE)) {
    console.error('This script needs the data key the server uses: set MZY_DATA_KEY or MZY_DATA_KEY_FILE.');
    process.exit(2);
  }
  const { db, client } = await openDatabase();
  const key = await loadDataKey();
  const mac = makeAuditMac(key);
  bindAuditMac(client, mac);
  const writes = makeWriteQueue();
  // A database the server has not opened since migration 0008 still has unsealed events: the chain's head needs a MAC.
  await writes(() => sealCopiedEvents(db, mac));
  return { db, client, writes, sealer: makeSealer(key), now: () => new Date() };
}
