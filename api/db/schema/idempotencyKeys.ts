// A claim's Idempotency-Key, committed in the same transaction as the case and its first event.
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { cases } from './cases.ts';

export const idempotencyKeys = sqliteTable('idempotency_keys', {
  /** The UUID the browser sent. */
  key: text('key').primaryKey(),
  /** SHA-256 of the canonical request body (and who sent it): the same key with another body is refused. */
  bodyHash: text('body_hash').notNull(),
  caseId: integer('case_id').notNull().references(() => cases.id),
  /** The 201 answer, sealed (it holds the query code), replayed on a retry. */
  responseSealed: text('response_sealed').notNull(),
  createdAt: text('created_at').notNull(),
});
