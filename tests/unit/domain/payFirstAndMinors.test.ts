// Issue 9: the pure rules behind 先行救助 (临时救助) and 未成年人不公示 (特困) — minority by date, the path each leaves,
// and the rule's refusals, without a database.
import { describe, expect, it } from 'vitest';
import { loadWorkflows } from '../../../api/content/workflows.ts';
import { isMinorOn, lastDayUnder } from '../../../api/domain/age.ts';
import type { ActionContext } from '../../../api/domain/casework/action.ts';
import { foldEvent, INITIAL_STATE, stateFromEvents, type CaseState } from '../../../api/domain/casework/caseState.ts';
import { allowedActions, applyAction } from '../../../api/domain/casework/engine.ts';
import { minorWhenReached } from '../../../api/domain/casework/minorApplicant.ts';
import { workflowSteps, type WorkflowContext } from '../../../api/domain/workflow.ts';
import { holidayCalendar } from './fixtures.ts';

const workflows = loadWorkflows();
const calendar = holidayCalendar();

describe('who is a minor on a day (民法典 §17, years counted as §201–§202 count them)', () => {
  it.each([
    ['the day before the 18th birthday', '2008-11-04', '2026-11-03', true],
    ['the 18th birthday itself: the 18 years end that day', '2008-11-04', '2026-11-04', true],
    ['the day after', '2008-11-04', '2026-11-05', false],
    ['born 29 February: the years end on 28 February when there is no 29th', '2008-02-29', '2026-02-28', true],
    ['born 29 February: adult on 1 March', '2008-02-29', '2026-03-01', false],
    ['an old applicant', '1950-03-01', '2026-11-02', false],
  ])('%s', (_, birth, on, minor) => {
    expect(isMinorOn(birth, on)).toBe(minor);
  });

  it('the last day under 18 of someone born on 29 February 2008 is 28 February 2026', () => {
    expect(lastDayUnder('2008-02-29', 18)).toBe('2026-02-28');
  });
});

describe('未成年人不公示 counts on the day the case reaches the 公示', () => {
  const steps = workflowSteps(workflows.tekun, {});
  it.each([
    ['township review not yet done: today counts', {}, '2026-11-03', true],
    ['township review done on the 18th birthday: skipped, for good', { 'township-review': '2026-11-04' }, '2026-12-01', true],
    ['township review done the day after: posted', { 'township-review': '2026-11-05' }, '2026-11-05', false],
  ])('%s', (_, done, today, minor) => {
    expect(minorWhenReached('2008-11-04', steps, { done }, today)).toBe(minor);
  });

  it('a 公示 already posted stays on the path, and an unknown birth date counts as an adult’s', () => {
    expect(minorWhenReached('2012-05-01', steps, { done: {}, notice: { from: '2026-11-06', to: '2026-11-12', place: '村', line: '' } }, '2026-11-06')).toBe(false);
    expect(minorWhenReached(undefined, steps, { done: {} }, '2026-11-06')).toBe(false);
  });

  it('the minor’s path has no 公示; 低保 has no step not for minors and is never changed', () => {
    expect(workflowSteps(workflows.tekun, { minorApplicant: true }).map((s) => s.step)).not.toContain('public-notice');
    expect(workflowSteps(workflows.dibao, { minorApplicant: true }).map((s) => s.step)).toContain('public-notice');
  });
});

