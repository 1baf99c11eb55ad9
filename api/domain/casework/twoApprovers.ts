// 本县规定/系统要求 (our design, not law: casework-facts.md §6): a case flagged for conflict of interest is approved by two
// different county approvers, neither related to the household nor having acted on the case before.
import type { CaseState } from './caseState.ts';

/** What the rule needs to know about the case and the person about to approve it. */
export interface ApprovalFacts {
  /** The case carries a conflict-of-interest flag (or would, were this approver to act). */
  conflicted: boolean;
  /** The approver, as events name actors (staff:<username>). */
  approver: string;
  /** The approver declared a household member as near kin, or is a member. */
  approverRelated: boolean;
  /** Every actor who has acted on the case so far. */
  actedBefore: readonly string[];
}

export type ApprovalBar = 'same_approver' | 'approver_related' | 'approver_acted_before';

/** Why this approver may not approve this case now; undefined when they may. */
export function approvalBar(state: CaseState, facts: ApprovalFacts | undefined): ApprovalBar | undefined {
  if (!facts?.conflicted) return undefined;
  if (state.firstApproval?.approver === facts.approver) return 'same_approver';
  if (facts.approverRelated) return 'approver_related';
  if (facts.actedBefore.includes(facts.approver)) return 'approver_acted_before';
  return undefined;
}

/** Whether this approval is the first of two (the case then waits for the second). */
export function isFirstOfTwo(state: CaseState, facts: ApprovalFacts | undefined): boolean {
  return facts?.conflicted === true && state.firstApproval === undefined;
}
