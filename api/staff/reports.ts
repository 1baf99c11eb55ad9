// 举报 and questions in the county's console: listed without the reporter's contact, opened with their text and photos,
// accepted and answered by the county approver, the contact only by a reveal that is itself an audit event. A township
// role never reads one (api/domain/reports/routing.ts): to it every report answers 404, as an unknown number does.
import { and, asc, eq, sql } from 'drizzle-orm';
import { appendAudit } from '../audit/chain.ts';
import { reports, uploads } from '../db/schema/index.ts';
import { chinaDate, type CalendarDate } from '../domain/calendarDate.ts';
import { answerDueOn, isOverdue, reportDueOn } from '../domain/reports/dueDates.ts';
import { allowedReportActions, reportTransition, type ReportAction } from '../domain/reports/report.ts';
import { answersCountyQueue, readsCountyQueue } from '../domain/reports/routing.ts';
import { ApiError } from '../http/errors.ts';
import type { ReportRow } from '../reports/lookupReport.ts';
import type { ReportActionRequest, StaffReportDetail } from '../schemas/reports.ts';
import type { Services } from '../services.ts';
import type { Account } from './access.ts';
import { storedPhoto } from './attachment.ts';

/** The report if this account may read it, else 404 (never 403: a township learns nothing of what is filed about it). */
async function reportFor(services: Services, account: Account, trackingNumber: string): Promise<ReportRow> {
  const [row] = await services.db.select().from(reports).where(eq(reports.trackingNumber, trackingNumber));
  if (!row || !readsCountyQueue(account, row)) throw new ApiError(404, 'report_not_found');
  return row;
}

function listed(row: ReportRow, photoCount: number, today: CalendarDate) {
  const dueOn = reportDueOn(row);
  return {
    trackingNumber: row.trackingNumber, kind: row.kind, about: row.about,
    ...(row.programme ? { programme: row.programme } : {}), ...(row.township ? { township: row.township } : {}), ...(row.village ? { village: row.village } : {}),
    ...(row.personRole ? { personRole: row.personRole } : {}),
    receivedOn: row.receivedOn, status: row.status, ...(dueOn ? { dueOn } : {}), overdue: isOverdue(dueOn, today), hasContact: row.contactSealed !== null, photoCount,
  };
}

/** The county's reports: open ones soonest due first (the older first on the same day), then the answered, newest first. */
export async function staffReports(services: Services, account: Account, state: 'open' | 'answered' | undefined) {
  const open = sql`${reports.status} IN ('received', 'accepted')`;
  const rows = await services.db.select({ report: reports, photos: sql<number>`(SELECT count(*) FROM uploads u WHERE u.report_id = reports.id)` })
    .from(reports)
    .where(and(eq(reports.county, account.county), state === 'open' ? open : state === 'answered' ? sql`NOT ${open}` : undefined))
    .orderBy(sql`CASE WHEN ${open} THEN 0 ELSE 1 END`, sql`CASE ${reports.status} WHEN 'received' THEN ${reports.acceptDueOn} WHEN 'accepted' THEN ${reports.answerDueOn} END`, sql`CASE WHEN ${open} THEN ${reports.id} ELSE -${reports.id} END`)
    .limit(500);
  const today = chinaDate(services.now());
  return rows.filter((r) => readsCountyQueue(account, r.report)).map((r) => listed(r.report, Number(r.photos), today));
}

export async function staffReport(services: Services, account: Account, trackingNumber: string): Promise<StaffReportDetail> {
  return detailOf(services, account, await reportFor(services, account, trackingNumber));
}

async function detailOf(services: Services, account: Account, row: ReportRow): Promise<StaffReportDetail> {
  const photos = await services.db.select({ id: uploads.id }).from(uploads).where(eq(uploads.reportId, row.id)).orderBy(asc(uploads.createdAt));
  return {
    ...listed(row, photos.length, chinaDate(services.now())),
    text: services.sealer.open(row.textSealed),
    photos: photos.map((p) => p.id),
    acceptDueOn: row.acceptDueOn,
    ...(row.acceptedOn ? { acceptedOn: row.acceptedOn } : {}), ...(row.answerDueOn ? { answerDueOn: row.answerDueOn } : {}),
    ...(row.answeredOn ? { answeredOn: row.answeredOn } : {}), ...(row.answer ? { answer: row.answer } : {}),
    allowedActions: answersCountyQueue(account, row) ? allowedReportActions(row.status) : [],
  };
}

const EVENT_OF: Record<ReportAction, string> = { accept: 'report-accepted', 'not-accept': 'report-not-accepted', answer: 'report-answered' };

/** Accept (受理), not accept (with why and where to go) or answer: one step from the status it needs, recorded in the chain. */
export async function actOnReport(services: Services, account: Account, trackingNumber: string, request: ReportActionRequest): Promise<StaffReportDetail> {
  const row = await reportFor(services, account, trackingNumber);
  if (!answersCountyQueue(account, row)) throw new ApiError(403, 'role_forbidden');
  const { from, to } = reportTransition(request.action);
  const reply = request.reply ?? '';
  if (request.action !== 'accept' && reply.length === 0) throw new ApiError(422, 'validation', { field: 'reply', messageKey: 'field.report.reply-required' });
  const now = services.now();
  const today = chinaDate(now);
  const set = request.action === 'accept' ? { status: to, acceptedOn: today, answerDueOn: answerDueOn(today) } : { status: to, answer: reply, answeredOn: today };
  await services.writes(() => services.db.transaction(async (tx) => {
    // The status it needs is part of the update: of two approvers acting at once, the second changes nothing.
    const changed = await tx.update(reports).set(set).where(and(eq(reports.id, row.id), eq(reports.status, from))).returning({ id: reports.id });
    if (changed.length === 0) throw new ApiError(409, 'report_action_not_allowed');
    await appendAudit(tx, { kind: EVENT_OF[request.action], accountId: account.id, actor: `staff:${account.username}`, reason: `report ${row.id}`, detail: { report: row.id, status: to }, at: now.toISOString(), on: today });
  }, { behavior: 'immediate' }));
  return detailOf(services, account, { ...row, ...set });
}

/** The reporter's contact, to ask more while looking into it; each reveal is an audit event naming the report, never the contact. */
export async function revealReportContact(services: Services, account: Account, trackingNumber: string): Promise<string> {
  const row = await reportFor(services, account, trackingNumber);
  if (!answersCountyQueue(account, row)) throw new ApiError(403, 'role_forbidden');
  if (!row.contactSealed) throw new ApiError(404, 'report_not_found');
  const now = services.now();
  await services.writes(() => services.db.transaction(
    (tx) => appendAudit(tx, { kind: 'report-contact-revealed', accountId: account.id, actor: `staff:${account.username}`, reason: `report ${row.id}`, at: now.toISOString(), on: chinaDate(now) }),
    { behavior: 'immediate' },
  ));
  return services.sealer.open(row.contactSealed);
}

/** A report's photo, read by the report's own row from the uploads folder (outside the web root). */
export async function reportPhoto(services: Services, account: Account, trackingNumber: string, id: string): Promise<{ bytes: Buffer; mediaType: string }> {
  const row = await reportFor(services, account, trackingNumber);
  const [photo] = await services.db.select({ format: uploads.format }).from(uploads).where(and(eq(uploads.id, id), eq(uploads.reportId, row.id)));
  if (!photo) throw new ApiError(404, 'attachment_not_found');
  return storedPhoto(services, id, photo.format);
}
