// Issue 9, casework: the action engine's rules, one row per rule, and due dates across 调休 and review dates.
import { describe, expect, it } from 'vitest';
import { loadWorkflows } from '../../../api/content/workflows.ts';
import { stateFromEvents as rowState } from '../../../api/audit/caseState.ts';
import type { ActionContext, ActionInput, ActionName } from '../../../api/domain/casework/action.ts';
import { caseFields } from '../../../api/domain/casework/caseFields.ts';
import { foldEvent, INITIAL_STATE, type CaseEvent, type CaseState } from '../../../api/domain/casework/caseState.ts';
import { allowedActions, applyAction } from '../../../api/domain/casework/engine.ts';
import { caseDue } from '../../../api/domain/casework/progress.ts';
import { workflowSteps, type ApplyProgramme, type StaffRole, type WorkflowContext } from '../../../api/domain/workflow.ts';
import { holidayCalendar } from './fixtures.ts';

const calendar = holidayCalendar();
const workflows = loadWorkflows();
const contextFor = (programme: ApplyProgramme, today: string, path: WorkflowContext = {}): ActionContext => ({
  programme, steps: workflowSteps(workflows[programme], path), review: workflows[programme].review, townshipLinshiLimit: path.townshipLinshiLimit,
  noticeLine: '枫木村 张*', today, calendar,
});

/** Takes actions in order on a fresh claim; returns the state, version and every event. */
function walk(programme: ApplyProgramme, steps: [StaffRole, ActionName, ActionInput, string][], path: WorkflowContext = {}) {
  let current = { state: foldEvent(INITIAL_STATE, { kind: 'submitted', step: 'apply', reason: '', on: '2026-03-02' }), version: 0 };
  const events: CaseEvent[] = [{ kind: 'submitted', step: 'apply', reason: '', on: '2026-03-02' }];
  for (const [role, name, input, today] of steps) {
    const out = applyAction(current, { name, role, version: current.version, input }, contextFor(programme, today, path));
    if (!out.ok) throw new Error(`${name}: ${out.refusal.code} ${out.refusal.field ?? ''}`);
    events.push(...out.events);
    current = { state: out.state, version: out.version };
  }
  return { ...current, events };
}

const toNotice: [StaffRole, ActionName, ActionInput, string][] = [
  ['township-clerk', 'accept', {}, '2026-03-03'],
  ['township-clerk', 'record-check', { result: '人均月收入 300 元' }, '2026-03-04'],
  ['township-clerk', 'record-visit', { staff: ['李四', '王五'], visitedOn: '2026-03-05' }, '2026-03-05'],
  ['township-reviewer', 'township-review', { opinion: 'agree', reason: '属实' }, '2026-03-09'],
  ['township-clerk', 'publish-notice', { from: '2026-03-10', place: '枫木村村务公开栏', proposedMonthly: 375 }, '2026-03-09'],
];

