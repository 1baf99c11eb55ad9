// 好差评 (issue 10, after 国办发〔2019〕51号): five levels, the two lowest (差评) followed up. The names and "后两个等级为差评"
// as restated by 临汾市行政审批服务管理局 (2022-11-15, xzspglj.linfen.gov.cn/zcjd/202211/t20221115_75615.html); the 51号
// text itself was not read. Levels count stars as the 好差评 mark draws them: 5 非常满意 … 1 非常不满意.
import type { CalendarDate } from '../calendarDate.ts';
import type { HolidayCalendar } from '../holidayCalendar.ts';
import { addWorkingDays } from '../workingDays.ts';

export const RATING_LEVELS = [5, 4, 3, 2, 1] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

/** 不满意 (2) and 非常不满意 (1) open a follow-up that must be answered. */
export const needsFollowUp = (level: number): boolean => level <= 2;

/** A case is rated once it has ended: decided (approved, refused), not accepted, or closed. */
export const ENDED_STATUSES = ['not-accepted', 'approved', 'refused', 'closed'] as const;
export const caseHasEnded = (status: string): boolean => (ENDED_STATUSES as readonly string[]).includes(status);

/**
 * No national or county limit for answering a 差评 was found for our counties (51号 itself not read; a 四川 city's 2020
 * plan says 15个工作日内整改到位, a rule of that city only), so this is the county-set default, shown with "以县里公布为准".
 */
export const FOLLOW_UP_WORKING_DAYS = 15;

export function followUpDueOn(ratedOn: CalendarDate, calendar: HolidayCalendar): { date: CalendarDate; estimated: boolean; countySet: true } {
  const due = addWorkingDays(ratedOn, FOLLOW_UP_WORKING_DAYS, calendar);
  return { date: due.date, estimated: !due.covered, countySet: true };
}

/** Code points of the rater's comment. */
export const RATING_COMMENT_MAX = 500;
export const FOLLOW_UP_ANSWER_MAX = 2000;
