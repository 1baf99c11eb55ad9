// Whether someone is a minor on a given day, from their birth date (the ID number's digits 7–14).
import { dateParts, type CalendarDate } from './calendarDate.ts';

/** 民法典 §17: 十八周岁以上的自然人为成年人; 不满十八周岁的自然人为未成年人. */
export const AGE_OF_MAJORITY = 18;

/**
 * The last day someone born on `birthDate` is not yet `years` 周岁. Counted as 民法典 §201–§202 count a period in
 * years (the day it starts is not counted; it ends on the corresponding day, or the month's last day when there is
 * none): the years are complete at the end of that anniversary, so on the anniversary itself the person is still
 * under age (our reading of the code for ages; it errs, by one day, towards protecting the minor).
 */
export function lastDayUnder(birthDate: CalendarDate, years: number): CalendarDate {
  const { year, month, day } = dateParts(birthDate);
  const last = new Date(Date.UTC(year + years, month, 0)).getUTCDate();
  return `${year + years}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/** 不满十八周岁 on `on`. */
export function isMinorOn(birthDate: CalendarDate, on: CalendarDate): boolean {
  return on <= lastDayUnder(birthDate, AGE_OF_MAJORITY);
}
