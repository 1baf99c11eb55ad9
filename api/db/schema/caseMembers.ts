// Every member of a claim's household by the keyed hash of their ID number. One household, one open claim per
// programme (一户一案) is the unique index below, so no claim can slip past it, not even two at the same moment.
import { sql } from 'drizzle-orm';
import { integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { cases } from './cases.ts';

export const caseMembers = sqliteTable('case_members', {
  caseId: integer('case_id').notNull().references(() => cases.id),
  /** HMAC of the member's normalised ID number (purpose 'id-number', as cases.id_number_hmac); the applicant is one. */
  idNumberHmac: text('id_number_hmac').notNull(),
  /** The case's programme (catalog id). */
  programme: text('programme').notNull(),
  /** Whether the case is still being handled or paid (cases/household.ts); the trigger of migration 0007 keeps it. */
  open: integer('open', { mode: 'boolean' }).notNull(),
}, (t) => [
  primaryKey({ columns: [t.caseId, t.idNumberHmac] }),
  uniqueIndex('case_members_one_open_claim').on(t.idNumberHmac, t.programme).where(sql`${t.open} = 1`),
]);
