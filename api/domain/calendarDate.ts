// Calendar dates in China as 'YYYY-MM-DD' strings: no Date object crosses a time zone by accident.

/** A calendar date, 'YYYY-MM-DD'; plain string order is date order. */
export type CalendarDate = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Whether year, month (1–12) and day name a real day of the Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether the text is a real date written 'YYYY-MM-DD'. */
export function isCalendarDate(text: string): boolean {
  const m = DATE_PATTERN.exec(text);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The date's year, month (1–12) and day; throws RangeError for anything but a real 'YYYY-MM-DD' date. */
export function dateParts(date: CalendarDate): { year: number; month: number; day: number } {
  const m = DATE_PATTERN.exec(date);
  const parts = m && { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (!parts || !isRealDate(parts.year, parts.month, parts.day)) throw new RangeError(`Not a calendar date: ${date}`);
  return parts;
}

function toUtcMs(date: CalendarDate): number {
  const { year, month, day } = dateParts(date);
  return Date.UTC(year, month - 1, day);
}

function fromUtcMs(ms: number): CalendarDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date `days` days later (earlier when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: CalendarDate): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

/** Number of days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** Today's date in China at the instant `now`, whatever the server's own time zone. */
// China keeps UTC+8 all year (no daylight saving since 1991), so plain arithmetic beats an Intl formatter here.
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

// The day's text is kept: a busy server asks many times a second and the answer changes once a day.
let lastDay = NaN;
let lastDate = '';

export function chinaDate(now: Date): CalendarDate {
  const shifted = now.getTime() + CHINA_OFFSET_MS;
  const day = Math.floor(shifted / DAY_MS);
  if (day !== lastDay) {
    lastDate = new Date(shifted).toISOString().slice(0, 10);
    lastDay = day;
  }
  return lastDate;
}
