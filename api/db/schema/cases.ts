// Cases (一户一案): what the lookup shows, plus the sealed claim. ID numbers and phones only ever stored sealed.
import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { accounts } from './accounts.ts';
import { CASE_STATUSES } from '../../domain/casework/caseState.ts';

export const cases = sqliteTable('cases', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** 12-digit random case number with a Damm check digit. */
  caseNo: text('case_no').notNull(),
  /** HMAC of the query code; the code itself is shown once, on the confirmation page. */
  queryCodeHmac: text('query_code_hmac').notNull(),
  /** HMAC of the last 6 characters of the applicant's ID number, the other lookup factor. */
  idLast6Hmac: text('id_last6_hmac').notNull(),
  /** HMAC of the applicant's whole ID number, to find their cases when the case number is lost (POST /api/cases/find). */
  idNumberHmac: text('id_number_hmac'),
  /** Catalog id of the programme. */
  programme: text('programme').notNull(),
  county: text('county').notNull(),
  township: text('township').notNull(),
  village: text('village'),
  /** Applicant's name masked for public view (张*); the full name is in the sealed claim. */
  applicantNameMasked: text('applicant_name_masked').notNull(),
  /** Last 4 characters of the ID number, for the resident's mask **************123X. */
  applicantIdLast4: text('applicant_id_last4').notNull(),
  /** The whole claim (names, ID numbers, phones, incomes, assets, reason) sealed with AES-256-GCM. */
  claimSealed: text('claim_sealed').notNull(),
  /** self, agent or window. */
  submittedBy: text('submitted_by', { enum: ['self', 'agent', 'window'] }).notNull(),
  agentId: integer('agent_id').references(() => accounts.id),
  /** The applicant declared near kin among case staff or village cadres: checked twice. */
  nearKin: integer('near_kin', { mode: 'boolean' }).notNull(),
  /** 临时救助: the amount asked for; decides whether the township ends the case. */
  requestedAmount: real('requested_amount'),
  /** open, supplement (需补正), not-accepted (不予受理), approved, refused (不予批准), closed (终止/结案): api/domain/casework/caseState.ts. */
  status: text('status', { enum: CASE_STATUSES }).notNull(),
  /** Bumped by every change to the case; an action names the version it was taken on (409 stale_version otherwise). */
  version: integer('version').notNull().default(0),
  /** The step being worked on, for the staff queue (derived from the events by the action engine). */
  step: text('step'),
  /** The current step's legal due date (or the review date of a paying case); null while the applicant is to act or the case is finished. */
  dueOn: text('due_on'),
  /** 定期核查: the next review of an approved case, YYYY-MM-DD. */
  reviewOn: text('review_on'),
  /** Cross-check flags raised on the case, "code:basis,…" (a copy of case_flags kept on the row so the queue reads no other table). */
  flags: text('flags'),
  /** ISO 8601 instant the claim was recorded. */
  submittedAt: text('submitted_at').notNull(),
  /** 需补正: the list of what is missing (JSON array of plain sentences). */
  supplementItems: text('supplement_items', { mode: 'json' }).$type<string[]>(),
  /** Upload ids the applicant sent for 需补正 (JSON array). */
  supplementUploads: text('supplement_uploads', { mode: 'json' }).$type<string[]>(),
  /** 公示: first and last day, and where it is posted. */
  noticeFrom: text('notice_from'),
  noticeTo: text('notice_to'),
  noticePlace: text('notice_place'),
  /** 不予批准: the written reason. */
  refusalReason: text('refusal_reason'),
  /** 批准: yuan per month and first month paid (YYYY-MM). */
  approvedMonthly: real('approved_monthly'),
  approvedFromMonth: text('approved_from_month'),
  /** 公示异议: the day the oldest open objection was raised; the case's clock stands still while set (derived by the action engine). */
  pausedOn: text('paused_on'),
  /** 一门受理: the id of the first case of the household's linked cases (the same on every case opened from it); null when none. */
  linkedGroup: integer('linked_group'),
}, (t) => [
  uniqueIndex('cases_case_no').on(t.caseNo),
  index('cases_id_number_hmac').on(t.idNumberHmac),
  // An agent's own list, newest first.
  index('cases_agent_submitted').on(t.agentId, t.submittedAt),
  // The staff queue, soonest due first: a township's cases, and a county's (rowid = id breaks ties in index order).
  index('cases_queue_township').on(t.county, t.township, t.dueOn),
  index('cases_queue_county').on(t.county, t.dueOn),
  index('cases_linked_group').on(t.linkedGroup),
  // Paused cases first in the queue: few at a time, so a partial index keeps them out of every other walk.
  index('cases_paused_township').on(t.county, t.township, t.pausedOn).where(sql`paused_on IS NOT NULL`),
  index('cases_paused_county').on(t.county, t.pausedOn).where(sql`paused_on IS NOT NULL`),
]);

/** Monthly payments of an approved case. */
export const payments = sqliteTable('payments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  caseId: integer('case_id').notNull().references(() => cases.id),
  /** Month paid for, YYYY-MM. */
  month: text('month').notNull(),
  amount: real('amount').notNull(),
  /** Day the money was sent, YYYY-MM-DD. */
  paidOn: text('paid_on').notNull(),
}, (t) => [uniqueIndex('payments_case_month').on(t.caseId, t.month)]);
