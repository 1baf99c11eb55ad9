// Finding one's cases without the case number: the applicant's whole ID number, the name and the last 4 digits of
// the phone on the claim. Any miss (unknown ID number, other name, other digits) answers the same empty list after
// the same floor, and counts as a failure per client and per ID number from that client.
import { setTimeout as sleep } from 'node:timers/promises';
import { desc, eq } from 'drizzle-orm';
import { cases } from '../db/schema/index.ts';
import { normalizeName } from '../domain/personName.ts';
import { checkPhoneLastFour, phoneLastFour } from '../domain/phone.ts';
import type { Lang } from '../i18n/translate.ts';
import { idNumberSubject } from '../lookup/limiter.ts';
import { recordLookupFailure } from '../lookup/recordFailure.ts';
import { tooManyAttempts } from '../limits/refuse.ts';
import type { ClaimRequest } from '../schemas/cases.ts';
import type { CaseSummary, FindCasesRequest } from '../schemas/caseList.ts';
import type { Services } from '../services.ts';
import { caseSummaries } from './caseSummaries.ts';
import { idNumberHmac } from './idNumberHash.ts';

/** Every answer that finds nothing takes at least this long, whatever did not match. */
export const NOTHING_FOUND_FLOOR_MS = 40;

export async function findCases(services: Services, request: FindCasesRequest, bucket: string, lang: Lang): Promise<CaseSummary[]> {
  const started = performance.now();
  const nowMs = services.now().getTime();
  const { sealer } = services;
  const idHash = idNumberHmac(sealer, request.idNumber);
  const subject = idNumberSubject(idHash);
  const refusal = services.limiter.refusal(subject, bucket, nowMs);
  if (refusal) throw tooManyAttempts(refusal);

  const name = normalizeName(request.name);
  const lastFour = checkPhoneLastFour(request.phoneLast4);
  const rows = await services.db.select().from(cases).where(eq(cases.idNumberHmac, idHash)).orderBy(desc(cases.submittedAt));
  const found = rows.filter((row) => {
    const claim = JSON.parse(sealer.open(row.claimSealed)) as ClaimRequest;
    return lastFour.ok && claim.applicant.name === name && phoneLastFour(claim.applicant.phone) === lastFour.value;
  });
  if (found.length === 0) {
    await recordLookupFailure(services, 'find_failures', subject, bucket, nowMs);
    await sleep(Math.max(0, NOTHING_FOUND_FLOOR_MS - (performance.now() - started)));
    return [];
  }
  services.limiter.recordSuccess(subject, bucket);
  return caseSummaries(services, found, lang);
}
