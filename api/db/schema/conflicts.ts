// Conflict of interest (issue 9): near kin declared by staff, agents and village cadres, kept only as keyed HMACs, and
// the flags raised on a case at acceptance and approval.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { DECLARED_RELATIONS } from '../../domain/kin.ts';
import { accounts } from './accounts.ts';
import { cases } from './cases.ts';

export const kinDeclarations = sqliteTable('kin_declarations', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** The account that declared its own kin (or its own ID number); null for a village cadre's declaration. */
  accountId: integer('account_id').references(() => accounts.id),
  /** A village cadre's declaration, entered by an admin: the cadre's name as the admin typed it. */
  cadreName: text('cadre_name'),
  /** County of the declarant (the admin's county for a cadre). */
  county: text('county').notNull(),
  /** The cadre's township and village (村/社区). */
  township: text('township'),
  village: text('village'),
  /** 民法典 §1045 relation, `other` for a county's wider list, or `self` for the declarant's own ID number. */
  relation: text('relation', { enum: DECLARED_RELATIONS }).notNull(),
  /** The relative's name masked (张*); the full name is never stored. */
  kinNameMasked: text('kin_name_masked').notNull(),
  /** Keyed HMAC of the relative's whole ID number (api/cases/idNumberHash.ts), the only form it is kept in. */
  kinIdHmac: text('kin_id_hmac').notNull(),
  /** Account that entered it (the declarant, or the admin for a cadre). */
  enteredBy: integer('entered_by').notNull().references(() => accounts.id),
  createdAt: text('created_at').notNull(),
}, (t) => [
  index('kin_declarations_hmac').on(t.kinIdHmac),
  index('kin_declarations_account').on(t.accountId),
  index('kin_declarations_village').on(t.county, t.township, t.village),
]);

export const caseFlags = sqliteTable('case_flags', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  caseId: integer('case_id').notNull().references(() => cases.id),
  /** conflict_of_interest, duplicate_benefit, member_of_other_household, staff_in_household. */
  code: text('code').notNull(),
  /** Why, as a key of staff:flagBasis.* (applicant_declared, actor_kin, cadre_kin, agent, staff, same_programme…). */
  basis: text('basis').notNull(),
  /** The audit event that raised it. */
  eventId: integer('event_id').notNull(),
  /** ISO instant it was raised. */
  raisedAt: text('raised_at').notNull(),
}, (t) => [uniqueIndex('case_flags_case_code_basis').on(t.caseId, t.code, t.basis), index('case_flags_code').on(t.code, t.caseId)]);
