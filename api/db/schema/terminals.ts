// Kiosk terminals and their credentials.
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const terminals = sqliteTable('terminals', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Where it stands, e.g. 林城镇便民服务中心. */
  name: text('name').notNull(),
  /** SHA-256 of the X-Terminal-Key credential. */
  keyHash: text('key_hash').notNull(),
  county: text('county').notNull(),
  /** Null on terminals registered before the console did it (seeded, or by hand). */
  township: text('township'),
  village: text('village'),
  /** ISO instants. */
  createdAt: text('created_at'),
  /** Set once; the credential is refused from then on. */
  revokedAt: text('revoked_at'),
  /** The last heartbeat, with what it reported. */
  lastSeenAt: text('last_seen_at'),
  version: text('version'),
  /** Seconds since the terminal's browser started. */
  uptime: integer('uptime'),
  lastError: text('last_error'),
}, (t) => [uniqueIndex('terminals_key_hash').on(t.keyHash)]);
