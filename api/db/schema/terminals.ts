// Kiosk terminals and their credentials.
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const terminals = sqliteTable('terminals', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Where it stands, e.g. 林城镇便民服务中心. */
  name: text('name').notNull(),
  /** SHA-256 of the X-Terminal-Key credential. */
  keyHash: text('key_hash').notNull(),
  county: text('county').notNull(),
}, (t) => [uniqueIndex('terminals_key_hash').on(t.keyHash)]);
