// Issue 9, after approval: the monthly payment roll, the review outcome and 一门受理's suggestions and linked cases.
import { describe, expect, it } from 'vitest';
import { loadWorkflows } from '../../../api/content/workflows.ts';
import { stateFromEvents as rowState } from '../../../api/audit/caseState.ts';
import type { ActionContext, ActionInput } from '../../../api/domain/casework/action.ts';
import { foldEvent, INITIAL_STATE, type CaseEvent, type CaseState } from '../../../api/domain/casework/caseState.ts';
import { allowedActions, applyAction } from '../../../api/domain/casework/engine.ts';
import { linkedSuggestions } from '../../../api/domain/casework/linkedProgrammes.ts';
import { checkEligibility, figuresForCounty } from '../../../api/domain/eligibility.ts';
import { rollLines, rollTotals, type RollCase } from '../../../api/domain/payments/paymentRoll.ts';
import { csvCell, rollCsv } from '../../../api/domain/payments/rollCsv.ts';
import { workflowSteps, type ApplyProgramme, type StaffRole } from '../../../api/domain/workflow.ts';
import { holidayCalendar, loadRegions } from './fixtures.ts';

const calendar = holidayCalendar();
const workflows = loadWorkflows();
const contextFor = (programme: ApplyProgramme, today: string): ActionContext => ({
  programme, steps: workflowSteps(workflows[programme], {}), review: workflows[programme].review, noticeLine: '枫木村 张*', today, calendar,
});

const paying = (over: Partial<RollCase> = {}): RollCase => ({
  caseNumber: '100000000001', programme: 'dibao', township: '林城镇', village: '枫木村', nameMasked: '张*', householdSize: 2,
  status: 'approved', monthly: 375, fromMonth: '2026-11', payments: [], ...over,
});

describe('发放名册: who is on a month\'s roll', () => {
  const rows: [string, RollCase, string, number | 'absent', string?][] = [
    ['an approved case from its first month', paying(), '2026-11', 375],
    ['not before its first month', paying(), '2026-10', 'absent'],
    ['a month already paid shows its paid amount and day', paying({ payments: [{ month: '2026-11', amount: 375, paidOn: '2026-11-10' }] }), '2026-11', 375, '2026-11-10'],
    ['a closed case is no longer due', paying({ status: 'closed' }), '2026-12', 'absent'],
    ['a closed case stays on the roll of a month it was paid', paying({ status: 'closed', payments: [{ month: '2026-11', amount: 375, paidOn: '2026-11-10' }] }), '2026-11', 375, '2026-11-10'],
    ['a case still being decided is not on it', paying({ status: 'open', monthly: null, fromMonth: null }), '2026-11', 'absent'],
  ];
  it.each(rows)('%s', (_name, c, month, amount, paidOn) => {
    const [line] = rollLines([c], month);
    if (amount === 'absent') return expect(line).toBeUndefined();
    expect(line).toMatchObject({ caseNumber: c.caseNumber, amount, nameMasked: '张*', householdSize: 2 });
    expect(line!.paidOn).toBe(paidOn);
  });

  it('sorts by township and village and totals households, persons and yuan to the fen', () => {
    const lines = rollLines([
      paying({ caseNumber: '3', township: '坪村镇', monthly: 0.1 }),
      paying({ caseNumber: '2', village: '黄茅村', monthly: 0.2, householdSize: 3 }),
      paying({ caseNumber: '1', village: '枫木村', monthly: 375, payments: [{ month: '2026-11', amount: 375, paidOn: '2026-11-10' }] }),
    ], '2026-11');
    expect(lines.map((l) => l.caseNumber)).toEqual(['1', '2', '3']);
    expect(rollTotals(lines)).toEqual({ households: 3, persons: 7, amount: 375.3, paidHouseholds: 1, unpaidHouseholds: 2 });
  });
});

describe('the roll as CSV', () => {
  const labels = { header: ['序号', '受理编号', '项目', '乡镇', '村', '户主', '人数', '金额', '状态'], total: '合计', paid: '已发放', unpaid: '待发放', programme: (id: string) => (id === 'dibao' ? '最低生活保障' : id) };
  it('starts with a BOM, has the header, one line per case and a totals row, CRLF', () => {
    const lines = rollLines([paying(), paying({ caseNumber: '100000000002', householdSize: 1, monthly: 300.5 })], '2026-11');
    const csv = rollCsv(lines, rollTotals(lines), labels);
    expect(csv.startsWith('\uFEFF序号,受理编号')).toBe(true);
    const rows = csv.slice(1).split('\r\n');
    expect(rows[1]).toBe('1,100000000001,最低生活保障,林城镇,枫木村,张*,2,375.00,待发放');
    expect(rows[3]).toBe('合计,,,,,2,3,675.50,');
    expect(rows[4]).toBe('');
  });
  it('quotes commas and quotes, and defuses a formula', () => {
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(-5)).toBe('-5');
  });
});

