// Looking a case up by number + factor. An unknown number and a wrong factor cost the same work, answer the same
// 404 body, and are padded to the same floor, so neither tells whether a number exists.
import { setTimeout as sleep } from 'node:timers/promises';
import { eq } from 'drizzle-orm';
import { cases } from '../db/schema/index.ts';
import { parseCaseNo } from '../domain/caseNumber.ts';
import { normalizeIdNumber } from '../domain/idNumber.ts';
import { ApiError } from '../http/errors.ts';
import type { Lang } from '../i18n/translate.ts';
import type { LookupRequest } from '../schemas/caseView.ts';
import { makeTokenIssuer } from '../security/tokens.ts';
import type { Sealer } from '../security/sealing.ts';
import type { Services } from '../services.ts';
import { caseSubject } from '../lookup/limiter.ts';
import { recordLookupFailure } from '../lookup/recordFailure.ts';
import { tooManyAttempts } from '../limits/refuse.ts';
import { caseView } from './caseView.ts';
import { cachedCase, cachedView, rememberCase, rememberView } from './viewCache.ts';
import { viewJson, withAccessToken } from './viewJson.ts';
import { chinaDate } from '../domain/calendarDate.ts';

/** How long (at least; up to a minute more) the token from a lookup lets the resident upload 需补正 documents. */
export const ACCESS_TOKEN_MS = 15 * 60_000;
const tokenIssuers = new WeakMap<Sealer, ReturnType<typeof makeTokenIssuer>>();
function accessToken(sealer: Sealer, caseId: number, now: number): string {
  let issue = tokenIssuers.get(sealer);
  if (!issue) tokenIssuers.set(sealer, (issue = makeTokenIssuer(sealer, ACCESS_TOKEN_MS)));
  return issue(`case:${caseId}`, now);
}
/** Every failed lookup takes at least this long, whatever failed. */
export const FAILURE_FLOOR_MS = 40;
const DUMMY_HMAC = '0'.repeat(64);
/** The ID number's last 6 characters; a query code is never that long (submitClaim makes 8 digits). */
const ID_LAST_LENGTH = 6;

/** Constant-time comparison of two hex digests (no Buffers made per lookup, unlike timingSafeEqual). */
export function sameHex(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** The case view with a fresh access token, as UTF-8 JSON (a CaseView). */
export async function lookupCase(services: Services, request: LookupRequest, bucket: string, lang: Lang): Promise<Buffer<ArrayBuffer>> {
  const started = performance.now();
  const now = services.now();
  const nowMs = now.getTime();
  // A number kept in memory is a well-formed one as stored: typed exactly so, it needs no parsing.
  const known = cachedCase(services, request.caseNumber);
  const caseNo = known ? request.caseNumber : (parseCaseNo(request.caseNumber) ?? request.caseNumber.slice(0, 40));
  const subject = caseSubject(caseNo);
  const refusal = services.limiter.refusal(subject, bucket, nowMs);
  if (refusal) throw tooManyAttempts(refusal);

  const factor = normalizeIdNumber(request.factor);
  const { sealer } = services;
  // Which factor it can be follows from its length alone, which the caller knows anyway: the work done still
  // does not depend on whether the number exists or the factor matches.
  const asIdLast6 = factor.length === ID_LAST_LENGTH;
  const factorHmac = sealer.hmac(asIdLast6 ? 'id-last6' : 'query-code', factor);
  const entry = known ?? cachedCase(services, caseNo) ?? (await rememberCase(services, caseNo, () => services.db.select().from(cases).where(eq(cases.caseNo, caseNo)).then((rows) => rows[0])));
  const stored = entry ? (asIdLast6 ? entry.row.idLast6Hmac : entry.row.queryCodeHmac) : DUMMY_HMAC;
  if (!sameHex(stored, factorHmac) || !entry) {
    await recordLookupFailure(services, 'lookup_failures', subject, bucket, nowMs);
    await sleep(Math.max(0, FAILURE_FLOOR_MS - (performance.now() - started)));
    throw new ApiError(404, 'case_not_found');
  }
  services.limiter.recordSuccess(subject, bucket);
  const { row } = entry;
  const day = chinaDate(now);
  const json = cachedView(entry, lang, day) ?? (await rememberView(services, entry, lang, day, async () => viewJson(await caseView(services, row, lang, ''))));
  return withAccessToken(json, accessToken(sealer, row.id, nowMs));
}
