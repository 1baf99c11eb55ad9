// POST /api/reports: a 举报 or question goes to its county's queue with the 15-day acceptance date. The report, its
// photos and its audit event commit together; the reporter gets a tracking number and a query code (shown once, kept as
// an HMAC); what they wrote and how to reach them are sealed, and nothing about the client is kept.
import { randomBytes, randomInt } from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { appendAudit } from '../audit/chain.ts';
import { raiseAlert } from '../alerts/raiseAlert.ts';
import type { Tx } from '../db/client.ts';
import { reports, uploads } from '../db/schema/index.ts';
import { chinaDate } from '../domain/calendarDate.ts';
import { makeQueryCode } from '../domain/queryCode.ts';
import { acceptDueOn } from '../domain/reports/dueDates.ts';
import type { ReportKind } from '../domain/reports/report.ts';
import { makeTrackingNumber } from '../domain/trackingNumber.ts';
import { filingCodeHmac } from '../filings/filingCode.ts';
import { ApiError } from '../http/errors.ts';
import type { FiledResponse } from '../schemas/notices.ts';
import type { ReportRequest } from '../schemas/reports.ts';
import type { Services } from '../services.ts';
import { checkReportPlace } from './reportPlace.ts';

export async function fileReport(services: Services, request: ReportRequest, client: string): Promise<FiledResponse> {
  checkReportPlace(services, request);
  const now = services.now();
  const today = chinaDate(now);
  const at = now.toISOString();
  // Counted before the photos are looked up, so a refused report counts too.
  const reached = services.reportLimiter.admit(client, `county:${request.county}`, now.getTime());
  if (reached) void raiseAlert(services, 'filing_limit', reached);
  const queryCode = makeQueryCode(randomInt);
  const photoIds = [...new Set(request.uploadIds)];
  const trackingNumber = await services.writes(() => services.db.transaction(async (tx) => {
    if (photoIds.length > 0) {
      const free = await tx.select({ id: uploads.id }).from(uploads).where(and(inArray(uploads.id, photoIds), isNull(uploads.caseId), isNull(uploads.reportId)));
      if (free.length !== photoIds.length) throw new ApiError(422, 'upload_unknown', { field: 'uploadIds' });
    }
    const number = await freeTrackingNumber(tx, request.kind);
    const [report] = await tx.insert(reports).values({
      trackingNumber: number, queryCodeHmac: filingCodeHmac(services.sealer, number, queryCode), kind: request.kind, county: request.county,
      about: request.about, programme: request.programme ?? null, township: request.township ?? null, village: request.village ?? null,
      personRole: request.about === 'conduct' ? request.personRole! : null, textSealed: services.sealer.seal(request.text),
      contactSealed: request.contact ? services.sealer.seal(request.contact) : null, receivedAt: at, receivedOn: today,
      acceptDueOn: acceptDueOn(today), status: 'received',
    }).returning({ id: reports.id });
    if (photoIds.length > 0) await tx.update(uploads).set({ reportId: report!.id, purpose: 'report' }).where(inArray(uploads.id, photoIds));
    // Who filed is never in the chain: the public, with the report's id.
    await appendAudit(tx, { kind: 'report-filed', actor: 'public', reason: `report ${report!.id}`, detail: { report: report!.id, kind: request.kind, county: request.county }, at, on: today });
    return number;
  }, { behavior: 'immediate' }));
  return { trackingNumber, queryCode };
}

async function freeTrackingNumber(tx: Tx, kind: ReportKind): Promise<string> {
  for (;;) {
    const number = makeTrackingNumber(kind, (n) => randomBytes(n));
    const [taken] = await tx.select({ id: reports.id }).from(reports).where(eq(reports.trackingNumber, number));
    if (!taken) return number;
  }
}
