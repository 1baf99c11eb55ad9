// The claims' connection for the database's kind: native prepared statements on a local file, the client's own
// statements on a libSQL server or embedded replica. The group commit and recordClaims run the same either way.
import type { Client } from '@libsql/client';
import { openClaimConnection, type ClaimConnection, type ClaimTx } from './claimConnection.ts';
import { clientClaimConnection } from './clientClaimConnection.ts';
import { checkBatchDurable } from './localFile.ts';
import type { DatabaseTarget } from './target.ts';

export interface Claims {
  connection: ClaimConnection;
  /** Run first in each batch's transaction: a local file's durability, checked again; nothing elsewhere. */
  checkBatch(tx: ClaimTx): Promise<void>;
}

export async function openClaims(target: DatabaseTarget, client: Client): Promise<Claims> {
  if (target.kind === 'file') return { connection: await openClaimConnection(target.path), checkBatch: checkBatchDurable };
  return { connection: clientClaimConnection(client), checkBatch: async () => undefined };
}
