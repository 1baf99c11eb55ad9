// Alerts for staff: something worth a look that the portal itself does not refuse (e.g. one case number failing
// from many clients), or a client that used up its claims for the hour or the day. There is no staff console yet: `npm run alerts` lists them (scripts/alerts.ts).
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const alerts = sqliteTable('alerts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** lookup_failures (a case number), find_failures (an ID number), sign_in_failures (an agent account name), claim_limit (a client). */
  kind: text('kind', { enum: ['lookup_failures', 'find_failures', 'sign_in_failures', 'claim_limit', 'filing_limit'] }).notNull(),
  /** What was guessed at: case:<case number>, id:<HMAC of the ID number>, account:<user name as typed>; or who filed: ip:…, terminal:<id>, agent:<id>. */
  subject: text('subject').notNull(),
  /** Failures counted from all clients together when the alert was raised (claim_limit: the client's claims). */
  failures: integer('failures').notNull(),
  /** ISO 8601 instant of the first of those failures. */
  firstFailureAt: text('first_failure_at').notNull(),
  /** ISO 8601 instant the alert was raised. */
  raisedAt: text('raised_at').notNull(),
  /** ISO 8601 instant a staff member marked it seen; null while open. */
  seenAt: text('seen_at'),
}, (t) => [index('alerts_raised').on(t.raisedAt)]);
