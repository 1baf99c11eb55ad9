// Document photos, re-encoded and stored under data/uploads/ with random names; unattached ones expire.
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { cases } from './cases.ts';
import { reports } from './reports.ts';

export const uploads = sqliteTable('uploads', {
  /** Random id, 22 base64url characters; also the file name. */
  id: text('id').primaryKey(),
  /** Stored format after re-encoding. */
  format: text('format', { enum: ['jpeg', 'png', 'webp'] }).notNull(),
  bytes: integer('bytes').notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  createdAt: text('created_at').notNull(),
  /** Deleted with its file after this instant unless attached to a case or a report. */
  expiresAt: text('expires_at').notNull(),
  caseId: integer('case_id').references(() => cases.id),
  /** A 举报's photo (then caseId is null): opened only by the county through its handler. */
  reportId: integer('report_id').references(() => reports.id),
  /** claim, authorisation (代办 委托书), supplement (需补正) or report (举报). */
  purpose: text('purpose', { enum: ['claim', 'authorisation', 'supplement', 'report'] }),
});
