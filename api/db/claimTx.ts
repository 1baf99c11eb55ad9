// Statements of the claim batch, built once from the drizzle schema and run on the batch's own libsql transaction:
// building a query with drizzle's builders costs more CPU than SQLite takes to run it, and CPU bounds a batch.
// Every statement given to `execute` returns rows: for one that does not, the libsql client throws and catches
// an exception internally (a stack trace per statement), so inserts say RETURNING and savepoints go through
// `executeMultiple`.
import type { InValue, Row, Transaction } from '@libsql/client';
import { fillPlaceholders, getTableColumns, getTableName, type SQL } from 'drizzle-orm';
import { SQLiteSyncDialect, type SQLiteTable } from 'drizzle-orm/sqlite-core';

/** The transaction a claim batch runs in. */
export type ClaimTx = Pick<Transaction, 'execute' | 'executeMultiple'>;

const dialect = new SQLiteSyncDialect();

/** A query written with sql`…` and named placeholders (sql.placeholder), built now; the function runs it with values for them. */
export function statement(query: SQL) {
  const built = dialect.sqlToQuery(query);
  return (tx: ClaimTx, values: Record<string, unknown>) => tx.execute({ sql: built.sql, args: fillPlaceholders(built.params, values) as InValue[] });
}

/**
 * INSERT of any number of rows of the given columns in one statement, answering `returning` for each row (in no
 * given order). The rows travel as one JSON parameter read by json_each, so the text and the parameter count stay
 * the same whatever the batch's size: SQLite's limit on parameters (32766) never bounds a batch. Booleans arrive
 * as 1 and 0, as drizzle stores them.
 */
export function insertRowsOf<T extends SQLiteTable, K extends keyof T['$inferInsert'] & string>(table: T, columns: readonly K[], returning: string) {
  const all = getTableColumns(table) as Record<string, { name: string }>;
  const names = columns.map((c) => `"${all[c]!.name}"`);
  const text = `insert into "${getTableName(table)}" (${names.join(', ')}) select ${names.map((_, i) => `j.value->>${i}`).join(', ')} from json_each(?) as j returning ${returning}`;
  return async (tx: ClaimTx, rows: readonly Pick<T['$inferInsert'], K>[]): Promise<Row[]> => {
    const values = rows.map((row) => columns.map((c) => (row as Record<string, unknown>)[c] ?? null));
    return (await tx.execute({ sql: text, args: [JSON.stringify(values)] })).rows;
  };
}
