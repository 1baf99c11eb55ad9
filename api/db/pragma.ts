// PRAGMA reads on the connection of a drizzle transaction (not on whichever pooled connection is idle).
import { sql } from 'drizzle-orm';
import type { Db, Tx } from './client.ts';
import type { PragmaReader } from './durability.ts';

export const drizzlePragma =
  (tx: Db | Tx): PragmaReader =>
  async (pragma) => {
    const row = await tx.get<Record<string, unknown>>(sql.raw(`PRAGMA ${pragma}`));
    return Object.values(row ?? {})[0];
  };
