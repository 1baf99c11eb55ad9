// Time from acceptance to decision, in working days, beside the limit the case's own path sets: every step after
// acceptance taking its full limit in turn (the queue's due dates, chained), up to the step that decides.
import type { CalendarDate } from '../calendarDate.ts';
import type { HolidayCalendar } from '../holidayCalendar.ts';
import { stepDueDate, type StepDefinition } from '../workflow.ts';
import { workingDaysBetween } from '../workingDays.ts';

/** A decided case as the statistics read it: where, and the days that count. */
export interface DecidedCase {
  programme: string;
  township: string;
  outcome: 'approved' | 'refused';
  acceptedOn: CalendarDate;
  decidedOn: CalendarDate;
  /** The last day an objection to its 公示 was found on, when one was: the county's clock runs from it if later. */
  resumedOn?: CalendarDate | undefined;
}

export interface DecisionTime extends DecidedCase {
  /** Working days after acceptance up to and including the decision. */
  workingDays: number;
  /** The same count up to the latest day the path's limits allow. */
  limitWorkingDays: number;
  overLimit: boolean;
  /** False when a day counted lies past the holiday calendar: an estimate. */
  covered: boolean;
}

/**
 * The latest day the decision is due when each step after acceptance takes its whole limit; an objection found after
 * the 公示's end moves the steps after it to start from the finding (the case was paused: api/notices).
 */
export function decisionDueDate(steps: readonly StepDefinition[], acceptedOn: CalendarDate, calendar: HolidayCalendar, resumedOn?: CalendarDate): { date: CalendarDate; covered: boolean } {
  const from = steps.findIndex((s) => s.step === 'accept') + 1;
  const last = steps.findIndex((s) => s.step === 'county-approval' || s.step === 'decision');
  let date = acceptedOn;
  let covered = true;
  for (const step of steps.slice(from, last + 1)) {
    if (!step.limit) continue;
    const due = stepDueDate(step.limit, date, acceptedOn, calendar);
    date = step.step === 'public-notice' && resumedOn && resumedOn > due.date ? resumedOn : due.date;
    covered &&= due.covered;
  }
  return { date, covered };
}

export function decisionTime(decided: DecidedCase, steps: readonly StepDefinition[], calendar: HolidayCalendar): DecisionTime {
  const due = decisionDueDate(steps, decided.acceptedOn, calendar, decided.resumedOn);
  const taken = workingDaysBetween(decided.acceptedOn, decided.decidedOn, calendar);
  const limit = workingDaysBetween(decided.acceptedOn, due.date, calendar);
  return { ...decided, workingDays: taken.days, limitWorkingDays: limit.days, overLimit: decided.decidedOn > due.date, covered: taken.covered && limit.covered && due.covered };
}

/** The middle value (the mean of the two middle ones for an even count); undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
