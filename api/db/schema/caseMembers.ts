// Every member of a claim's household by the keyed hash of their ID number: one open claim per household and
// programme (一户一案) is checked against it without unsealing claims.
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { cases } from './cases.ts';

export const caseMembers = sqliteTable('case_members', {
  caseId: integer('case_id').notNull().references(() => cases.id),
  /** HMAC of the member's normalised ID number (purpose 'id-number', as cases.id_number_hmac); the applicant is one. */
  idNumberHmac: text('id_number_hmac').notNull(),
}, (t) => [
  primaryKey({ columns: [t.caseId, t.idNumberHmac] }),
  // Covering: a member's ID number leads to their cases without reading the table.
  index('case_members_id_number_hmac').on(t.idNumberHmac, t.caseId),
]);
