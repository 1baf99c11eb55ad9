// Issue 10: an objection (异议) to a 公示 stops the case's clock until the township records its finding; the 公示 then goes
// on (its posted days stand, the county's clock runs from the later of its end and the finding) or the claim goes to refusal.
import { describe, expect, it } from 'vitest';
import { loadWorkflows } from '../../../api/content/workflows.ts';
import type { ActionContext, ActionInput, ActionName } from '../../../api/domain/casework/action.ts';
import { caseFields } from '../../../api/domain/casework/caseFields.ts';
import { foldEvent, INITIAL_STATE, type CaseEvent, type CaseState } from '../../../api/domain/casework/caseState.ts';
import { allowedActions, applyAction } from '../../../api/domain/casework/engine.ts';
import { objectionRaised, openObjections } from '../../../api/domain/casework/objections.ts';
import { caseDue } from '../../../api/domain/casework/progress.ts';
import { addWorkingDays } from '../../../api/domain/workingDays.ts';
import { workflowSteps, type StaffRole } from '../../../api/domain/workflow.ts';
import { holidayCalendar } from './fixtures.ts';

const calendar = holidayCalendar();
const workflows = loadWorkflows();
const steps = workflowSteps(workflows.dibao, {});
const contextOn = (today: string): ActionContext => ({ programme: 'dibao', steps, review: workflows.dibao.review, noticeLine: '枫木村 张*三', today, calendar });

type Step = [StaffRole, ActionName, ActionInput, string] | ['public', 'object', { id: number }, string];
function walk(list: Step[]) {
  let current = { state: foldEvent(INITIAL_STATE, { kind: 'submitted', step: 'apply', reason: '', on: '2026-03-02' }), version: 0 };
  const events: CaseEvent[] = [];
  for (const [role, name, input, today] of list) {
    if (role === 'public') {
      const event = objectionRaised(current.state, contextOn(today), (input as { id: number }).id);
      if (!event) throw new Error(`objection refused on ${today}`);
      events.push(event);
      current = { state: foldEvent(current.state, event), version: current.version + 1 };
      continue;
    }
    const out = applyAction(current, { name: name as ActionName, role, version: current.version, input }, contextOn(today));
    if (!out.ok) throw new Error(`${name}: ${out.refusal.code} ${out.refusal.field ?? ''}`);
    events.push(...out.events);
    current = { state: out.state, version: out.version };
  }
  return { ...current, events };
}
const due = (state: CaseState, today: string) => caseDue(state, steps, calendar, today);
const tryAction = (state: CaseState, version: number, role: StaffRole, name: ActionName, input: ActionInput, today: string) => applyAction({ state, version }, { name, role, version, input }, contextOn(today));

// 公示 from 2026-03-10 to 2026-03-16 (7 natural days), proposing 375 yuan a month.
const toNotice: Step[] = [
  ['township-clerk', 'accept', {}, '2026-03-03'],
  ['township-clerk', 'record-check', { result: '人均月收入 300 元' }, '2026-03-04'],
  ['township-clerk', 'record-visit', { staff: ['李四', '王五'], visitedOn: '2026-03-05' }, '2026-03-05'],
  ['township-reviewer', 'township-review', { opinion: 'agree', reason: '属实' }, '2026-03-09'],
  ['township-clerk', 'publish-notice', { from: '2026-03-10', place: '枫木村村务公开栏', proposedMonthly: 375 }, '2026-03-09'],
];
const objected: Step[] = [...toNotice, ['public', 'object', { id: 7 }, '2026-03-12']];

describe('publishing a 公示', () => {
  it('records the proposed monthly amount the notice shows, and needs one', () => {
    const { events } = walk(toNotice);
    expect(events.at(-1)).toMatchObject({ kind: 'notice-published', detail: { from: '2026-03-10', to: '2026-03-16', monthly: 375 } });
    const reviewed = walk(toNotice.slice(0, 4));
    const out = tryAction(reviewed.state, reviewed.version, 'township-clerk', 'publish-notice', { from: '2026-03-10', place: '公开栏' }, '2026-03-09');
    expect(out).toMatchObject({ ok: false, refusal: { status: 422, field: 'proposedMonthly' } });
  });
});

