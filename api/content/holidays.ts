// The State Council holiday calendar (content/calendar/cn-holidays.json), checked and indexed once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadHolidayCalendar, type HolidayCalendar, type HolidayCalendarData } from '../domain/holidayCalendar.ts';

export function loadCalendar(): HolidayCalendar {
  const file = join(import.meta.dirname, '../../content/calendar/cn-holidays.json');
  return loadHolidayCalendar(JSON.parse(readFileSync(file, 'utf8')) as HolidayCalendarData);
}
