// Statements of the claim batch, built once from the drizzle schema and run on the batch's own libsql transaction:
// building a query with drizzle's builders costs more CPU than SQLite takes to run it, and CPU bounds a batch.
// Every statement given to `execute` returns rows: for one that does not, the libsql client throws and catches
// an exception internally (a stack trace per statement), so inserts say RETURNING and savepoints go through
// `executeMultiple`.
import type { InValue, Transaction } from '@libsql/client';
import { fillPlaceholders, sql, type SQLWrapper } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/libsql';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from './schema/index.ts';

/** The transaction a claim batch runs in. */
export type ClaimTx = Pick<Transaction, 'execute' | 'executeMultiple'>;

// Builds SQL only; it has no connection.
const builder = drizzle.mock({ schema });

interface Built {
  sql: string;
  params: unknown[];
}

const run = (tx: ClaimTx, query: Built, values: Record<string, unknown>) => tx.execute({ sql: query.sql, args: fillPlaceholders(query.params, values) as InValue[] });

/** A query with named placeholders (sql.placeholder), built now; the function runs it with values for them. */
export function statement(query: SQLWrapper & { toSQL(): Built }) {
  const built = query.toSQL();
  return (tx: ClaimTx, values: Record<string, unknown>) => run(tx, built, values);
}

/** INSERT of a row of the given columns, built now; the function runs it and answers the new rowid. */
export function insertOf<T extends SQLiteTable, K extends keyof T['$inferInsert'] & string>(table: T, columns: readonly K[]) {
  const built = builder
    .insert(table)
    .values(Object.fromEntries(columns.map((c) => [c, sql.placeholder(c)])) as T['$inferInsert'])
    .returning({ rowid: sql<number>`rowid` })
    .toSQL();
  return async (tx: ClaimTx, row: Pick<T['$inferInsert'], K>): Promise<number> => Number((await run(tx, built, row)).rows[0]![0]);
}

export { builder as queryBuilder };
