// 公示 online (issue 10): one notice per case at its 公示 step, written when the notice-published event is appended,
// and the objections (异议) the public files against a notice while it is current.
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { OBJECTION_STATUSES } from '../../domain/notices/objection.ts';
import { cases } from './cases.ts';

export const notices = sqliteTable('notices', {
  /** The public id: what GET /api/notices and the objection URL carry, never the case number. */
  id: integer('id').primaryKey({ autoIncrement: true }),
  caseId: integer('case_id').notNull().references(() => cases.id),
  /** The audit event (notice-published) this row was written from. */
  eventId: integer('event_id').notNull(),
  county: text('county').notNull(),
  township: text('township').notNull(),
  /** 村(居); null when the case names none (then the notice is posted at the township). */
  village: text('village'),
  /** Catalog id of the programme. */
  programme: text('programme').notNull(),
  /** The applicant's name masked (张*三 / 张*), from the sealed claim at publication; the full name is never here. */
  nameMasked: text('name_masked').notNull(),
  /** People in the household as claimed (the claim's members). */
  householdSize: integer('household_size').notNull(),
  /** 拟保障金额, yuan a month (临时救助: the one payment), as the township proposed it when publishing. */
  monthlyAmount: real('monthly_amount').notNull(),
  /** First and last day posted (China dates, natural days). */
  fromOn: text('from_on').notNull(),
  toOn: text('to_on').notNull(),
  /** Where the paper notice hangs (村务公开栏 …). */
  place: text('place').notNull(),
  publishedAt: text('published_at').notNull(),
  /** The day the notice was taken down before its end (an objection upheld, the case ended); null otherwise. */
  withdrawnOn: text('withdrawn_on'),
}, (t) => [
  index('notices_case').on(t.caseId),
  // The public list and the archive: a place's notices by their last day.
  index('notices_place_to').on(t.county, t.township, t.village, t.toOn),
  index('notices_to').on(t.toOn),
]);

export const objections = sqliteTable('objections', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Tracking number (api/domain/trackingNumber.ts, kind objection); what the objector reads the outcome by. */
  trackingNumber: text('tracking_number').notNull(),
  /** HMAC of the 8-digit query code, shown once to the objector. */
  queryCodeHmac: text('query_code_hmac').notNull(),
  noticeId: integer('notice_id').notNull().references(() => notices.id),
  caseId: integer('case_id').notNull().references(() => cases.id),
  /** The case's county and township: whose queue it lands in. */
  county: text('county').notNull(),
  township: text('township').notNull(),
  /** What the objector wrote, sealed (it may name people). */
  textSealed: text('text_sealed').notNull(),
  /** How to reach the objector, sealed like ID numbers; null when none was given. Never listed, never logged. */
  contactSealed: text('contact_sealed'),
  raisedAt: text('raised_at').notNull(),
  /** China date raised: the case is paused from this day. */
  raisedOn: text('raised_on').notNull(),
  /** open, continued (异议不成立: the 公示 goes on) or upheld (异议成立: the claim goes to refusal). */
  status: text('status', { enum: OBJECTION_STATUSES }).notNull(),
  /** The township's finding, which the objector reads by tracking number and query code. */
  finding: text('finding'),
  resolvedOn: text('resolved_on'),
}, (t) => [
  uniqueIndex('objections_tracking_number').on(t.trackingNumber),
  index('objections_case').on(t.caseId),
  index('objections_queue').on(t.county, t.township, t.status),
]);
