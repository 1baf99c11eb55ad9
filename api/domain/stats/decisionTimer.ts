// Timing thousands of decisions at once (the dashboard, the public medians): working days counted from a running tally
// of working days per date, made once over the dates asked, and each path's due date worked out once per day of
// acceptance, instead of walking the calendar day by day for every case. The same answers as workingDaysBetween and
// decisionDueDate (tests/unit/domain/decisionTimer.test.ts).
import { addDays, daysBetween, type CalendarDate } from '../calendarDate.ts';
import type { HolidayCalendar } from '../holidayCalendar.ts';
import type { StepDefinition } from '../workflow.ts';
import { isWorkingDay, type WorkingDayCount } from '../workingDays.ts';
import { decisionDueDate, type DecidedCase, type DecisionTime } from './decisionTimes.ts';

/** Working days after `from` up to and including `to`, from one tally kept over the dates asked so far. */
export function workingDayTally(calendar: HolidayCalendar) {
  let first: CalendarDate | undefined;
  // tally[i]: working days in (first, first + i].
  let tally: number[] = [];
  const extendTo = (date: CalendarDate) => {
    if (first === undefined) {
      first = date;
      tally = [0];
      return;
    }
    if (date < first) {
      const earlier = date;
      const shift = daysBetween(earlier, first);
      const head: number[] = [0];
      for (let i = 1; i <= shift; i++) head.push(head[i - 1]! + (isWorkingDay(addDays(earlier, i), calendar) ? 1 : 0));
      tally = [...head, ...tally.slice(1).map((n) => n + head[shift]!)];
      first = earlier;
      return;
    }
    for (let i = tally.length; i <= daysBetween(first, date); i++) tally.push(tally[i - 1]! + (isWorkingDay(addDays(first, i), calendar) ? 1 : 0));
  };
  const at = (date: CalendarDate) => {
    extendTo(date);
    return tally[daysBetween(first!, date)]!;
  };
  return (from: CalendarDate, to: CalendarDate): WorkingDayCount => {
    const [a, b] = from <= to ? [from, to] : [to, from];
    extendTo(a);
    const days = at(b) - at(a);
    // As workingDaysBetween: the days counted are those after `a`, up to and including `b`.
    let covered = true;
    if (a < b) for (let year = Number(addDays(a, 1).slice(0, 4)); year <= Number(b.slice(0, 4)); year++) covered &&= calendar.years.has(year);
    return { days: from <= to ? days : -days, covered };
  };
}

/** A decisionTime for many cases: `pathKey` names the path `steps` is (cases of one path share their due dates). */
export function decisionTimer(calendar: HolidayCalendar) {
  const between = workingDayTally(calendar);
  const dues = new Map<string, { date: CalendarDate; covered: boolean }>();
  return (decided: DecidedCase, steps: readonly StepDefinition[], pathKey: string): DecisionTime => {
    const key = `${pathKey}|${decided.acceptedOn}|${decided.resumedOn ?? ''}`;
    let due = dues.get(key);
    if (!due) dues.set(key, (due = decisionDueDate(steps, decided.acceptedOn, calendar, decided.resumedOn)));
    const taken = between(decided.acceptedOn, decided.decidedOn);
    const limit = between(decided.acceptedOn, due.date);
    return { ...decided, workingDays: taken.days, limitWorkingDays: limit.days, overLimit: decided.decidedOn > due.date, covered: taken.covered && limit.covered && due.covered };
  };
}
