// The 信访工作条例 clock (中共中央、国务院 2022-02-25 发布, read in qisehong/china-law-db
// `laws/行政法规/信访工作条例(2022-02-25).md`, status 现行有效). Its days are natural days: §23 ¶3 writes "15日内" and
// "5个工作日内" side by side, so "日" alone is not a working day. The day of receipt is not counted (民法典 §201 ¶1,
// "开始的当日不计入"); §203's move past a holiday is not applied, so a due date is never later than the law's.
import { addDays, type CalendarDate } from '../calendarDate.ts';
import type { ReportStatus } from './report.ts';

/** §23 ¶2: a matter filed directly is told in writing within 15 days of receipt whether and how it is taken up (受理). */
export const ACCEPT_WITHIN_DAYS = 15;

/**
 * §34: 60 days from acceptance to the answer (办结). The article names §31(6) matters (申诉求决类); issue 10 applies it to
 * every 举报 and question, so the pages say 参照. Its 30-day extension is not offered here.
 */
export const ANSWER_WITHIN_DAYS = 60;

export const acceptDueOn = (receivedOn: CalendarDate): CalendarDate => addDays(receivedOn, ACCEPT_WITHIN_DAYS);
export const answerDueOn = (acceptedOn: CalendarDate): CalendarDate => addDays(acceptedOn, ANSWER_WITHIN_DAYS);

/** The date the next step is due by, or undefined once the county has replied. */
export function reportDueOn(report: { status: ReportStatus; acceptDueOn: CalendarDate; answerDueOn: CalendarDate | null | undefined }): CalendarDate | undefined {
  if (report.status === 'received') return report.acceptDueOn;
  if (report.status === 'accepted') return report.answerDueOn ?? undefined;
  return undefined;
}

/** Past its last day (the last day itself is still in time). */
export const isOverdue = (dueOn: CalendarDate | undefined, today: CalendarDate): boolean => dueOn !== undefined && today > dueOn;
