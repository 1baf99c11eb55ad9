// How the person about to approve stands to a case, for the two-approver rule (api/domain/casework/twoApprovers.ts).
import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { caseFlags, kinDeclarations, type cases } from '../db/schema/index.ts';
import type { ApprovalFacts } from '../domain/casework/twoApprovers.ts';
import type { Sealer } from '../security/sealing.ts';
import { householdHmacs } from '../cases/household.ts';
import { openClaim } from './household.ts';

// Reading a case is not acting on it: revealing an ID number or having a flag raised by one's action does not bar an approver.
const NOT_ACTING = new Set(['id-revealed', 'flag-raised']);

export async function isConflictFlagged(tx: Db | Tx, caseId: number): Promise<boolean> {
  const [flag] = await tx.select({ id: caseFlags.id }).from(caseFlags).where(and(eq(caseFlags.caseId, caseId), eq(caseFlags.code, 'conflict_of_interest'))).limit(1);
  return flag !== undefined;
}

export async function approvalFacts(
  tx: Db | Tx, sealer: Sealer, row: typeof cases.$inferSelect,
  who: { actor: string; accountId?: number | undefined }, events: readonly { kind: string; actor: string }[], flaggedNow = false,
): Promise<ApprovalFacts> {
  const hmacs = householdHmacs(sealer, openClaim(sealer, row.claimSealed));
  // Their own ID number (relation self) or a declared relative among the household's members.
  const related = who.accountId === undefined ? [] : await tx.select({ id: kinDeclarations.id }).from(kinDeclarations)
    .where(and(eq(kinDeclarations.accountId, who.accountId), inArray(kinDeclarations.kinIdHmac, hmacs))).limit(1);
  const approverRelated = related.length > 0;
  const conflicted = flaggedNow || row.nearKin || approverRelated || (await isConflictFlagged(tx, row.id));
  return { conflicted, approver: who.actor, approverRelated, actedBefore: [...new Set(events.filter((e) => !NOT_ACTING.has(e.kind)).map((e) => e.actor))] };
}
