// Issue 9, conflict of interest: a flagged case is approved by two different county approvers, neither related to the
// household nor having acted on it before (本系统要求, not law); the engine says so in allowedActions and applyAction.
import { describe, expect, it } from 'vitest';
import { loadWorkflows } from '../../../api/content/workflows.ts';
import { stateFromEvents as rowState } from '../../../api/audit/caseState.ts';
import type { ActionContext, ActionName } from '../../../api/domain/casework/action.ts';
import { foldEvent, INITIAL_STATE, type CaseEvent, type CaseState } from '../../../api/domain/casework/caseState.ts';
import { allowedActions, applyAction } from '../../../api/domain/casework/engine.ts';
import type { ApprovalFacts } from '../../../api/domain/casework/twoApprovers.ts';
import { workflowSteps, type StaffRole } from '../../../api/domain/workflow.ts';
import { holidayCalendar } from './fixtures.ts';

const calendar = holidayCalendar();
const dibao = loadWorkflows().dibao;
const context = (today: string, approval?: ApprovalFacts): ActionContext => ({
  programme: 'dibao', steps: workflowSteps(dibao, {}), review: dibao.review, noticeLine: '枫木村 张*', today, calendar, approval,
});

function walk(steps: [StaffRole, ActionName, Record<string, unknown>, string, ApprovalFacts?][]) {
  const events: CaseEvent[] = [{ kind: 'submitted', step: 'apply', reason: '', on: '2026-03-02' }];
  let current = { state: foldEvent(INITIAL_STATE, events[0]!), version: 0 };
  for (const [role, name, input, today, approval] of steps) {
    const out = applyAction(current, { name, role, version: current.version, input }, context(today, approval));
    if (!out.ok) throw new Error(`${name}: ${out.refusal.code}`);
    events.push(...out.events);
    current = { state: out.state, version: out.version };
  }
  return { ...current, events };
}

const approver = (username: string, facts: Partial<ApprovalFacts> = {}): ApprovalFacts => ({ conflicted: true, approver: `staff:${username}`, approverRelated: false, actedBefore: ['applicant', 'staff:clerk', 'staff:reviewer'], ...facts });
const plan = { amount: 375, fromMonth: '2026-04' };
const atDecision = walk([
  ['township-clerk', 'accept', {}, '2026-03-03'],
  ['township-clerk', 'record-check', { result: '人均月收入 300 元' }, '2026-03-04'],
  ['township-clerk', 'record-visit', { staff: ['李四', '王五'], visitedOn: '2026-03-05' }, '2026-03-05'],
  ['township-reviewer', 'township-review', { opinion: 'agree', reason: '属实' }, '2026-03-09'],
  ['township-clerk', 'publish-notice', { from: '2026-03-10', place: '枫木村村务公开栏', proposedMonthly: 375 }, '2026-03-09'],
]);
const firstDone = (() => {
  const out = applyAction(atDecision, { name: 'approve', role: 'county-approver', version: atDecision.version, input: plan }, context('2026-03-17', approver('a1')));
  if (!out.ok) throw new Error(out.refusal.code);
  return { state: out.state, version: out.version, events: [...atDecision.events, ...out.events] };
})();

describe('two county approvers for a conflict-of-interest case (table)', () => {
  type Row = [string, { state: CaseState; version: number }, ApprovalFacts | undefined, Record<string, unknown>, 'approved' | 'waiting' | string];
  const rows: Row[] = [
    ['a flagged case: the first approval waits for a second', atDecision, approver('a1'), plan, 'waiting'],
    ['the second, another unrelated approver, completes it', firstDone, approver('a2', { actedBefore: ['applicant', 'staff:clerk', 'staff:a1'] }), plan, 'approved'],
    ['the same approver twice is refused', firstDone, approver('a1', { actedBefore: ['applicant', 'staff:a1'] }), plan, 'same_approver'],
    ['an approver who declared a household member as kin is refused (first)', atDecision, approver('a3', { approverRelated: true }), plan, 'approver_related'],
    ['an approver related to the household is refused (second)', firstDone, approver('a3', { approverRelated: true }), plan, 'approver_related'],
    ['an approver who acted on the case before is refused', atDecision, approver('a4', { actedBefore: ['staff:a4'] }), plan, 'approver_acted_before'],
    ['the second approver confirms the first one’s amount, not another', firstDone, approver('a2'), { ...plan, amount: 500 }, 'amount'],
  ];
  it.each(rows)('%s', (_, current, facts, input, expected) => {
    const out = applyAction(current, { name: 'approve', role: 'county-approver', version: current.version, input }, context('2026-03-17', facts));
    const offered = allowedActions(current.state, 'county-approver', context('2026-03-17', facts)).map((a) => a.action);
    if (expected === 'approved' || expected === 'waiting') {
      expect(out.ok).toBe(true);
      expect(offered).toContain('approve');
      if (!out.ok) return;
      expect(out.state.status).toBe(expected === 'approved' ? 'approved' : 'open');
      expect(out.events.at(-1)!.kind).toBe(expected === 'approved' ? 'approved' : 'first-approval');
    } else if (expected === 'amount') {
      expect(out).toMatchObject({ ok: false, refusal: { status: 422, code: 'action_input_invalid', field: 'amount' } });
    } else {
      expect(out).toMatchObject({ ok: false, refusal: { status: 409, code: expected } });
      // The console never offers what the route would refuse.
      expect(offered).not.toContain('approve');
      expect(offered).toContain('refuse');
    }
  });

  it('only the flag makes the difference: the same approver on the same case approves at once unflagged, waits flagged', () => {
    const take = (facts: ApprovalFacts | undefined) => applyAction(atDecision, { name: 'approve', role: 'county-approver', version: atDecision.version, input: plan }, context('2026-03-17', facts));
    const kinds = (out: ReturnType<typeof take>) => (out.ok ? out.events.map((e) => e.kind) : [out.refusal.code]);
    expect([kinds(take(undefined)), kinds(take(approver('a1', { conflicted: false }))), kinds(take(approver('a1')))]).toEqual([
      ['notice-ended', 'approved'], ['notice-ended', 'approved'], ['notice-ended', 'first-approval'],
    ]);
  });

  it('the first approval changes no case column, so the row stays open until the second (audit:verify agrees)', () => {
    expect(firstDone.state.status).toBe('open');
    expect(firstDone.state.firstApproval).toEqual({ approver: 'staff:a1', amount: 375, fromMonth: '2026-04' });
    expect(rowState(firstDone.events).status).toBe('open');
    expect(rowState(firstDone.events).approvedMonthly).toBeNull();
  });

  it('a refusal after a first approval drops it: a reopened case starts its approvals again', () => {
    const out = applyAction(firstDone, { name: 'refuse', role: 'county-approver', version: firstDone.version, input: { reason: '收入高于标准' } }, context('2026-03-18', approver('a2')));
    expect(out.ok).toBe(true);
    if (out.ok) expect(out.state.firstApproval).toBeUndefined();
  });
});
