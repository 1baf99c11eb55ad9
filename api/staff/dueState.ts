// Overdue and due-soon for a stored due date, as caseDue (api/domain/casework/progress.ts) says them for one case:
// the thresholds are computed once per request, so a queue of hundreds compares strings, not calendars.
import { addWorkingDays } from '../domain/workingDays.ts';
import { chinaDate, type CalendarDate } from '../domain/calendarDate.ts';
import { DUE_SOON_WORKING_DAYS } from '../domain/casework/progress.ts';
import type { HolidayCalendar } from '../domain/holidayCalendar.ts';

export interface DueThresholds {
  today: CalendarDate;
  /** The last day that is still due soon. */
  soonUntil: CalendarDate;
}

/** Computed once per request, then compared as strings per case. */
export function dueThresholds(now: Date, calendar: HolidayCalendar): DueThresholds {
  const today = chinaDate(now);
  return { today, soonUntil: addWorkingDays(today, DUE_SOON_WORKING_DAYS, calendar).date };
}

export function dueState(dueDate: CalendarDate | null | undefined, t: DueThresholds): { overdue: boolean; dueSoon: boolean } {
  if (!dueDate) return { overdue: false, dueSoon: false };
  const overdue = dueDate < t.today;
  return { overdue, dueSoon: !overdue && dueDate <= t.soonUntil };
}
