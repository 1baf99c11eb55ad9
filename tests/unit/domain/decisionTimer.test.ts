// The statistics' fast timing gives the same working days, limits and estimates as the day-by-day rules it stands for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../api/domain/calendarDate.ts';
import { decisionTimer, workingDayTally } from '../../../api/domain/stats/decisionTimer.ts';
import { decisionDueDate, decisionTime } from '../../../api/domain/stats/decisionTimes.ts';
import { workflowSteps } from '../../../api/domain/workflow.ts';
import { workingDaysBetween } from '../../../api/domain/workingDays.ts';
import { loadCalendar } from '../../../api/content/holidays.ts';
import { loadWorkflows } from '../../../api/content/workflows.ts';

const calendar = loadCalendar();
const steps = workflowSteps(loadWorkflows().dibao, { keepsDemocraticReview: true });
// From 2024-12 (not in the calendar) to 2027-02 (neither): estimates on both sides of the years it has.
const day = fc.integer({ min: 0, max: 800 }).map((n) => addDays('2024-12-01', n));

describe('decisionTimer', () => {
  it('counts working days between any two dates as workingDaysBetween does, in any order of asking', () => {
    const tally = workingDayTally(calendar);
    fc.assert(fc.property(day, day, (a, b) => {
      expect(tally(a, b)).toEqual(workingDaysBetween(a, b, calendar));
    }), { numRuns: 500 });
  });

  it('times a decision as decisionTime does', () => {
    const time = decisionTimer(calendar);
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 120 }), fc.constantFrom('approved' as const, 'refused' as const), (acceptedOn, after, outcome) => {
      const decided = { programme: 'dibao', township: '林城镇', outcome, acceptedOn, decidedOn: addDays(acceptedOn, after) };
      expect(time(decided, steps, 'dibao')).toEqual(decisionTime(decided, steps, calendar));
    }), { numRuns: 300 });
  });
});

describe('decisionDueDate after an objection', () => {
  it('a finding after the 公示 ended moves the county\'s limit to run from the finding', () => {
    const plain = decisionDueDate(steps, '2026-10-09', calendar);
    // The 公示 of a case accepted on 10-09 ends on 11-11 at the latest; found on 11-18, 5 working days later.
    const resumed = decisionDueDate(steps, '2026-10-09', calendar, '2026-11-18');
    expect(plain.date).toBe('2026-11-25');
    expect(resumed.date).toBe('2026-12-02');
    expect(decisionDueDate(steps, '2026-10-09', calendar, '2026-11-01').date).toBe(plain.date);
    const time = decisionTimer(calendar);
    const decided = { programme: 'dibao', township: '林城镇', outcome: 'approved' as const, acceptedOn: '2026-10-09', decidedOn: '2026-11-30', resumedOn: '2026-11-18' };
    expect(time(decided, steps, 'dibao')).toMatchObject({ overLimit: false });
    expect(time({ ...decided, resumedOn: undefined }, steps, 'dibao')).toMatchObject({ overLimit: true });
  });
});
