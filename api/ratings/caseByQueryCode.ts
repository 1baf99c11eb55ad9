// The case a rating is about, by its number and query code (the receipt's secret, not the ID number's tail): the same
// 404 for an unknown number and a wrong code, padded to the lookups' floor and counted against the lookups' own limit,
// so rating is no faster way to guess a code than looking up.
import { setTimeout as sleep } from 'node:timers/promises';
import { eq } from 'drizzle-orm';
import { FAILURE_FLOOR_MS, sameHex } from '../cases/lookupCase.ts';
import { cases } from '../db/schema/index.ts';
import { parseCaseNo } from '../domain/caseNumber.ts';
import { parseQueryCode } from '../domain/queryCode.ts';
import { ApiError } from '../http/errors.ts';
import { tooManyAttempts } from '../limits/refuse.ts';
import { caseSubject } from '../lookup/limiter.ts';
import { recordLookupFailure } from '../lookup/recordFailure.ts';
import type { Services } from '../services.ts';

export type CaseRow = typeof cases.$inferSelect;

export async function caseByQueryCode(services: Services, caseNumber: string, queryCode: string, bucket: string): Promise<CaseRow> {
  const started = performance.now();
  const nowMs = services.now().getTime();
  const caseNo = parseCaseNo(caseNumber) ?? caseNumber.slice(0, 40);
  const subject = caseSubject(caseNo);
  const refusal = services.limiter.refusal(subject, bucket, nowMs);
  if (refusal) throw tooManyAttempts(refusal);
  const asCode = services.sealer.hmac('query-code', parseQueryCode(queryCode) ?? queryCode.slice(0, 40));
  const [row] = await services.db.select().from(cases).where(eq(cases.caseNo, caseNo));
  if (!row || !sameHex(row.queryCodeHmac, asCode)) {
    await recordLookupFailure(services, 'lookup_failures', subject, bucket, nowMs);
    await sleep(Math.max(0, FAILURE_FLOOR_MS - (performance.now() - started)));
    throw new ApiError(404, 'case_not_found');
  }
  services.limiter.recordSuccess(subject, bucket);
  return row;
}
