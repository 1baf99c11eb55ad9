// 一户一案: a household has one claim of a programme being handled at a time. Its members are known by the keyed
// hash of their ID numbers (db/schema/caseMembers.ts, whose unique index refuses a second open claim), written with
// the claim and filled once at start for claims recorded before the table existed.
import { and, eq, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Tx } from '../db/client.ts';
import { caseMembers, cases } from '../db/schema/index.ts';
import type { ClaimRequest } from '../schemas/cases.ts';
import type { Sealer } from '../security/sealing.ts';
import type { Services } from '../services.ts';
import { idNumberHmac } from './idNumberHash.ts';

/** Being handled (open, 需补正) or paid (approved): a new claim of the programme waits until it is refused or closed. */
export const OPEN_CASE_STATUSES: readonly string[] = ['open', 'supplement', 'approved'];

/** The household's members, the applicant first, each once. */
export function householdHmacs(sealer: Sealer, claim: Pick<ClaimRequest, 'applicant' | 'members'>): string[] {
  return [...new Set([claim.applicant.idNumber, ...claim.members.map((m) => m.idNumber)].map((id) => idNumberHmac(sealer, id)))];
}

/**
 * Claims without member rows get them from their sealed claim; returns how many were filled. A claim recorded
 * before 一户一案 that duplicates an open claim of its household keeps its members without counting as open.
 */
export async function fillMissingHouseholds(services: Services): Promise<number> {
  const { db, sealer } = services;
  const rows = await db.select({ id: cases.id, claimSealed: cases.claimSealed, programme: cases.programme, status: cases.status }).from(cases)
    .where(sql`not exists (select 1 from ${caseMembers} where ${caseMembers.caseId} = ${cases.id})`).orderBy(cases.id);
  if (rows.length === 0) return 0;
  await services.writes(() => db.transaction(async (tx) => {
    for (const row of rows) {
      const claim = JSON.parse(sealer.open(row.claimSealed)) as ClaimRequest;
      for (const hmac of householdHmacs(sealer, claim)) {
        const member = { caseId: row.id, idNumberHmac: hmac, programme: row.programme };
        // The earlier open claim keeps the household; the row of a later duplicate is kept closed.
        if (OPEN_CASE_STATUSES.includes(row.status)) await tx.insert(caseMembers).values({ ...member, open: true }).onConflictDoNothing();
        await tx.insert(caseMembers).values({ ...member, open: false }).onConflictDoNothing();
      }
    }
  }));
  return rows.length;
}

/**
 * Whether a member of the case's household is held by another case of the programme that counts as open: a case
 * coming back to open (重新办理) would then break 一户一案, which the unique index on case_members refuses.
 */
export async function householdOpenElsewhere(tx: Tx, caseId: number): Promise<boolean> {
  const other = alias(caseMembers, 'other');
  const [held] = await tx.select({ caseId: other.caseId }).from(caseMembers)
    .innerJoin(other, and(eq(other.idNumberHmac, caseMembers.idNumberHmac), eq(other.programme, caseMembers.programme), eq(other.open, true), ne(other.caseId, caseMembers.caseId)))
    .where(eq(caseMembers.caseId, caseId)).limit(1);
  return held !== undefined;
}
