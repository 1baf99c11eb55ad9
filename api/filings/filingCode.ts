// What the public files (异议, 举报, questions) is read back by its tracking number and query code, the code kept only as
// an HMAC over both (purpose filing-query-code, as objections have it since api/notices/fileObjection.ts).
import { setTimeout as sleep } from 'node:timers/promises';
import { FAILURE_FLOOR_MS, sameHex } from '../cases/lookupCase.ts';
import { parseQueryCode } from '../domain/queryCode.ts';
import { parseTrackingNumber, type TrackingKind } from '../domain/trackingNumber.ts';
import { ApiError } from '../http/errors.ts';
import { tooManyAttempts } from '../limits/refuse.ts';
import { recordLookupFailure } from '../lookup/recordFailure.ts';
import type { Sealer } from '../security/sealing.ts';
import type { Services } from '../services.ts';

export const filingCodeHmac = (sealer: Sealer, trackingNumber: string, queryCode: string) => sealer.hmac('filing-query-code', `${trackingNumber}:${queryCode}`);

/**
 * The filing of one of `kinds` with this number and code, else 404 `notFound`. An unknown number and a wrong code cost
 * the same work and answer the same, and failures count per (number, client) as case lookups do.
 */
export async function checkFiling<T extends { queryCodeHmac: string }>(
  services: Services,
  request: { trackingNumber: string; queryCode: string },
  bucket: string,
  kinds: readonly TrackingKind[],
  load: (trackingNumber: string) => Promise<T | undefined>,
  notFound: string,
): Promise<T> {
  const started = performance.now();
  const nowMs = services.now().getTime();
  const parsed = parseTrackingNumber(request.trackingNumber);
  const number = parsed && kinds.includes(parsed.kind) ? parsed.number : request.trackingNumber.slice(0, 40);
  const subject = `filing:${number}`;
  const refusal = services.limiter.refusal(subject, bucket, nowMs);
  if (refusal) throw tooManyAttempts(refusal);
  const asCode = filingCodeHmac(services.sealer, number, parseQueryCode(request.queryCode) ?? request.queryCode.slice(0, 40));
  const found = await load(number);
  if (!found || !sameHex(found.queryCodeHmac, asCode)) {
    await recordLookupFailure(services, 'lookup_failures', subject, bucket, nowMs);
    await sleep(Math.max(0, FAILURE_FLOOR_MS - (performance.now() - started)));
    throw new ApiError(404, notFound);
  }
  services.limiter.recordSuccess(subject, bucket);
  return found;
}
