// An acknowledged claim must survive kill -9: WAL + synchronous=FULL + a busy timeout on EVERY connection.
// The libsql client pools connections and a transaction takes its own, and a PRAGMA set on one does not
// carry to the others; so we hold every connection the pool can have at once and read its settings.
import type { Client, Transaction } from '@libsql/client';
import type { ClaimTx } from './claimConnection.ts';

/** Connections the pool may open (libsql `concurrency`). */
export const DB_CONNECTIONS = 8;
/** How long a writer waits for the lock before SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;
const SYNCHRONOUS_FULL = 2;

export class DurabilityError extends Error {
  override name = 'DurabilityError';
}

export interface ConnectionSettings {
  journalMode: string;
  synchronous: number;
  busyTimeout: number;
}

/** Runs one PRAGMA on a given connection and returns its single value. */
export type PragmaReader = (pragma: string) => Promise<unknown>;

export const libsqlPragma =
  (tx: Pick<Transaction, 'execute'>): PragmaReader =>
  async (pragma) =>
    Object.values((await tx.execute(`PRAGMA ${pragma}`)).rows[0] ?? {})[0];

export async function readSettings(read: PragmaReader): Promise<ConnectionSettings> {
  return {
    journalMode: String(await read('journal_mode')).toLowerCase(),
    synchronous: Number(await read('synchronous')),
    busyTimeout: Number(await read('busy_timeout')),
  };
}

/** The same settings in one statement, as each claim batch reads them on its own connection. */
export async function readSettingsAtOnce(tx: Pick<ClaimTx, 'one'>): Promise<ConnectionSettings> {
  const sql = 'select (select journal_mode from pragma_journal_mode), (select synchronous from pragma_synchronous), (select timeout from pragma_busy_timeout)';
  const row = (await tx.one({ sql, args: [] }))!;
  return { journalMode: String(row[0]).toLowerCase(), synchronous: Number(row[1]), busyTimeout: Number(row[2]) };
}

/** Whether a connection's settings keep an acknowledged claim through a crash. */
export function isDurable(s: ConnectionSettings): boolean {
  return s.journalMode === 'wal' && s.synchronous === SYNCHRONOUS_FULL && s.busyTimeout >= BUSY_TIMEOUT_MS;
}

/**
 * Sets synchronous=FULL on every pooled connection, then holds all of them at once in transactions (as claims
 * will) and reads each one's settings; throws a DurabilityError naming the first that is wrong.
 */
export async function checkDurability(client: Client): Promise<ConnectionSettings[]> {
  // Opening all connections first, then issuing the PRAGMA in one tick, lands one PRAGMA on each connection
  // (the safety level cannot be changed inside a transaction, so it is set outside one).
  const opened = await Promise.all(Array.from({ length: DB_CONNECTIONS }, () => client.transaction('deferred')));
  for (const tx of opened) tx.close();
  await Promise.all(Array.from({ length: DB_CONNECTIONS }, () => client.execute('PRAGMA synchronous=FULL')));
  const transactions = await Promise.all(Array.from({ length: DB_CONNECTIONS }, () => client.transaction('deferred')));
  try {
    const settings: ConnectionSettings[] = [];
    for (const tx of transactions) settings.push(await readSettings(libsqlPragma(tx)));
    settings.forEach((s, i) => {
      if (!isDurable(s)) {
        throw new DurabilityError(
          `Database connection ${i + 1} of ${DB_CONNECTIONS} has journal_mode=${s.journalMode}, synchronous=${s.synchronous}, busy_timeout=${s.busyTimeout}; ` +
            `claims need journal_mode=wal, synchronous=2 (FULL) and busy_timeout ≥ ${BUSY_TIMEOUT_MS}. Refusing to start.`,
        );
      }
    });
    return settings;
  } finally {
    for (const tx of transactions) tx.close();
  }
}
