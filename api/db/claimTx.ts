// Statements of the claim batch, their text built once from the drizzle schema (building a query with drizzle's
// builders costs more CPU than SQLite takes to run it) and run on the claims' own connection, which prepares each
// text once (db/claimConnection.ts).
import { fillPlaceholders, getTableColumns, getTableName, type SQL } from 'drizzle-orm';
import { SQLiteSyncDialect, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { ClaimTx } from './claimConnection.ts';

export type { ClaimTx } from './claimConnection.ts';

const dialect = new SQLiteSyncDialect();

/** A query answering one row at most, written with sql`…` and named placeholders (sql.placeholder), built now. */
export function rowQuery(query: SQL) {
  const built = dialect.sqlToQuery(query);
  return (tx: ClaimTx, values: Record<string, unknown>) => tx.one({ sql: built.sql, args: fillPlaceholders(built.params, values) });
}

/** A statement answering no rows, built now; the function answers how many rows it changed. */
export function changeStatement(query: SQL) {
  const built = dialect.sqlToQuery(query);
  return (tx: ClaimTx, values: Record<string, unknown>) => tx.run({ sql: built.sql, args: fillPlaceholders(built.params, values) });
}

/**
 * INSERT of any number of rows of the given columns in one statement; answers how many were inserted. The rows
 * travel as one JSON parameter read by json_each, so the text and the parameter count stay the same whatever the
 * batch's size: SQLite's limit on parameters (32766) never bounds a batch. Booleans arrive as 1 and 0, as drizzle
 * stores them.
 */
export function insertRowsOf<T extends SQLiteTable, K extends keyof T['$inferInsert'] & string>(table: T, columns: readonly K[]) {
  const all = getTableColumns(table) as Record<string, { name: string }>;
  const names = columns.map((c) => `"${all[c]!.name}"`);
  const sql = `insert into "${getTableName(table)}" (${names.join(', ')}) select ${names.map((_, i) => `j.value->>${i}`).join(', ')} from json_each(?) as j`;
  return (tx: ClaimTx, rows: readonly Pick<T['$inferInsert'], K>[]): Promise<number> =>
    tx.run({ sql, args: [JSON.stringify(rows.map((row) => columns.map((c) => (row as Record<string, unknown>)[c] ?? null)))] });
}
