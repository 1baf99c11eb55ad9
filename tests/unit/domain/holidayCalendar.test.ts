import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek } from '../../../api/domain/calendarDate.ts';
import { HolidayCalendarError, loadHolidayCalendar, type HolidayYear } from '../../../api/domain/holidayCalendar.ts';
import { holidayData } from './fixtures.ts';

const data = holidayData();
const year = (y: number) => data.years.find((e) => e.year === y)!;
const daysOf = ({ from, to }: { from: string; to: string }) => {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
};
const isWeekend = (d: string) => dayOfWeek(d) === 0 || dayOfWeek(d) === 6;

describe('content/calendar/cn-holidays.json', () => {
  it('loads without contradictions', () => {
    expect(() => loadHolidayCalendar(data)).not.toThrow();
  });

  it('names the State Council notice for every year', () => {
    expect(year(2025).source).toEqual({
      title: '国务院办公厅关于2025年部分节假日安排的通知',
      documentNo: '国办发明电〔2024〕12号',
      issuer: '国务院办公厅',
      issued: '2024-11-12',
    });
    for (const entry of data.years) {
      expect(entry.source.title).toBe(`国务院办公厅关于${entry.year}年部分节假日安排的通知`);
      expect(entry.source.issued < `${entry.year}-01-01`).toBe(true);
    }
  });

  it('gives the 2025 holiday lengths the notice states (元旦1 春节8 清明3 劳动5 端午3 国庆中秋8)', () => {
    expect(year(2025).holidays.map((h) => [h.name, daysOf(h).length])).toEqual([
      ['元旦', 1], ['春节', 8], ['清明节', 3], ['劳动节', 5], ['端午节', 3], ['国庆节、中秋节', 8],
    ]);
  });

  it('gives the 2026 holiday lengths the notice states (元旦3 春节9 清明3 劳动5 端午3 中秋3 国庆7)', () => {
    expect(year(2026).holidays.map((h) => [h.name, daysOf(h).length])).toEqual([
      ['元旦', 3], ['春节', 9], ['清明节', 3], ['劳动节', 5], ['端午节', 3], ['中秋节', 3], ['国庆节', 7],
    ]);
  });

  it.each(data.years.map((e) => [e.year, e] as [number, HolidayYear]))(
    '%i: weekdays off minus make-up working days equal the 13 statutory holiday days (2025 rules)',
    (_, entry) => {
      const weekdaysOff = entry.holidays.flatMap(daysOf).filter((d) => !isWeekend(d)).length;
      expect(weekdaysOff - entry.makeUpWorkdays.length).toBe(13);
    },
  );

  it('matches the weekdays the notices print next to their dates', () => {
    // 2025: 1月28日(周二) 2月4日(周二) 1月26日(周日) 2月8日(周六) 10月11日(周六); 2026: 2月15日(周日) 2月23日(周一) 1月4日(周日) 5月9日(周六)
    const printed: [string, number][] = [
      ['2025-01-28', 2], ['2025-02-04', 2], ['2025-01-26', 0], ['2025-02-08', 6], ['2025-10-11', 6],
      ['2026-02-15', 0], ['2026-02-23', 1], ['2026-01-04', 0], ['2026-05-09', 6], ['2026-10-07', 3],
    ];
    for (const [date, weekday] of printed) expect([date, dayOfWeek(date)]).toEqual([date, weekday]);
  });
});

describe('loadHolidayCalendar', () => {
  const notice = { title: 't', issuer: 'i', issued: '2024-11-12' };
  const withYear = (entry: Partial<HolidayYear>) => ({ years: [{ year: 2025, source: notice, holidays: [], makeUpWorkdays: [], ...entry }] });

  it('refuses a make-up working day that is not on a weekend', () => {
    expect(() => loadHolidayCalendar(withYear({ makeUpWorkdays: ['2025-01-27'] }))).toThrow(HolidayCalendarError);
  });

  it('refuses a date that does not exist and a range written backwards', () => {
    expect(() => loadHolidayCalendar(withYear({ holidays: [{ name: 'x', from: '2025-02-30', to: '2025-02-30' }] }))).toThrow(HolidayCalendarError);
    expect(() => loadHolidayCalendar(withYear({ holidays: [{ name: 'x', from: '2025-05-05', to: '2025-05-01' }] }))).toThrow(HolidayCalendarError);
  });

  it('refuses a holiday too long to be one, and a day in two holidays', () => {
    expect(() => loadHolidayCalendar(withYear({ holidays: [{ name: 'x', from: '2025-10-01', to: '2025-10-31' }] }))).toThrow(HolidayCalendarError);
    const twice = [{ name: 'a', from: '2025-10-01', to: '2025-10-03' }, { name: 'b', from: '2025-10-03', to: '2025-10-04' }];
    expect(() => loadHolidayCalendar(withYear({ holidays: twice }))).toThrow(HolidayCalendarError);
  });

  it('refuses a year listed twice', () => {
    const entry = withYear({}).years[0]!;
    expect(() => loadHolidayCalendar({ years: [entry, entry] })).toThrow(HolidayCalendarError);
  });
});
