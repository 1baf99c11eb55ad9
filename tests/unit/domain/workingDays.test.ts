import { describe, expect, it } from 'vitest';
import { chinaDate } from '../../../api/domain/calendarDate.ts';
import { addWorkingDays, dayStatus, isCovered, isWorkingDay, workingDaysBetween } from '../../../api/domain/workingDays.ts';
import { holidayCalendar } from './fixtures.ts';

const cal = holidayCalendar();

describe('isWorkingDay', () => {
  it('follows the 2025 notice: holidays off, make-up Sundays and Saturdays worked', () => {
    expect(isWorkingDay('2025-10-08', cal)).toBe(false); // Wednesday in 国庆
    expect(isWorkingDay('2025-01-26', cal)).toBe(true); // Sunday before 春节
    expect(isWorkingDay('2025-10-11', cal)).toBe(true); // Saturday after 国庆
    expect(isWorkingDay('2025-10-09', cal)).toBe(true);
    expect(isWorkingDay('2025-10-12', cal)).toBe(false);
  });

  it('says which holiday a day belongs to', () => {
    expect(dayStatus('2026-02-17', cal)).toEqual({ working: false, kind: 'holiday', covered: true, holidayName: '春节' });
    expect(dayStatus('2026-02-28', cal)).toEqual({ working: true, kind: 'makeUpWorkday', covered: true });
  });

  it('falls back to Monday–Friday for a year the calendar lacks, and says so', () => {
    expect(isCovered('2027-01-01', cal)).toBe(false);
    expect(dayStatus('2027-01-01', cal)).toEqual({ working: true, kind: 'workday', covered: false });
    expect(dayStatus('2027-01-02', cal)).toEqual({ working: false, kind: 'weekend', covered: false });
  });

  it('refuses a malformed date', () => {
    expect(() => isWorkingDay('2025-13-01', cal)).toThrow(RangeError);
    expect(() => isWorkingDay('2025/10/01', cal)).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('does not count the day of the event, and jumps the National Day week', () => {
    // Accepted on Tuesday 30 September 2025: 1–8 October off, 9 and 10 October, then Saturday 11 October (make-up).
    expect(addWorkingDays('2025-09-30', 3, cal)).toEqual({ date: '2025-10-11', covered: true });
  });

  it('gives the 30-working-day 低保 decision limit across 国庆 2025', () => {
    expect(addWorkingDays('2025-09-15', 30, cal)).toEqual({ date: '2025-10-31', covered: true });
  });

  it('counts a make-up Sunday as a working day', () => {
    expect(addWorkingDays('2025-01-24', 1, cal)).toEqual({ date: '2025-01-26', covered: true });
  });

  it('crosses into 2026 with its own notice', () => {
    expect(addWorkingDays('2025-12-31', 2, cal)).toEqual({ date: '2026-01-05', covered: true });
  });

  it('marks a deadline reaching into an uncovered year as an estimate', () => {
    expect(addWorkingDays('2026-12-30', 3, cal)).toEqual({ date: '2027-01-04', covered: false });
  });

  it('returns the day itself for 0 and refuses a negative count', () => {
    expect(addWorkingDays('2025-10-01', 0, cal)).toEqual({ date: '2025-10-01', covered: true });
    expect(() => addWorkingDays('2025-10-01', -1, cal)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after the first date up to the second', () => {
    expect(workingDaysBetween('2025-09-15', '2025-10-31', cal)).toEqual({ days: 30, covered: true });
    expect(workingDaysBetween('2025-09-30', '2025-10-08', cal)).toEqual({ days: 0, covered: true });
    expect(workingDaysBetween('2025-10-31', '2025-09-15', cal)).toEqual({ days: -30, covered: true });
  });

  it('undoes addWorkingDays for every start day of 2025 and 2026', () => {
    for (let d = '2025-01-01'; d < '2026-12-01'; d = addWorkingDays(d, 1, cal).date) {
      for (const n of [1, 3, 7, 15, 30]) expect(workingDaysBetween(d, addWorkingDays(d, n, cal).date, cal).days).toBe(n);
    }
  });

  it('flags a count that reaches past the calendar', () => {
    expect(workingDaysBetween('2026-12-25', '2027-01-08', cal).covered).toBe(false);
  });
});

describe('chinaDate', () => {
  it('gives the date in China, which is ahead of UTC by eight hours', () => {
    expect(chinaDate(new Date('2025-09-30T16:30:00Z'))).toBe('2025-10-01');
    expect(chinaDate(new Date('2025-09-30T15:59:59Z'))).toBe('2025-09-30');
  });
});