/** A 低保 case approved on 2026-03-17 at 375 a month from 2026-04, review due a year later. */
function approvedDibao(): { state: CaseState; version: number; events: CaseEvent[] } {
  const events: CaseEvent[] = [
    { kind: 'submitted', step: 'apply', reason: '', on: '2026-03-02' },
    { kind: 'accepted', step: 'accept', reason: '', on: '2026-03-03' },
    { kind: 'approved', step: 'decision', reason: '', on: '2026-03-17', detail: { monthly: 375, fromMonth: '2026-04', reviewOn: '2027-03-17' } },
  ];
  return { state: events.reduce(foldEvent, INITIAL_STATE), version: 2, events };
}

describe('record-review-outcome (社会救助法 §46–§48)', () => {
  const heard = { heardOn: '2026-11-20', heardSummary: '户主说儿子已外出务工，每月寄回 1500 元' };
  type Row = [string, StaffRole, ActionInput, number | 'ok', string?];
  const rows: Row[] = [
    ['continue with a reason moves the review a year on', 'county-approver', { outcome: 'continue', reason: '家庭情况无变化' }, 'ok'],
    ['a township clerk may not decide a review', 'township-clerk', { outcome: 'continue', reason: '无变化' }, 403, 'role_forbidden'],
    ['every outcome needs the reason the household is told', 'county-approver', { outcome: 'continue' }, 422, 'reason'],
    ['an unknown outcome is refused', 'county-approver', { outcome: 'pause', reason: 'x' }, 422, 'outcome'],
    ['a stop without hearing the household is refused', 'county-approver', { outcome: 'stop', reason: '收入超过标准' }, 422, 'heardOn'],
    ['a stop needs what the household said', 'county-approver', { outcome: 'stop', reason: '收入超过标准', heardOn: '2026-11-20' }, 422, 'heardSummary'],
    ['the hearing is not dated in the future', 'county-approver', { outcome: 'stop', reason: '收入超过标准', heardOn: '2026-12-02', heardSummary: 'x' }, 422, 'heardOn'],
    ['a stop after hearing', 'county-approver', { outcome: 'stop', reason: '家庭人均收入已高于本县低保标准', ...heard }, 'ok'],
    ['a cut needs the hearing too', 'county-approver', { outcome: 'change-amount', amount: 200, reason: '收入增加' }, 422, 'heardOn'],
    ['a cut after hearing', 'county-approver', { outcome: 'change-amount', amount: 200, reason: '收入增加', ...heard }, 'ok'],
    ['a raise needs no hearing', 'county-approver', { outcome: 'change-amount', amount: 450, reason: '家中老人重病' }, 'ok'],
    ['a change to the same amount is refused', 'county-approver', { outcome: 'change-amount', amount: 375, reason: 'x' }, 422, 'amount'],
  ];
  it.each(rows)('%s', (_name, role, input, expected, code) => {
    const current = approvedDibao();
    const out = applyAction(current, { name: 'record-review-outcome', role, version: 2, input }, contextFor('dibao', '2026-12-01'));
    if (expected === 'ok') return expect(out.ok).toBe(true);
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.refusal.status).toBe(expected);
      expect(out.refusal.field ?? out.refusal.code).toBe(code);
    }
  });

  it('continue sets the next review date (6 months with irregular income); change sets the amount the roll pays; stop ends the case', () => {
    const take = (input: ActionInput) => {
      const current = approvedDibao();
      const out = applyAction(current, { name: 'record-review-outcome', role: 'county-approver', version: 2, input }, contextFor('dibao', '2026-12-01'));
      if (!out.ok) throw new Error(out.refusal.code);
      return { state: out.state, row: rowState([...current.events, ...out.events]) };
    };
    expect(take({ outcome: 'continue', reason: '无变化' }).state.approved).toEqual({ amount: 375, fromMonth: '2026-04', reviewOn: '2027-12-01' });
    expect(take({ outcome: 'continue', reason: '无变化', irregularIncome: true }).state.approved?.reviewOn).toBe('2027-06-01');
    const cut = take({ outcome: 'change-amount', amount: 200, reason: '收入增加', heardOn: '2026-11-20', heardSummary: '同意' });
    expect(cut.state.approved?.amount).toBe(200);
    expect(cut.row.approvedMonthly).toBe(200);
    expect(cut.state.lastReview).toEqual({ on: '2026-12-01', outcome: 'change-amount', reason: '收入增加', monthly: 200 });
    const stop = take({ outcome: 'stop', reason: '收入已高于标准', heardOn: '2026-11-20', heardSummary: '户主无异议' });
    expect(stop.state.status).toBe('closed');
    expect(stop.row.status).toBe('closed');
    // A stopped case can take no further payment.
    expect(allowedActions(stop.state, 'county-approver', contextFor('dibao', '2026-12-01')).map((a) => a.action)).not.toContain('record-payment');
  });

  it('临时救助 has no review', () => {
    const current = approvedDibao();
    const out = applyAction(current, { name: 'record-review-outcome', role: 'county-approver', version: 2, input: { outcome: 'continue', reason: 'x' } }, contextFor('linshi-jiuzhu', '2026-12-01'));
    expect(out.ok ? 'ok' : out.refusal.code).toBe('action_not_allowed_now');
  });
});

