// A flag found for the first time is stored with the case and is an audit event; one raised before stays (the register is a
// record). The row's `flags` column comes from these events (api/audit/caseState.ts), written by the action that raised them.
import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { caseFlags, cases } from '../db/schema/index.ts';
import { appendAudit } from '../audit/chain.ts';
import type { FoundFlag } from './flagCodes.ts';

// Event text names the ground, never a person or another case (which may be outside the reader's jurisdiction).
const EVENT_REASON: Record<string, string> = {
  'conflict_of_interest:applicant_declared': '标记利益冲突：申请人申明有近亲属关系',
  'conflict_of_interest:actor_kin': '标记利益冲突：户内成员是经办人员申报的近亲属',
  'conflict_of_interest:cadre_kin': '标记利益冲突：户内成员是本村干部申报的近亲属',
  'duplicate_benefit:same_programme': '标记重复享受：户内成员在本县另一件在办或正在发放的同类案件中',
  'member_of_other_household:paying_household': '标记：户内成员也是本县另一正在发放的家庭的成员',
  'staff_in_household:agent': '标记：代办员本人是户内成员',
  'staff_in_household:staff': '标记：本县工作人员本人是户内成员',
};

/** Appends the flags not raised before; returns their events, for the row's columns. */
export async function raiseFlags(tx: Tx, row: typeof cases.$inferSelect, found: readonly FoundFlag[], by: { actor: string; accountId?: number; at: string; on: string }): Promise<{ kind: 'flag-raised'; detail: Record<string, unknown> }[]> {
  const existing = new Set((await tx.select({ code: caseFlags.code, basis: caseFlags.basis }).from(caseFlags).where(eq(caseFlags.caseId, row.id))).map((f) => `${f.code}:${f.basis}`));
  const raised = found.filter((f) => !existing.has(`${f.code}:${f.basis}`));
  for (const flag of raised) {
    const key = `${flag.code}:${flag.basis}`;
    const { id } = await appendAudit(tx, {
      kind: 'flag-raised', caseId: row.id, actor: by.actor, ...(by.accountId ? { accountId: by.accountId } : {}),
      reason: EVENT_REASON[key] ?? key, detail: { code: flag.code, basis: flag.basis }, at: by.at, on: by.on,
    });
    await tx.insert(caseFlags).values({ caseId: row.id, code: flag.code, basis: flag.basis, eventId: id, raisedAt: by.at });
  }
  return raised.map((f) => ({ kind: 'flag-raised' as const, detail: { code: f.code, basis: f.basis } }));
}
