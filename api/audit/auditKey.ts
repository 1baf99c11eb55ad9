// The audit chain's MAC key: HKDF from the data key (security/dataKey.ts) with its own label, so key custody stays
// the one data key file outside the database, and a leaked lookup or token key does not forge events.
import { deriveKey, keyedHmac } from '../security/sealing.ts';

/** HMAC-SHA-256 (hex) of a text with the audit key. */
export type AuditMac = (text: string) => string;

export function makeAuditMac(masterKey: Buffer): AuditMac {
  const hmac = keyedHmac(deriveKey(masterKey, 'audit-mac'));
  return (text) => hmac(text, 'hex');
}

// Keyed by connection object, not held in one global: a process (a test) may hold several databases with their own keys.
const bound = new WeakMap<object, AuditMac>();

/** Lets appendAudit find the key for statements on `connection`: a libsql client, or a claim batch's transaction. */
export function bindAuditMac(connection: object, mac: AuditMac): void {
  bound.set(connection, mac);
}

/** The key bound to a libsql client or transaction, or to the client under a drizzle database or transaction. */
export function auditMacOf(tx: object): AuditMac {
  const direct = bound.get(tx);
  if (direct) return direct;
  // drizzle keeps the libsql client in $client on a database and in its session on a transaction.
  const client = (tx as { $client?: object }).$client ?? (tx as { session?: { client?: object } }).session?.client;
  const mac = client ? bound.get(client) : undefined;
  if (!mac) throw new Error('No audit key is bound to this database: open it through openServices (or bindAuditMac).');
  return mac;
}
