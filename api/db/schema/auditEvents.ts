// The one audit trail: every change to a case, sign-in, reveal of an ID number and account change, in one
// append-only chain (triggers refuse UPDATE and DELETE) MACed with a key kept outside the database (api/audit/chain.ts).
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { cases } from './cases.ts';

export const auditEvents = sqliteTable('audit_events', {
  /** Position in the chain: 1, 2, 3… with no gap; assigned by appendAudit, never by SQLite. */
  id: integer('id').primaryKey(),
  /** What happened: submitted, step-done, supplement-requested, approved, signed-in, id-revealed… (caseState.ts says which set case fields). */
  kind: text('kind').notNull(),
  caseId: integer('case_id').references(() => cases.id),
  /** The signed-in account that acted (no foreign key: accounts arrive in their own migration and are never deleted). */
  accountId: integer('account_id'),
  /** Who: applicant, agent:<id>, staff:<username>, system:<what>. */
  actor: text('actor').notNull(),
  /** Workflow step the event completes, when it completes one. */
  step: text('step'),
  /** Why, in plain words, with no personal data beyond what the case needs. */
  reason: text('reason').notNull(),
  /** The fields the event sets (JSON object, see api/audit/caseState.ts), when it sets any. */
  detail: text('detail'),
  /** ISO 8601 instant. */
  at: text('at').notNull(),
  /** Day the step counts as done (China date), YYYY-MM-DD. */
  on: text('on').notNull(),
  /** MAC of the previous event (64 zeros for the first); null only on rows copied from case_events until the start seals them. */
  prevMac: text('prev_mac'),
  /** HMAC-SHA-256 (hex) over prevMac and this event's fields. */
  mac: text('mac'),
}, (t) => [
  index('audit_events_case').on(t.caseId, t.id),
  // The statistics: a case's first acceptance and first decision found from the index alone (api/stats/decidedCases.ts).
  index('audit_events_case_kind').on(t.caseId, t.kind, t.on),
]);
