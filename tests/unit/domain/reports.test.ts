// 举报 and questions, pure rules: the 信访工作条例 (2022) clock in natural days, overdue, who may read a report, and what
// the follow-up of a 差评 is due by. Each rule's source is in its test's name.
import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../../../api/content/holidays.ts';
import { acceptDueOn, answerDueOn, reportDueOn, isOverdue, ACCEPT_WITHIN_DAYS, ANSWER_WITHIN_DAYS } from '../../../api/domain/reports/dueDates.ts';
import { answersCountyQueue, readsCountyQueue } from '../../../api/domain/reports/routing.ts';
import { caseHasEnded, needsFollowUp, RATING_LEVELS, followUpDueOn, FOLLOW_UP_WORKING_DAYS } from '../../../api/domain/ratings/levels.ts';

describe('the 信访工作条例 clock', () => {
  it('§23 ¶2: acceptance is told within 15 days of receipt, natural days, the day of receipt not counted (民法典 §201)', () => {
    expect(ACCEPT_WITHIN_DAYS).toBe(15);
    expect(acceptDueOn('2026-12-01')).toBe('2026-12-16');
    // Natural days: the 2026 National Day week does not stretch it, unlike a working-day limit.
    expect(acceptDueOn('2026-09-30')).toBe('2026-10-15');
  });

  it('§34: the answer within 60 days of acceptance, natural days', () => {
    expect(ANSWER_WITHIN_DAYS).toBe(60);
    expect(answerDueOn('2026-12-01')).toBe('2027-01-30');
  });

  it('what is due next follows the status: acceptance, then the answer, then nothing', () => {
    const report = { acceptDueOn: '2026-12-16', answerDueOn: '2027-02-10' };
    expect(reportDueOn({ ...report, status: 'received' })).toBe('2026-12-16');
    expect(reportDueOn({ ...report, status: 'accepted' })).toBe('2027-02-10');
    expect(reportDueOn({ ...report, status: 'answered' })).toBeUndefined();
    expect(reportDueOn({ ...report, status: 'not-accepted' })).toBeUndefined();
  });

  it('is overdue only after its last day', () => {
    expect(isOverdue('2026-12-16', '2026-12-16')).toBe(false);
    expect(isOverdue('2026-12-16', '2026-12-17')).toBe(true);
    expect(isOverdue(undefined, '2030-01-01')).toBe(false);
  });
});

describe('who reads a report (§30 ¶3: never passed to the person or unit reported)', () => {
  const report = { county: '431225' };
  it('county roles of its county read it; only the county approver answers it', () => {
    expect(readsCountyQueue({ role: 'county-approver', county: '431225' }, report)).toBe(true);
    expect(readsCountyQueue({ role: 'admin', county: '431225' }, report)).toBe(true);
    expect(answersCountyQueue({ role: 'county-approver', county: '431225' }, report)).toBe(true);
    expect(answersCountyQueue({ role: 'admin', county: '431225' }, report)).toBe(false);
  });

  it('no township role ever, whichever township it is about, and no other county', () => {
    for (const role of ['township-clerk', 'township-reviewer', 'agent'] as const) expect(readsCountyQueue({ role, county: '431225' }, report)).toBe(false);
    expect(readsCountyQueue({ role: 'county-approver', county: '522725' }, report)).toBe(false);
  });
});

describe('好差评', () => {
  it('five levels, 5 stars 非常满意 down to 1 star 非常不满意 (国办发〔2019〕51号 as restated by 临汾市 2022)', () => {
    expect(RATING_LEVELS).toEqual([5, 4, 3, 2, 1]);
  });

  it('不满意 and 非常不满意 (the two 差评 levels) open a follow-up; 基本满意 and above do not', () => {
    expect([5, 4, 3, 2, 1].map(needsFollowUp)).toEqual([false, false, false, true, true]);
  });

  it('a case has ended once decided or stopped: not accepted, approved, refused, closed', () => {
    expect(['open', 'supplement', 'not-accepted', 'approved', 'refused', 'closed'].map((s) => caseHasEnded(s))).toEqual([false, false, true, true, true, true]);
  });

  it('the follow-up is due in the county-set default of working days (no national limit found), with 调休', () => {
    const calendar = loadCalendar();
    expect(FOLLOW_UP_WORKING_DAYS).toBe(15);
    const due = followUpDueOn('2026-12-01', calendar);
    expect(due.countySet).toBe(true);
    expect(due.date).toBe('2026-12-22');
  });
});
