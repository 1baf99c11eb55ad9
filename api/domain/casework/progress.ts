// Where a case stands on its path and when its current step is due: working days with 调休, 公示 in natural days.
import { type CalendarDate } from '../calendarDate.ts';
import type { HolidayCalendar } from '../holidayCalendar.ts';
import { isCountySet, stepDueDate, type StepDefinition, type StepId } from '../workflow.ts';
import { workingDaysBetween } from '../workingDays.ts';
import type { CaseState } from './caseState.ts';
import { noticeEnd, objectionUpheld, pausedOn } from './objections.ts';

/** Due within this many working days is highlighted (issue 9). */
export const DUE_SOON_WORKING_DAYS = 3;

/** A case that is finished: nothing is due on it any more. */
export function isFinished(state: CaseState): boolean {
  return state.status === 'refused' || state.status === 'not-accepted' || state.status === 'closed';
}

/** The step being worked on: the first on the path not yet done; the last step once every one is. */
export function currentStep(state: CaseState, steps: readonly StepDefinition[]): StepDefinition {
  return steps.find((s) => !state.done[s.step]) ?? steps[steps.length - 1]!;
}

export interface CaseDue {
  step: StepId;
  /** The current step's legal due date; null when the applicant is the one to act (需补正) or the case is finished. */
  dueOn: CalendarDate | null;
  /** False when a day counted lies past the holiday calendar's last year: the date is an estimate (预计). */
  covered: boolean;
  /** The limit is the county's default, "以县里公布为准". */
  countySet: boolean;
  overdue: boolean;
  dueSoon: boolean;
  /** 公示异议: the day the clock stopped; while set nothing is due (objections.ts). */
  pausedOn: CalendarDate | null;
}

/** The current step's due date and the flags a queue sorts and highlights by. */
export function caseDue(state: CaseState, steps: readonly StepDefinition[], calendar: HolidayCalendar, today: CalendarDate): CaseDue {
  const current = currentStep(state, steps);
  const none = { step: current.step, dueOn: null, covered: true, countySet: false, overdue: false, dueSoon: false, pausedOn: null };
  if (isFinished(state) || state.status === 'supplement') return none;
  const paused = pausedOn(state);
  if (paused) return { ...none, pausedOn: paused };
  let due: { date: CalendarDate; covered: boolean; countySet: boolean } | undefined;
  if (state.done[current.step]) {
    // Every step done (a paying case): what is due next is its review.
    if (state.approved?.reviewOn) due = { date: state.approved.reviewOn, covered: true, countySet: false };
  } else if (current.step === 'public-notice' && state.notice) {
    due = afterNotice(state, steps, calendar, today);
  } else if (current.limit) {
    const index = steps.indexOf(current);
    const previous = latest(state.done[steps[index - 1]?.step ?? 'apply'], current.step === 'accept' ? state.documentsCompleteOn : undefined);
    const from = previous ?? state.done.apply ?? today;
    due = { ...stepDueDate(current.limit, from, state.done.accept, calendar), countySet: isCountySet(current) };
  }
  if (!due) return none;
  const left = workingDaysBetween(today, due.date, calendar).days;
  return { step: current.step, dueOn: due.date, covered: due.covered, countySet: due.countySet, overdue: today > due.date, dueSoon: today <= due.date && left <= DUE_SOON_WORKING_DAYS, pausedOn: null };
}

/**
 * At the 公示 step: its end while it runs; once it has ended (or an objection was upheld), the decision that follows,
 * counted from that end, since the case stays at this step until the decision records the end.
 */
function afterNotice(state: CaseState, steps: readonly StepDefinition[], calendar: HolidayCalendar, today: CalendarDate): { date: CalendarDate; covered: boolean; countySet: boolean } {
  const end = noticeEnd(state)!;
  if (!objectionUpheld(state) && today <= end) return { date: end, covered: true, countySet: false };
  const next = steps[steps.findIndex((s) => s.step === 'public-notice') + 1];
  if (!next?.limit) return { date: end, covered: true, countySet: false };
  return { ...stepDueDate(next.limit, end, state.done.accept, calendar), countySet: isCountySet(next) };
}

function latest(a: CalendarDate | undefined, b: CalendarDate | undefined): CalendarDate | undefined {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}
