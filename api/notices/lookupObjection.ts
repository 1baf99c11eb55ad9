// POST /api/notices/objections/lookup: the objector reads the outcome by tracking number and query code. An unknown
// number and a wrong code cost the same work and answer the same 404, and failures are limited per (number, client)
// as case lookups are (api/cases/lookupCase.ts).
import { setTimeout as sleep } from 'node:timers/promises';
import { eq } from 'drizzle-orm';
import { notices, objections } from '../db/schema/index.ts';
import { parseQueryCode } from '../domain/queryCode.ts';
import { parseTrackingNumber } from '../domain/trackingNumber.ts';
import { ApiError } from '../http/errors.ts';
import { tooManyAttempts } from '../limits/refuse.ts';
import { recordLookupFailure } from '../lookup/recordFailure.ts';
import { FAILURE_FLOOR_MS, sameHex } from '../cases/lookupCase.ts';
import type { FilingLookupRequest, ObjectionOutcomeView } from '../schemas/notices.ts';
import type { Services } from '../services.ts';

export async function lookupObjection(services: Services, request: FilingLookupRequest, bucket: string): Promise<ObjectionOutcomeView> {
  const started = performance.now();
  const nowMs = services.now().getTime();
  const parsed = parseTrackingNumber(request.trackingNumber);
  const number = parsed?.kind === 'objection' ? parsed.number : request.trackingNumber.slice(0, 40);
  const subject = `filing:${number}`;
  const refusal = services.limiter.refusal(subject, bucket, nowMs);
  if (refusal) throw tooManyAttempts(refusal);
  const code = parseQueryCode(request.queryCode) ?? request.queryCode.slice(0, 40);
  const asCode = services.sealer.hmac('filing-query-code', `${number}:${code}`);
  const [found] = await services.db.select().from(objections).where(eq(objections.trackingNumber, number));
  if (!found || !sameHex(found.queryCodeHmac, asCode)) {
    await recordLookupFailure(services, 'lookup_failures', subject, bucket, nowMs);
    await sleep(Math.max(0, FAILURE_FLOOR_MS - (performance.now() - started)));
    throw new ApiError(404, 'objection_not_found');
  }
  services.limiter.recordSuccess(subject, bucket);
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