describe('先行救助 as a rule', () => {
  const within: WorkflowContext = { requestedAmount: 800, townshipLinshiLimit: 1000 };
  const contextFor = (state: CaseState, path: WorkflowContext, extra: Partial<ActionContext> = {}): ActionContext => ({
    programme: 'linshi-jiuzhu', steps: workflowSteps(workflows['linshi-jiuzhu'], { ...path, paidFirst: state.paidFirst !== undefined }),
    townshipLinshiLimit: path.townshipLinshiLimit, payFirst: workflows['linshi-jiuzhu'].payFirst, noticeLine: '', today: '2026-11-02', calendar, ...extra,
  });
  const submitted = foldEvent(INITIAL_STATE, { kind: 'submitted', step: 'apply', reason: '', on: '2026-11-02' });
  const pay = (state: CaseState, path: WorkflowContext, extra: Partial<ActionContext> = {}) =>
    applyAction({ state, version: 1 }, { name: 'pay-first', role: 'township-reviewer', version: 1, input: { amount: 800, reason: '失火', paidOn: '2026-11-02' } }, contextFor(state, path, extra));

  it('the programme’s data names the role, the text (社会救助法 §50) and the step it skips (公示)', () => {
    expect(workflows['linshi-jiuzhu'].payFirst).toMatchObject({ role: 'township-reviewer', source: { text: '中华人民共和国社会救助法（2026）', article: '第五十条' }, skips: ['public-notice'] });
    expect(workflows.dibao.payFirst).toBeUndefined();
  });

  it('pays, accepts and leaves a path without 公示 decided by the township', () => {
    const out = pay(submitted, within);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.events.map((e) => e.kind)).toEqual(['accepted', 'paid-first', 'payment-recorded']);
    expect(out.state).toMatchObject({ paidFirst: { amount: 800, paidOn: '2026-11-02', reason: '失火' }, paidMonths: ['2026-11'], status: 'open' });
    const steps = workflowSteps(workflows['linshi-jiuzhu'], { ...within, paidFirst: true });
    expect(steps.map((s) => [s.step, s.role])).toEqual([['apply', undefined], ['accept', 'township-clerk'], ['survey', 'township-clerk'], ['township-review', 'township-reviewer'], ['decision', 'township-reviewer'], ['payment', 'township-reviewer']]);
  });

  it('is not offered where the county has published no township amount, nor to a relative of the household', () => {
    expect(allowedActions(submitted, 'township-reviewer', contextFor(submitted, { requestedAmount: 800 })).map((a) => a.action)).not.toContain('pay-first');
    expect(pay(submitted, { requestedAmount: 800 })).toMatchObject({ ok: false, refusal: { status: 409, code: 'action_not_allowed_now' } });
    const related = { approval: { conflicted: true, approver: 'staff:x', approverRelated: true, actedBefore: [] } };
    expect(pay(submitted, within, related)).toMatchObject({ ok: false, refusal: { status: 409, code: 'approver_related' } });
  });

  it('a flagged case paid first needs two confirmations, and not by the one who paid', () => {
    const paying = pay(submitted, within);
    if (!paying.ok) throw new Error(paying.refusal.code);
    const paid = stateFromEvents([{ kind: 'submitted', step: 'apply', reason: '', on: '2026-11-02' }, ...paying.events, { kind: 'check-recorded', reason: '', on: '2026-11-03', detail: { result: 'x' } }, { kind: 'visit-recorded', reason: '', on: '2026-11-03', detail: { staff: ['甲', '乙'] } }, { kind: 'township-reviewed', step: 'township-review', reason: '', on: '2026-11-03' }]);
    const confirm = (approver: string, state: CaseState) => applyAction({ state, version: 1 }, { name: 'confirm-paid-first', role: 'township-reviewer', version: 1, input: {} }, contextFor(state, within, { approval: { conflicted: true, approver, approverRelated: false, actedBefore: ['staff:payer'] } }));
    expect(confirm('staff:payer', paid)).toMatchObject({ ok: false, refusal: { code: 'approver_acted_before' } });
    const first = confirm('staff:a', paid);
    expect(first.ok && first.events.map((e) => e.kind)).toEqual(['first-approval']);
    const second = confirm('staff:b', (first as { state: CaseState }).state);
    expect(second.ok && second.state).toMatchObject({ status: 'approved', approved: { amount: 800, fromMonth: '2026-11' } });
  });
});
