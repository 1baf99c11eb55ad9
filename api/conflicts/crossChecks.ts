// What a case is flagged for (issue 9, cross-checks): computed at acceptance and approval, inside the action's transaction.
// Other cases' households come from their member rows (case_members, 一户一案), never by opening their claims.
import { and, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { auditEvents, caseMembers, cases, kinDeclarations } from '../db/schema/index.ts';
import type { Sealer } from '../security/sealing.ts';
import type { FoundFlag } from './flagCodes.ts';
import { householdHmacs } from '../cases/household.ts';
import { openClaim } from './household.ts';

type CaseRow = typeof cases.$inferSelect;

/** Statuses of a case still being handled or being paid: a second one for the same person is 重复享受. */
const LIVE = ['open', 'supplement', 'approved'] as const;

/** Accounts that have acted on the case: its agent, everyone with an event on it, and whoever is acting now. */
export async function actingAccounts(tx: Db | Tx, row: CaseRow, nowActing?: number): Promise<number[]> {
  const rows = await tx.selectDistinct({ accountId: auditEvents.accountId }).from(auditEvents).where(and(eq(auditEvents.caseId, row.id), isNotNull(auditEvents.accountId)));
  const ids = new Set(rows.map((r) => r.accountId!));
  if (row.agentId !== null) ids.add(row.agentId);
  if (nowActing !== undefined) ids.add(nowActing);
  return [...ids];
}

/**
 * The checks on the people who acted, cadres and staff (inside the action's transaction), with `others`, what
 * otherHouseholds found (read before it: the county-wide read need not hold the write lock).
 */
export async function crossChecks(tx: Db | Tx, sealer: Sealer, row: CaseRow, others: readonly FoundFlag[], nowActing?: number): Promise<FoundFlag[]> {
  const claim = openClaim(sealer, row.claimSealed);
  const hmacs = householdHmacs(sealer, claim);
  const found: FoundFlag[] = [];
  if (row.nearKin || claim.nearKinDeclaration.hasNearKin) found.push({ code: 'conflict_of_interest', basis: 'applicant_declared' });

  const actors = await actingAccounts(tx, row, nowActing);
  const actorKin = actors.length === 0 ? [] : await tx.select({ id: kinDeclarations.id }).from(kinDeclarations)
    .where(and(inArray(kinDeclarations.accountId, actors), ne(kinDeclarations.relation, 'self'), inArray(kinDeclarations.kinIdHmac, hmacs))).limit(1);
  if (actorKin.length > 0) found.push({ code: 'conflict_of_interest', basis: 'actor_kin' });

  if (row.village) {
    const cadreKin = await tx.select({ id: kinDeclarations.id }).from(kinDeclarations)
      .where(and(eq(kinDeclarations.county, row.county), eq(kinDeclarations.township, row.township), eq(kinDeclarations.village, row.village), isNotNull(kinDeclarations.cadreName), inArray(kinDeclarations.kinIdHmac, hmacs))).limit(1);
    if (cadreKin.length > 0) found.push({ code: 'conflict_of_interest', basis: 'cadre_kin' });
  }

  const selves = await tx.select({ accountId: kinDeclarations.accountId }).from(kinDeclarations)
    .where(and(eq(kinDeclarations.county, row.county), eq(kinDeclarations.relation, 'self'), inArray(kinDeclarations.kinIdHmac, hmacs)));
  if (selves.some((s) => s.accountId !== null && s.accountId === row.agentId)) found.push({ code: 'staff_in_household', basis: 'agent' });
  if (selves.some((s) => s.accountId !== null && s.accountId !== row.agentId)) found.push({ code: 'staff_in_household', basis: 'staff' });

  return [...found, ...others];
}

/** 重复享受 and membership of another paying household: the other live cases of the county sharing a member with this one. */
export async function otherHouseholds(db: Db | Tx, sealer: Sealer, row: CaseRow): Promise<FoundFlag[]> {
  const hmacs = householdHmacs(sealer, openClaim(sealer, row.claimSealed));
  const sharing = await db.selectDistinct({ programme: cases.programme, status: cases.status }).from(caseMembers)
    .innerJoin(cases, eq(cases.id, caseMembers.caseId))
    .where(and(inArray(caseMembers.idNumberHmac, hmacs), eq(cases.county, row.county), ne(cases.id, row.id), inArray(cases.status, [...LIVE])));
  const found: FoundFlag[] = [];
  if (sharing.some((other) => other.programme === row.programme)) found.push({ code: 'duplicate_benefit', basis: 'same_programme' });
  if (sharing.some((other) => other.status === 'approved')) found.push({ code: 'member_of_other_household', basis: 'paying_household' });
  return found;
}
