// The per-case SHA-256 chain used until migration 0008, kept read-only with its rows (copied into audit_events); nothing writes it.
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { cases } from './cases.ts';

export const legacyCaseEvents = sqliteTable('case_events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  caseId: integer('case_id').notNull().references(() => cases.id),
  /** 1 for the claim itself, then one more per event of the case. */
  seq: integer('seq').notNull(),
  /** What happened: submitted, step-done, supplement-requested, supplement-received, approved, refused, paid. */
  kind: text('kind').notNull(),
  /** Workflow step the event completes, when it completes one. */
  step: text('step'),
  /** Who: applicant, agent:<id>, staff:<name>, system. */
  actor: text('actor').notNull(),
  /** Why, in the actor's words. */
  reason: text('reason').notNull(),
  /** ISO 8601 instant. */
  at: text('at').notNull(),
  /** Day the step counts as done (China date), YYYY-MM-DD. */
  on: text('on').notNull(),
  /** SHA-256 (hex) of the previous event of this case; 64 zeros for the first. */
  prevHash: text('prev_hash').notNull(),
  /** SHA-256 (hex) over prevHash and this event's fields. */
  hash: text('hash').notNull(),
}, (t) => [uniqueIndex('case_events_case_seq').on(t.caseId, t.seq)]);
