// The connection claim batches write on, out of the pool: its few statements are prepared once and kept, and run
// synchronously (each costs less than a trip to another thread), while BEGIN and COMMIT go through libsql's promise
// API on libsql's own thread, so the event loop goes on reading and preparing the next claims while a batch waits for
// the write lock or for its fsync. Writes of this process never meet it at the lock: batches go through the write
// queue like every other write.
import Database from 'libsql/promise';
import { BUSY_TIMEOUT_MS, DurabilityError, isDurable, readSettingsAtOnce } from './durability.ts';

/** A statement and its positional values. */
export interface Statement {
  sql: string;
  args: readonly unknown[];
}

/** What a batch runs statements on. */
export interface ClaimTx {
  /** Runs a statement answering one row at most: its column values, or undefined when there is none. */
  one(statement: Statement): Promise<unknown[] | undefined>;
  /** Runs a statement answering no rows: how many rows it changed. */
  run(statement: Statement): Promise<number>;
}

export interface ClaimTransaction extends ClaimTx {
  commit(): Promise<void>;
  /** Rolls back unless committed. */
  close(): Promise<void>;
}

export interface ClaimConnection extends ClaimTx {
  /** BEGIN IMMEDIATE: the write lock, for one batch. */
  begin(): Promise<ClaimTransaction>;
  close(): void;
}

interface NativeStatement {
  raw(toggle: boolean): NativeStatement;
  get(args: readonly unknown[]): unknown[] | undefined;
  run(args: readonly unknown[]): { changes: number };
}

interface NativeDatabase {
  prepare(sql: string): Promise<NativeStatement>;
  exec(sql: string): Promise<void>;
  readonly inTransaction: boolean;
  close(): void;
}

/** Opens the claims' connection on the database file at `path` (WAL already, synchronous=FULL set here) and checks it. */
export async function openClaimConnection(path: string): Promise<ClaimConnection> {
  const native = new Database(path, { timeout: BUSY_TIMEOUT_MS }) as unknown as NativeDatabase;
  const prepared = new Map<string, NativeStatement>();
  const statementOf = async (sql: string) => {
    let statement = prepared.get(sql);
    if (!statement) {
      statement = await native.prepare(sql);
      prepared.set(sql, statement);
    }
    return statement;
  };
  const statements: ClaimTx = {
    one: async ({ sql, args }) => (await statementOf(sql)).raw(true).get(args),
    run: async ({ sql, args }) => (await statementOf(sql)).run(args).changes,
  };
  await native.exec('PRAGMA synchronous=FULL');
  const settings = await readSettingsAtOnce(statements);
  if (!isDurable(settings)) {
    native.close();
    throw new DurabilityError(`The claims' connection has journal_mode=${settings.journalMode}, synchronous=${settings.synchronous}, busy_timeout=${settings.busyTimeout}; claims need journal_mode=wal, synchronous=2 (FULL) and busy_timeout ≥ ${BUSY_TIMEOUT_MS}. Refusing to start.`);
  }
  return {
    ...statements,
    async begin() {
      await native.exec('BEGIN IMMEDIATE');
      return {
        ...statements,
        commit: () => native.exec('COMMIT'),
        close: async () => {
          if (native.inTransaction) await native.exec('ROLLBACK');
        },
      };
    },
    close: () => native.close(),
  };
}
