// POST /api/notices/objections/lookup: the objector reads the outcome by tracking number and query code. An unknown
// number and a wrong code cost the same work and answer the same 404, and failures are limited per (number, client)
// as case lookups are (the one check of api/filings/filingCode.ts, which 举报 lookups share).
import { eq } from 'drizzle-orm';
import { notices, objections } from '../db/schema/index.ts';
import { checkFiling } from '../filings/filingCode.ts';
import type { FilingLookupRequest, ObjectionOutcomeView } from '../schemas/notices.ts';
import type { Services } from '../services.ts';

export async function lookupObjection(services: Services, request: FilingLookupRequest, bucket: string): Promise<ObjectionOutcomeView> {
  const load = async (number: string) => (await services.db.select().from(objections).where(eq(objections.trackingNumber, number)))[0];
  const found = await checkFiling(services, request, bucket, ['objection'], load, 'objection_not_found');
  const [notice] = await services.db.select().from(notices).where(eq(notices.id, found.noticeId));
  const view: ObjectionOutcomeView = {
    trackingNumber: found.trackingNumber,
    status: found.status,
    raisedOn: found.raisedOn,
    notice: { programme: notice!.programme, township: notice!.township, village: notice!.village, from: notice!.fromOn, to: notice!.toOn },
  };
  if (found.resolvedOn) view.resolvedOn = found.resolvedOn;
  if (found.finding) view.finding = found.finding;
  return view;
}
