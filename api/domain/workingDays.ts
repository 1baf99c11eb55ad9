// Working days (工作日) for legal time limits: Monday–Friday, minus public holidays, plus make-up working days.
// Outside the years the calendar covers, Monday–Friday is assumed and `covered: false` says so,
// so callers can label a deadline 预计 instead of stating it as fact.
import { addDays, dateParts, dayOfWeek, type CalendarDate } from './calendarDate.ts';
import type { HolidayCalendar } from './holidayCalendar.ts';

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeUpWorkday';

export interface DayStatus {
  working: boolean;
  kind: DayKind;
  /** Whether the holiday calendar has the date's year; when false, `kind` is only workday or weekend. */
  covered: boolean;
  /** Name of the holiday, when `kind` is holiday. */
  holidayName?: string;
}

/** A date reached by counting working days; `covered` is false when any day counted lies outside the calendar. */
export interface WorkingDate {
  date: CalendarDate;
  covered: boolean;
}

/** A count of working days; `covered` is false when any day counted lies outside the calendar. */
export interface WorkingDayCount {
  days: number;
  covered: boolean;
}

/** Whether the calendar has the year of `date`. */
export function isCovered(date: CalendarDate, calendar: HolidayCalendar): boolean {
  return calendar.years.has(dateParts(date).year);
}

/** What kind of day `date` is, and whether that is known from the calendar or assumed. */
export function dayStatus(date: CalendarDate, calendar: HolidayCalendar): DayStatus {
  const covered = isCovered(date, calendar);
  const holidayName = calendar.holidays.get(date);
  if (holidayName !== undefined) return { working: false, kind: 'holiday', covered, holidayName };
  if (calendar.makeUpWorkdays.has(date)) return { working: true, kind: 'makeUpWorkday', covered };
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6 ? { working: false, kind: 'weekend', covered } : { working: true, kind: 'workday', covered };
}

/** Whether `date` is a working day (Monday–Friday when its year is not covered). */
export function isWorkingDay(date: CalendarDate, calendar: HolidayCalendar): boolean {
  return dayStatus(date, calendar).working;
}

/** The `n`th working day after `start`; the day of the event itself does not count, and n = 0 gives `start`. */
export function addWorkingDays(start: CalendarDate, n: number, calendar: HolidayCalendar): WorkingDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days to add must be a whole number ≥ 0, not ${n}`);
  dateParts(start); // throws on a malformed date even when n is 0
  let date = start;
  let covered = true;
  for (let counted = 0; counted < n; ) {
    date = addDays(date, 1);
    const status = dayStatus(date, calendar);
    covered &&= status.covered;
    if (status.working) counted++;
  }
  return { date, covered };
}

/**
 * Working days after `from` up to and including `to`, so that workingDaysBetween(a, addWorkingDays(a, n)) is n;
 * negative when `to` is before `from`.
 */
export function workingDaysBetween(from: CalendarDate, to: CalendarDate, calendar: HolidayCalendar): WorkingDayCount {
  dateParts(from); // string order is date order only for well-formed dates
  dateParts(to);
  if (to < from) {
    const { days, covered } = workingDaysBetween(to, from, calendar);
    return { days: -days, covered };
  }
  let days = 0;
  let covered = true;
  for (let date = from; date < to; ) {
    date = addDays(date, 1);
    const status = dayStatus(date, calendar);
    covered &&= status.covered;
    if (status.working) days++;
  }
  return { days, covered };
}
