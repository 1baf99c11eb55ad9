// The State Council holiday calendar as data (content/calendar/cn-holidays.json), checked and indexed by date.
import { addDays, dateParts, dayOfWeek, isCalendarDate, type CalendarDate } from './calendarDate.ts';

/** The notice a year's dates are copied from. */
export interface HolidayNotice {
  /** Title, e.g. 国务院办公厅关于2025年部分节假日安排的通知. */
  title: string;
  /** Document number, e.g. 国办发明电〔2024〕12号; absent when not confirmed from the notice itself. */
  documentNo?: string;
  /** Issuing office, e.g. 国务院办公厅. */
  issuer: string;
  /** Date of issue, 'YYYY-MM-DD'. */
  issued: CalendarDate;
}

/** One year's holiday arrangement as published. */
export interface HolidayYear {
  year: number;
  source: HolidayNotice;
  /** Days off, each holiday a range of dates inclusive of both ends. */
  holidays: readonly { name: string; from: CalendarDate; to: CalendarDate }[];
  /** Weekend days worked in exchange (调休上班). */
  makeUpWorkdays: readonly CalendarDate[];
}

/** The data file as written. */
export interface HolidayCalendarData {
  years: readonly HolidayYear[];
}

/** The calendar indexed by date, ready for working-day arithmetic. */
export interface HolidayCalendar {
  /** Years whose notice is in the data. */
  years: ReadonlySet<number>;
  /** Every day off, with the holiday's name. */
  holidays: ReadonlyMap<CalendarDate, string>;
  makeUpWorkdays: ReadonlySet<CalendarDate>;
  notices: ReadonlyMap<number, HolidayNotice>;
}

/** The data file contradicts itself or the calendar; the message says where. */
export class HolidayCalendarError extends Error {
  override name = 'HolidayCalendarError';
}

// No holiday in a notice is longer than this; a longer range is a typing error.
const LONGEST_HOLIDAY_DAYS = 10;

/** Checks the data file and indexes it; throws HolidayCalendarError on a date that cannot be right. */
export function loadHolidayCalendar(data: HolidayCalendarData): HolidayCalendar {
  const years = new Set<number>();
  const holidays = new Map<CalendarDate, string>();
  const makeUpWorkdays = new Set<CalendarDate>();
  const notices = new Map<number, HolidayNotice>();

  for (const entry of data.years) {
    const where = `year ${entry.year}`;
    if (years.has(entry.year)) throw new HolidayCalendarError(`${where} is listed twice`);
    years.add(entry.year);
    notices.set(entry.year, entry.source);

    for (const { name, from, to } of entry.holidays) {
      if (!isCalendarDate(from) || !isCalendarDate(to) || from > to) throw new HolidayCalendarError(`${where}: ${name} ${from}–${to} is not a date range`);
      // A holiday may start in the year before (元旦 can begin on 30 December) but not further away.
      if (Math.abs(dateParts(from).year - entry.year) > 1 || Math.abs(dateParts(to).year - entry.year) > 1) {
        throw new HolidayCalendarError(`${where}: ${name} is outside the year`);
      }
      let day = from;
      for (let length = 1; day <= to; length++, day = addDays(day, 1)) {
        if (length > LONGEST_HOLIDAY_DAYS) throw new HolidayCalendarError(`${where}: ${name} is longer than ${LONGEST_HOLIDAY_DAYS} days`);
        if (holidays.has(day)) throw new HolidayCalendarError(`${where}: ${day} is in two holidays`);
        holidays.set(day, name);
      }
    }

    for (const day of entry.makeUpWorkdays) {
      if (!isCalendarDate(day)) throw new HolidayCalendarError(`${where}: make-up working day ${day} is not a date`);
      const weekday = dayOfWeek(day);
      if (weekday !== 0 && weekday !== 6) throw new HolidayCalendarError(`${where}: make-up working day ${day} is not a Saturday or Sunday`);
      if (holidays.has(day)) throw new HolidayCalendarError(`${where}: ${day} is both a holiday and a working day`);
      makeUpWorkdays.add(day);
    }
  }
  return { years, holidays, makeUpWorkdays, notices };
}
