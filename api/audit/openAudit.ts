// Makes a database ready for appendAudit: the audit key bound to its client, the rows copied by migration 0008
// MACed once, and the chain head exported (now and each China day). The server and every script that writes events use it.
import type { Database } from '../db/client.ts';
import type { WriteQueue } from '../db/writeQueue.ts';
import { loadDataKey } from '../security/dataKey.ts';
import { bindAuditMac, makeAuditMac, type AuditMac } from './auditKey.ts';
import { exportHeadsDaily, headsFileFor } from './heads.ts';
import { sealCopiedEvents } from './sealCopied.ts';

export interface AuditOptions {
  databaseUrl: string;
  /** The audit key; derived from the data key of `env` (security/dataKey.ts) when not given. */
  mac?: AuditMac;
  env?: NodeJS.ProcessEnv;
  /** The process's write queue, when it has one. */
  writes?: WriteQueue;
  now?: () => Date;
}

export async function openAudit(database: Database, options: AuditOptions): Promise<AuditMac> {
  const env = options.env ?? process.env;
  const mac = options.mac ?? makeAuditMac(await loadDataKey(env));
  bindAuditMac(database.client, mac);
  const seal = () => sealCopiedEvents(database.db, mac);
  await (options.writes ? options.writes(seal) : seal());
  const headsFile = headsFileFor(options.databaseUrl, env);
  if (headsFile) await exportHeadsDaily(database.db, headsFile, options.now ?? (() => new Date()));
  return mac;
}
