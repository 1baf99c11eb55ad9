// Looking a case up by number + factor. An unknown number and a wrong factor cost the same work, answer the same
// 404 body, and are padded to the same floor, so neither tells whether a number exists.
import { timingSafeEqual } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { eq } from 'drizzle-orm';
import { cases } from '../db/schema/index.ts';
import { parseCaseNo } from '../domain/caseNumber.ts';
import { normalizeIdNumber } from '../domain/idNumber.ts';
import { ApiError } from '../http/errors.ts';
import type { Lang } from '../i18n/translate.ts';
import type { CaseView, LookupRequest } from '../schemas/caseView.ts';
import { issueToken } from '../security/tokens.ts';
import type { Services } from '../services.ts';
import { caseSubject } from '../lookup/limiter.ts';
import { recordLookupFailure } from '../lookup/recordFailure.ts';
import { tooManyAttempts } from '../limits/refuse.ts';
import { caseView } from './caseView.ts';
import { cachedCase, cachedView } from './viewCache.ts';
import { chinaDate } from '../domain/calendarDate.ts';

/** How long the token from a lookup lets the resident upload 需补正 documents. */
export const ACCESS_TOKEN_MS = 15 * 60_000;
/** Every failed lookup takes at least this long, whatever failed. */
export const FAILURE_FLOOR_MS = 40;
const DUMMY_HMAC = '0'.repeat(64);

const sameHex = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export async function lookupCase(services: Services, request: LookupRequest, bucket: string, lang: Lang): Promise<CaseView> {
  const started = performance.now();
  const nowMs = services.now().getTime();
  const caseNo = parseCaseNo(request.caseNumber) ?? request.caseNumber.slice(0, 40);
  const subject = caseSubject(caseNo);
  const refusal = services.limiter.refusal(subject, bucket, nowMs);
  if (refusal) throw tooManyAttempts(refusal);

  const factor = normalizeIdNumber(request.factor);
  const { sealer } = services;
  // Both factors are hashed every time: the work done does not depend on which one matches.
  const asIdLast6 = sealer.hmac('id-last6', factor);
  const asQueryCode = sealer.hmac('query-code', factor);
  const row = await cachedCase(services, caseNo, () => services.db.select().from(cases).where(eq(cases.caseNo, caseNo)).then((rows) => rows[0]));
  const idOk = sameHex(row?.idLast6Hmac ?? DUMMY_HMAC, asIdLast6);
  const codeOk = sameHex(row?.queryCodeHmac ?? DUMMY_HMAC, asQueryCode);
  if (!row || !(idOk || codeOk)) {
    await recordLookupFailure(services, 'lookup_failures', subject, bucket, nowMs);
    await sleep(Math.max(0, FAILURE_FLOOR_MS - (performance.now() - started)));
    throw new ApiError(404, 'case_not_found');
  }
  services.limiter.recordSuccess(subject, bucket);
  const view = await cachedView(services, `${row.id}:${lang}:${chinaDate(services.now())}`, () => caseView(services, row, lang, ''));
  return { ...view, accessToken: issueToken(sealer, `case:${row.id}`, nowMs + ACCESS_TOKEN_MS) };
}
