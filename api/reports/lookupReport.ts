// POST /api/reports/lookup: the reporter reads where the report stands, and the county's reply once given.
import { eq } from 'drizzle-orm';
import { reports } from '../db/schema/index.ts';
import { checkFiling } from '../filings/filingCode.ts';
import type { FilingLookupRequest } from '../schemas/notices.ts';
import type { ReportOutcomeView } from '../schemas/reports.ts';
import type { Services } from '../services.ts';

export type ReportRow = typeof reports.$inferSelect;

export async function lookupReport(services: Services, request: FilingLookupRequest, bucket: string): Promise<ReportOutcomeView> {
  const load = async (number: string) => (await services.db.select().from(reports).where(eq(reports.trackingNumber, number)))[0];
  return reportOutcome(await checkFiling(services, request, bucket, ['report', 'question'], load, 'report_not_found'));
}

/** Status and dates, and the reply: nothing of what was written or by whom. */
export function reportOutcome(row: ReportRow): ReportOutcomeView {
  const view: ReportOutcomeView = { trackingNumber: row.trackingNumber, kind: row.kind, status: row.status, receivedOn: row.receivedOn, acceptDueOn: row.acceptDueOn };
  if (row.acceptedOn) view.acceptedOn = row.acceptedOn;
  if (row.answerDueOn) view.answerDueOn = row.answerDueOn;
  if (row.answeredOn) view.answeredOn = row.answeredOn;
  if (row.answer) view.answer = row.answer;
  return view;
}