describe('every action: who, when, and what it checks (table)', () => {
  const atNotice = walk('dibao', toNotice);
  const submitted = walk('dibao', []);
  const accepted = walk('dibao', toNotice.slice(0, 1));
  const approved = walk('dibao', [...toNotice, ['county-approver', 'approve', { amount: 375, fromMonth: '2026-04' }, '2026-03-17']]);
  const refused = walk('dibao', [...toNotice, ['county-approver', 'refuse', { reason: '收入高于标准' }, '2026-03-17']]);
  type Row = [string, typeof submitted, StaffRole, ActionName, ActionInput, string, number | 'ok', string?];
  const rows: Row[] = [
    ['a clerk accepts a new claim', submitted, 'township-clerk', 'accept', {}, '2026-03-03', 'ok'],
    ['a reviewer may not accept', submitted, 'township-reviewer', 'accept', {}, '2026-03-03', 403, 'role_forbidden'],
    ['不予受理 needs a reason', submitted, 'township-clerk', 'refuse-to-accept', {}, '2026-03-03', 422, 'reason'],
    ['需补正 lists every missing item at once', submitted, 'township-clerk', 'request-documents', { items: ['户口簿', '残疾人证'] }, '2026-03-03', 'ok'],
    ['需补正 with an empty list is refused', submitted, 'township-clerk', 'request-documents', { items: [] }, '2026-03-03', 422, 'items'],
    ['documents are recorded only when asked for', submitted, 'township-clerk', 'record-documents', {}, '2026-03-03', 409, 'action_not_allowed_now'],
    ['no 核对 before acceptance', submitted, 'township-clerk', 'record-check', { result: 'x' }, '2026-03-03', 409, 'action_not_allowed_now'],
    ['the visit needs two different staff', accepted, 'township-clerk', 'record-visit', { staff: ['李四', '李四'], visitedOn: '2026-03-04' }, '2026-03-04', 422, 'staff'],
    ['the visit is not dated in the future', accepted, 'township-clerk', 'record-visit', { staff: ['李四', '王五'], visitedOn: '2026-03-09' }, '2026-03-04', 422, 'visitedOn'],
    ['民主评议 only where the county keeps it', accepted, 'township-clerk', 'record-review', { result: '属实' }, '2026-03-04', 409, 'action_not_allowed_now'],
    ['no decision while the 公示 runs', atNotice, 'county-approver', 'approve', { amount: 375, fromMonth: '2026-04' }, '2026-03-16', 409, 'action_not_allowed_now'],
    ['the decision the day after the 公示 ends', atNotice, 'county-approver', 'approve', { amount: 375, fromMonth: '2026-04' }, '2026-03-17', 'ok'],
    ['a clerk may not approve', atNotice, 'township-clerk', 'approve', { amount: 375, fromMonth: '2026-04' }, '2026-03-17', 403, 'role_forbidden'],
    ['payment starts the month after the decision', atNotice, 'county-approver', 'approve', { amount: 375, fromMonth: '2026-03' }, '2026-03-17', 422, 'fromMonth'],
    ['a refusal needs its written reason', atNotice, 'county-approver', 'refuse', { reason: ' ' }, '2026-03-17', 422, 'reason'],
    ['a month is paid at the approved amount', approved, 'county-approver', 'record-payment', { month: '2026-04', amount: 375, paidOn: '2026-04-10' }, '2026-04-10', 'ok'],
    ['never at a typed-in other amount', approved, 'county-approver', 'record-payment', { month: '2026-04', amount: 400, paidOn: '2026-04-10' }, '2026-04-10', 422, 'amount'],
    ['not before the first month', approved, 'county-approver', 'record-payment', { month: '2026-03', amount: 375, paidOn: '2026-04-10' }, '2026-04-10', 422, 'month'],
    ['an approved case can be stopped with a reason', approved, 'county-approver', 'close', { reason: '家庭收入已超过标准' }, '2026-09-01', 'ok'],
    ['a refusal can be reopened (e.g. after 行政复议)', refused, 'county-approver', 'reopen', { reason: '复议决定重新审批' }, '2026-04-01', 'ok'],
    ['an open case cannot be reopened', accepted, 'county-approver', 'reopen', { reason: 'x' }, '2026-04-01', 409, 'action_not_allowed_now'],
    ['an admin takes no case action', refused, 'admin', 'reopen', { reason: 'x' }, '2026-04-01', 403, 'role_forbidden'],
  ];
  it.each(rows)('%s', (_label, at, role, name, input, today, expected, code) => {
    const out = applyAction(at, { name, role, version: at.version, input }, contextFor('dibao', today));
    if (expected === 'ok') expect(out.ok).toBe(true);
    else {
      expect(out.ok).toBe(false);
      if (!out.ok) {
        expect(out.refusal.status).toBe(expected);
        expect(out.refusal.field ?? out.refusal.code).toBe(code);
      }
    }
  });

  it('a stale version is refused before anything else is looked at', () => {
    const out = applyAction(accepted, { name: 'record-check', role: 'township-clerk', version: accepted.version - 1, input: { result: 'x' } }, contextFor('dibao', '2026-03-04'));
    expect(out).toEqual({ ok: false, refusal: { status: 409, code: 'stale_version' } });
  });

  it('the survey is done only when both the 核对 and the visit are in; then the township review is offered', () => {
    const checked = walk('dibao', toNotice.slice(0, 2));
    expect(checked.state.done.survey).toBeUndefined();
    expect(allowedActions(checked.state, 'township-clerk', contextFor('dibao', '2026-03-05')).map((a) => a.action)).toEqual(['record-visit', 'open-linked-case']);
    const visited = walk('dibao', toNotice.slice(0, 3));
    expect(visited.state.done.survey).toBe('2026-03-05');
    expect(allowedActions(visited.state, 'township-reviewer', contextFor('dibao', '2026-03-06')).map((a) => a.action)).toEqual(['township-review']);
  });

  it('where the county keeps 民主评议 it comes between the survey and the township review', () => {
    const path = { keepsDemocraticReview: true };
    const visited = walk('dibao', toNotice.slice(0, 3), path);
    expect(allowedActions(visited.state, 'township-clerk', contextFor('dibao', '2026-03-06', path)).map((a) => a.action)).toEqual(['record-review', 'open-linked-case']);
  });

  it('临时救助 within 瓮安’s 1000 元 is decided by the township reviewer, not above it', () => {
    const within = { requestedAmount: 800, townshipLinshiLimit: 1000 };
    const reviewed = walk('linshi-jiuzhu', toNotice, within);
    const decide = (role: StaffRole, amount: number, path: WorkflowContext) => applyAction(reviewed, { name: 'approve', role, version: reviewed.version, input: { amount, fromMonth: '2026-03' } }, contextFor('linshi-jiuzhu', '2026-03-17', path));
    expect(decide('township-reviewer', 800, within).ok).toBe(true);
    expect(decide('township-reviewer', 1200, within)).toMatchObject({ ok: false, refusal: { field: 'amount' } });
    expect(decide('county-approver', 800, within)).toMatchObject({ ok: false, refusal: { code: 'role_forbidden' } });
    expect(decide('township-reviewer', 800, { requestedAmount: 5000, townshipLinshiLimit: 1000 })).toMatchObject({ ok: false, refusal: { code: 'role_forbidden' } });
  });

  it('the case row the engine writes equals what the audit module derives from the same events (one mapping)', () => {
    const flag = (code: string, basis: string): CaseEvent => ({ kind: 'flag-raised', reason: '', on: '2026-03-03', detail: { code, basis } });
    const flagged = { ...accepted, events: [...accepted.events, flag('duplicate_benefit', 'same_programme'), flag('conflict_of_interest', 'actor_kin')] };
    flagged.state = flagged.events.reduce(foldEvent, INITIAL_STATE);
    for (const walked of [submitted, accepted, atNotice, approved, refused, walk('dibao', [['township-clerk', 'request-documents', { items: ['户口簿'] }, '2026-03-03'], ['township-clerk', 'record-documents', {}, '2026-03-05']]), flagged]) {
      const fromAudit = rowState(walked.events.map((e) => ({ kind: e.kind, detail: e.detail ?? null })));
      const { step: _s, dueOn: _d, reviewOn: _r, pausedOn: _p, ...fields } = caseFields(walked.state, caseDue(walked.state, contextFor('dibao', '2026-03-20').steps, calendar, '2026-03-20'));
      expect(fields).toEqual(fromAudit);
    }
  });
});

