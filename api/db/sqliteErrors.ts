// What kind of SQLite failure an error is, the same whether it came from the native driver, @libsql/client on a file,
// a libSQL server over Hrana, or wrapped by drizzle (DrizzleQueryError keeps the driver's error as its cause).
interface DriverError {
  code?: unknown;
  extendedCode?: unknown;
  message?: unknown;
  cause?: unknown;
}

function* chain(error: unknown): Generator<DriverError> {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as DriverError).cause, depth++) yield e as DriverError;
}

const codes = (e: DriverError) => [e.code, e.extendedCode].filter((c): c is string => typeof c === 'string');

/**
 * Another connection holds the write lock or the snapshot moved on, or (sqld) the transaction held the lock past the
 * server's limit and was rolled back for the next writer: the whole transaction may be tried again.
 */
export function isBusy(error: unknown): boolean {
  for (const e of chain(error)) {
    if (codes(e).some((c) => c.startsWith('SQLITE_BUSY') || c.startsWith('SQLITE_LOCKED'))) return true;
    if (typeof e.message === 'string' && /database is (locked|busy)|SQLITE_BUSY|Transaction timed-out/i.test(e.message)) return true;
  }
  return false;
}

/** A UNIQUE or PRIMARY KEY constraint refused the row; `table.column` narrows it to that key. */
export function isUniqueViolation(error: unknown, key?: string): boolean {
  for (const e of chain(error)) {
    const message = typeof e.message === 'string' ? e.message : '';
    const unique = codes(e).some((c) => c === 'SQLITE_CONSTRAINT_UNIQUE' || c === 'SQLITE_CONSTRAINT_PRIMARYKEY') || /UNIQUE constraint failed/.test(message);
    if (unique && (!key || message.includes(key))) return true;
  }
  return false;
}
