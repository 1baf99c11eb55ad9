// 需补正: the resident sends the missing documents with the token from their lookup.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { cases, uploads } from '../db/schema/index.ts';
import { chinaDate } from '../domain/calendarDate.ts';
import { ApiError } from '../http/errors.ts';
import { readToken } from '../security/tokens.ts';
import type { Services } from '../services.ts';
import { appendAudit } from '../audit/chain.ts';

export async function addSupplement(services: Services, token: string, uploadIds: string[]): Promise<{ caseNumber: string; uploadedIds: string[] }> {
  const now = services.now();
  const subject = readToken(services.sealer, token, now.getTime());
  if (!subject?.startsWith('case:')) throw new ApiError(401, 'unauthorised');
  const caseId = Number(subject.slice('case:'.length));
  return services.writes(() => services.db.transaction(
    async (tx) => {
      const [row] = await tx.select().from(cases).where(eq(cases.id, caseId));
      if (!row) throw new ApiError(401, 'unauthorised');
      if (row.status !== 'supplement') throw new ApiError(409, 'no_supplement_requested');
      const fresh = await tx.select({ id: uploads.id }).from(uploads).where(and(inArray(uploads.id, uploadIds), isNull(uploads.caseId), isNull(uploads.reportId)));
      if (fresh.length !== new Set(uploadIds).size) throw new ApiError(422, 'upload_unknown', { field: 'uploadIds' });
      await tx.update(uploads).set({ caseId, purpose: 'supplement' }).where(inArray(uploads.id, uploadIds));
      const uploadedIds = [...(row.supplementUploads ?? []), ...uploadIds];
      // A staff member looking at the case before this upload now holds a stale version (409 stale_version).
      await tx.update(cases).set({ supplementUploads: uploadedIds, version: row.version + 1 }).where(eq(cases.id, caseId));
      await appendAudit(tx, { kind: 'supplement-received', caseId, actor: 'applicant', reason: `${uploadIds.length} document photo(s)`, detail: { uploadIds }, at: now.toISOString(), on: chinaDate(now) });
      return { caseNumber: row.caseNo, uploadedIds };
    },
    { behavior: 'immediate' },
  ));
}