describe('due dates across 调休 and the review date', () => {
  const due = (state: CaseState, programme: ApplyProgramme, today: string) => caseDue(state, contextFor(programme, today).steps, calendar, today);
  const claimOn = (on: string) => foldEvent(INITIAL_STATE, { kind: 'submitted', step: 'apply', reason: '', on });

  it('acceptance (3 working days, county-set) of a claim made on Friday 25 September 2026 skips 中秋 and 国庆 and counts Saturday 10 October', () => {
    // 26–27 weekend, 28–30 work, 10-01..07 off, 10-08/09 work: the 3rd working day is 30 September.
    expect(due(claimOn('2026-09-25'), 'dibao', '2026-09-25')).toMatchObject({ step: 'accept', dueOn: '2026-09-30', countySet: true, covered: true });
    // Claimed on 30 September: 10-08 (Thu), 10-09 (Fri), 10-10 (Saturday, a make-up working day) → 10 October.
    expect(due(claimOn('2026-09-30'), 'dibao', '2026-09-30').dueOn).toBe('2026-10-10');
  });

  it('特困 survey: 15 working days from acceptance on 30 September 2026, across 国庆 with the 10 October make-up day', () => {
    const accepted = foldEvent(claimOn('2026-09-29'), { kind: 'accepted', step: 'accept', reason: '', on: '2026-09-30' });
    // Working days: 10-08, 09, 10 (Sat), 12–16, 19–23, 26, 27 → the 15th is 27 October.
    expect(due(accepted, 'tekun', '2026-10-08')).toMatchObject({ step: 'survey', dueOn: '2026-10-27', countySet: false });
  });

  it('overdue after the due day, and due soon within 3 working days of it', () => {
    const state = claimOn('2026-09-25');
    expect(due(state, 'dibao', '2026-09-28')).toMatchObject({ overdue: false, dueSoon: true });
    expect(due(state, 'dibao', '2026-10-08')).toMatchObject({ overdue: true, dueSoon: false });
    expect(due(claimOn('2026-09-01'), 'dibao', '2026-09-01')).toMatchObject({ dueOn: '2026-09-04', dueSoon: true });
  });

  it('a date past the calendar’s last year (2027 not published) is marked an estimate', () => {
    expect(due(claimOn('2026-12-30'), 'dibao', '2026-12-30')).toMatchObject({ dueOn: '2027-01-04', covered: false });
  });

  it('公示 is due on its own last day (natural days); a paying 低保 case is next due at its review, 6-monthly with irregular income', () => {
    const notice = walk('dibao', toNotice);
    expect(due(notice.state, 'dibao', '2026-03-12')).toMatchObject({ step: 'public-notice', dueOn: '2026-03-16' });
    const approved = walk('dibao', [...toNotice, ['county-approver', 'approve', { amount: 375, fromMonth: '2026-04', irregularIncome: true }, '2026-03-17'], ['county-approver', 'record-payment', { month: '2026-04', amount: 375, paidOn: '2026-04-10' }, '2026-04-10']]);
    expect(approved.state.approved?.reviewOn).toBe('2026-09-17');
    expect(due(approved.state, 'dibao', '2026-05-01')).toMatchObject({ step: 'payment', dueOn: '2026-09-17' });
    const yearly = walk('dibao', [...toNotice, ['county-approver', 'approve', { amount: 375, fromMonth: '2026-04' }, '2026-03-17']]);
    expect(yearly.state.approved?.reviewOn).toBe('2027-03-17');
  });
});
