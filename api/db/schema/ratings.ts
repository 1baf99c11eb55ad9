// 好差评 (issue 10): one rating per ended case (查进度) and one per kiosk session, and the follow-up every 差评 gets in the
// county's queue (api/domain/ratings/levels.ts).
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { cases } from './cases.ts';
import { terminals } from './terminals.ts';

export const ratings = sqliteTable('ratings', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** The case rated; null for a kiosk session's rating. One rating per case (a unique index). */
  caseId: integer('case_id').references(() => cases.id),
  /** The kiosk terminal it was given at; null online. */
  terminalId: integer('terminal_id').references(() => terminals.id),
  /** online (查进度) or kiosk. */
  channel: text('channel', { enum: ['online', 'kiosk'] }).notNull(),
  /** Whose queue the follow-up is in: the case's county, or the terminal's. */
  county: text('county').notNull(),
  /** The case's township and programme (null for a session rating), for the county's figures. */
  township: text('township'),
  programme: text('programme'),
  /** 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意. */
  level: integer('level').notNull(),
  /** The rater's comment, sealed (it may name people); null without one. */
  commentSealed: text('comment_sealed'),
  ratedAt: text('rated_at').notNull(),
  ratedOn: text('rated_on').notNull(),
  /** Set for a 差评 (level ≤ 2): the follow-up is due by this day (a county-set default). */
  followUpDueOn: text('follow_up_due_on'),
  /** The county's answer, which the rater reads in 查进度. */
  followUpAnswer: text('follow_up_answer'),
  followUpAnsweredOn: text('follow_up_answered_on'),
}, (t) => [
  uniqueIndex('ratings_case').on(t.caseId).where(sql`case_id IS NOT NULL`),
  // The county's follow-ups, and its figures by level.
  index('ratings_county_follow_up').on(t.county, t.followUpDueOn).where(sql`follow_up_due_on IS NOT NULL`),
  index('ratings_county_rated').on(t.county, t.ratedOn),
]);