describe('open-linked-case (一门受理)', () => {
  const accepted = (): { state: CaseState; version: number } => ({
    state: ([{ kind: 'submitted', step: 'apply', reason: '', on: '2026-03-02' }, { kind: 'accepted', step: 'accept', reason: '', on: '2026-03-03' }] as CaseEvent[]).reduce(foldEvent, INITIAL_STATE), version: 1,
  });
  const take = (current: { state: CaseState; version: number }, role: StaffRole, input: ActionInput) =>
    applyAction(current, { name: 'open-linked-case', role, version: current.version, input }, contextFor('dibao', '2026-03-04'));
  it('a clerk opens another programme once; not the same programme, not twice, not before acceptance, not by a reviewer', () => {
    const opened = take(accepted(), 'township-clerk', { programme: 'canji-butie', caseNumber: '123456789012' });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.state.linked).toEqual([{ programme: 'canji-butie', caseNumber: '123456789012' }]);
    expect(take({ state: opened.state, version: opened.version }, 'township-clerk', { programme: 'canji-butie', caseNumber: '123456789013' })).toMatchObject({ ok: false, refusal: { field: 'programme' } });
    expect(take(accepted(), 'township-clerk', { programme: 'dibao', caseNumber: '123456789012' })).toMatchObject({ ok: false, refusal: { field: 'programme' } });
    expect(take(accepted(), 'township-reviewer', { programme: 'tekun', caseNumber: '123456789012' })).toMatchObject({ ok: false, refusal: { code: 'role_forbidden' } });
    const submitted = { state: foldEvent(INITIAL_STATE, { kind: 'submitted', step: 'apply', reason: '', on: '2026-03-02' }), version: 0 };
    expect(take(submitted, 'township-clerk', { programme: 'tekun', caseNumber: '123456789012' })).toMatchObject({ ok: false, refusal: { code: 'action_not_allowed_now' } });
  });

  it('suggests, from the self-check\'s own answers, the other programmes an elderly disabled household likely qualifies for', () => {
    const regions = loadRegions();
    const input = { county: '431225', hukou: 'urban' as const, monthlyIncome: 300, members: [{ age: 82, disabilityGrade: 1 as const, canWork: false }, { age: 11 }] };
    const result = checkEligibility(input, figuresForCounty('431225', regions, [], new Date('2026-12-01T04:00:00Z')));
    const suggested = linkedSuggestions(result, 'dibao', []);
    const ids = suggested.map((s) => s.programme);
    expect(ids).not.toContain('dibao');
    expect(ids).not.toContain('linshi-jiuzhu');
    expect(ids).toContain('canji-butie');
    // Each suggestion is exactly the self-check's answer for that programme.
    for (const s of suggested) expect(result.programmes.find((p) => p.id === s.programme)?.eligible).toBe(s.eligible);
    expect(linkedSuggestions(result, 'dibao', ['canji-butie']).map((s) => s.programme)).not.toContain('canji-butie');
  });
});
