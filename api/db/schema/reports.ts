// 举报 and questions (issue 10): filed by the public with the report form, answered by the county (never a township:
// api/domain/reports/routing.ts), on the 信访工作条例 clock (api/domain/reports/dueDates.ts).
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { PERSON_ROLES, REPORT_ABOUT, REPORT_KINDS, REPORT_STATUSES } from '../../domain/reports/report.ts';

export const reports = sqliteTable('reports', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Tracking number (api/domain/trackingNumber.ts, kind report or question); what the reporter reads the answer by. */
  trackingNumber: text('tracking_number').notNull(),
  /** HMAC of the 8-digit query code (purpose filing-query-code, as objections), shown once to the reporter. */
  queryCodeHmac: text('query_code_hmac').notNull(),
  /** report (举报) or question. */
  kind: text('kind', { enum: REPORT_KINDS }).notNull(),
  /** County (or city district) code: whose queue it is in. */
  county: text('county').notNull(),
  /** programme, place or conduct. */
  about: text('about', { enum: REPORT_ABOUT }).notNull(),
  /** Catalog id when about a programme (optional otherwise). */
  programme: text('programme'),
  /** The township and village it is about, or where the person works; context for the county, never a route to them. */
  township: text('township'),
  village: text('village'),
  /** conduct: whose (township staff, village cadre, county staff, other). */
  personRole: text('person_role', { enum: PERSON_ROLES }),
  /** What the reporter wrote, sealed (it names people). */
  textSealed: text('text_sealed').notNull(),
  /** How to reach the reporter, sealed like ID numbers; null when anonymous. Never listed, never logged. */
  contactSealed: text('contact_sealed'),
  receivedAt: text('received_at').notNull(),
  /** China date received: the 15-day acceptance clock runs from the next day. */
  receivedOn: text('received_on').notNull(),
  acceptDueOn: text('accept_due_on').notNull(),
  status: text('status', { enum: REPORT_STATUSES }).notNull(),
  acceptedOn: text('accepted_on'),
  /** 60 days from acceptance. */
  answerDueOn: text('answer_due_on'),
  /** The county's reply as written for the reporter: the answer, or why it is not accepted and where to go instead. */
  answer: text('answer'),
  answeredOn: text('answered_on'),
}, (t) => [
  uniqueIndex('reports_tracking_number').on(t.trackingNumber),
  // The county's queue: its open reports by status.
  index('reports_queue').on(t.county, t.status),
]);