describe('an objection while the 公示 is current', () => {
  it('is taken only from the first to the last day of the 公示', () => {
    const { state } = walk(toNotice);
    expect(objectionRaised(state, contextOn('2026-03-09'), 1)).toBeUndefined();
    expect(objectionRaised(state, contextOn('2026-03-10'), 1)).toMatchObject({ kind: 'objection-raised', step: 'public-notice', on: '2026-03-10', detail: { objection: 1 } });
    expect(objectionRaised(state, contextOn('2026-03-16'), 1)).toBeDefined();
    expect(objectionRaised(state, contextOn('2026-03-17'), 1)).toBeUndefined();
    expect(objectionRaised(walk(toNotice.slice(0, 4)).state, contextOn('2026-03-10'), 1)).toBeUndefined();
  });

  it('stops the clock: no due date, nothing overdue, the paused day on the row, no decision', () => {
    const { state, version } = walk(objected);
    expect(openObjections(state)).toEqual([{ id: 7, raisedOn: '2026-03-12' }]);
    expect(due(state, '2026-03-20')).toMatchObject({ step: 'public-notice', dueOn: null, pausedOn: '2026-03-12', overdue: false, dueSoon: false });
    expect(caseFields(state, due(state, '2026-03-20'))).toMatchObject({ dueOn: null, pausedOn: '2026-03-12' });
    expect(tryAction(state, version, 'county-approver', 'approve', { amount: 375, fromMonth: '2026-04' }, '2026-03-20')).toMatchObject({ ok: false, refusal: { code: 'action_not_allowed_now' } });
    expect(tryAction(state, version, 'county-approver', 'refuse', { reason: 'x' }, '2026-03-20')).toMatchObject({ ok: false, refusal: { code: 'action_not_allowed_now' } });
  });

  it('is resolved by the township (clerk or reviewer), never by the county, with a finding and an outcome', () => {
    const { state } = walk(objected);
    for (const role of ['township-clerk', 'township-reviewer'] as const) {
      expect(allowedActions(state, role, contextOn('2026-03-13')).map((a) => a.action)).toContain('resolve-objection');
    }
    expect(allowedActions(state, 'county-approver', contextOn('2026-03-13')).map((a) => a.action)).toEqual(['close']);
    const { state: s, version } = walk(objected);
    expect(tryAction(s, version, 'county-approver', 'resolve-objection', { objectionOutcome: 'continue', finding: '经核实' }, '2026-03-13')).toMatchObject({ ok: false, refusal: { status: 403 } });
    expect(tryAction(s, version, 'township-clerk', 'resolve-objection', { objectionOutcome: 'continue' }, '2026-03-13')).toMatchObject({ ok: false, refusal: { status: 422, field: 'finding' } });
    expect(tryAction(s, version, 'township-clerk', 'resolve-objection', { objectionOutcome: 'maybe', finding: '经核实' }, '2026-03-13')).toMatchObject({ ok: false, refusal: { status: 422, field: 'objectionOutcome' } });
    expect(tryAction(walk(toNotice).state, walk(toNotice).version, 'township-clerk', 'resolve-objection', { objectionOutcome: 'continue', finding: '经核实' }, '2026-03-13')).toMatchObject({ ok: false, refusal: { code: 'action_not_allowed_now' } });
  });

  it('resolved before the 公示 ends: the 公示 goes on to its posted last day and the decision comes after it as before', () => {
    const resumed = walk([...objected, ['township-clerk', 'resolve-objection', { objectionOutcome: 'continue', finding: '经入户核实，申请人家庭情况属实，异议不成立' }, '2026-03-13']]);
    expect(resumed.events.at(-1)).toMatchObject({ kind: 'objection-resolved', on: '2026-03-13', detail: { objection: 7, outcome: 'continue' } });
    expect(openObjections(resumed.state)).toEqual([]);
    expect(due(resumed.state, '2026-03-14')).toMatchObject({ step: 'public-notice', dueOn: '2026-03-16', pausedOn: null });
    const approved = walk([...objected, ['township-clerk', 'resolve-objection', { objectionOutcome: 'continue', finding: '异议不成立' }, '2026-03-13'], ['county-approver', 'approve', { amount: 375, fromMonth: '2026-04' }, '2026-03-17']]);
    expect(approved.events.find((e) => e.kind === 'notice-ended')).toMatchObject({ on: '2026-03-16' });
  });

  it('resolved after the 公示 ended: the county’s 10 working days run from the finding, so the paused days are not lost', () => {
    const late = walk([...objected, ['township-reviewer', 'resolve-objection', { objectionOutcome: 'continue', finding: '异议不成立' }, '2026-03-20']]);
    const countyDue = addWorkingDays('2026-03-20', 10, calendar).date;
    expect(due(late.state, '2026-03-23')).toMatchObject({ step: 'public-notice', dueOn: countyDue, overdue: false });
    const approved = walk([...objected, ['township-reviewer', 'resolve-objection', { objectionOutcome: 'continue', finding: '异议不成立' }, '2026-03-20'], ['county-approver', 'approve', { amount: 375, fromMonth: '2026-04' }, '2026-03-23']]);
    expect(approved.events.find((e) => e.kind === 'notice-ended')).toMatchObject({ on: '2026-03-20' });
  });

  it('after its posted end the 公示 step is due when the county’s decision is, not overdue the next morning', () => {
    const { state } = walk(toNotice);
    expect(due(state, '2026-03-17')).toMatchObject({ dueOn: addWorkingDays('2026-03-16', 10, calendar).date, overdue: false });
  });

  it('upheld: the 公示 ends that day and the decision-maker may only refuse, with the finding to give as the reason', () => {
    const finding = '经核实，申请人有一辆未申报的货车，异议成立';
    const upheld = walk([...objected, ['township-clerk', 'resolve-objection', { objectionOutcome: 'refuse', finding }, '2026-03-13']]);
    expect(upheld.state.objectionFinding).toBe(finding);
    expect(allowedActions(upheld.state, 'county-approver', contextOn('2026-03-13')).map((a) => a.action)).toEqual(['refuse', 'close']);
    expect(tryAction(upheld.state, upheld.version, 'county-approver', 'approve', { amount: 375, fromMonth: '2026-04' }, '2026-03-13')).toMatchObject({ ok: false, refusal: { code: 'action_not_allowed_now' } });
    const refused = walk([...objected, ['township-clerk', 'resolve-objection', { objectionOutcome: 'refuse', finding }, '2026-03-13'], ['county-approver', 'refuse', { reason: finding }, '2026-03-13']]);
    expect(refused.state).toMatchObject({ status: 'refused', refusal: { reason: finding } });
    expect(refused.events.find((e) => e.kind === 'notice-ended')).toMatchObject({ on: '2026-03-13' });
  });

  it('a second objection pauses the case again, each resolved in the order raised', () => {
    const twice = walk([...objected, ['public', 'object', { id: 8 }, '2026-03-14'], ['township-clerk', 'resolve-objection', { objectionOutcome: 'continue', finding: '不成立' }, '2026-03-15']]);
    expect(twice.events.at(-1)).toMatchObject({ detail: { objection: 7 } });
    expect(due(twice.state, '2026-03-15')).toMatchObject({ dueOn: null, pausedOn: '2026-03-14' });
  });
});
