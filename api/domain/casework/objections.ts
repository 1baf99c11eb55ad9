// 公示异议: an objection may be raised while the 公示 is posted; while one is open the case's clock stands still and no
// decision is taken. Once the township has found on each, the 公示 ends on its posted last day or on the day of the
// last finding, whichever is later, and the county's clock runs from there (county-set, see the report of issue 10).
import type { CalendarDate } from '../calendarDate.ts';
import { isCurrent, type ActionContext } from './action.ts';
import type { CaseEvent, CaseState } from './caseState.ts';

/** Objections not yet found on, oldest first. */
export function openObjections(state: CaseState): { id: number; raisedOn: CalendarDate }[] {
  return (state.objections ?? []).filter((o) => !o.resolvedOn).map(({ id, raisedOn }) => ({ id, raisedOn }));
}

/** The day the case's clock stopped: the oldest open objection's; null when none is open. */
export function pausedOn(state: CaseState): CalendarDate | null {
  return openObjections(state)[0]?.raisedOn ?? null;
}

/** Whether the township upheld an objection: the claim then goes to refusal. */
export function objectionUpheld(state: CaseState): boolean {
  return state.objectionFinding !== undefined;
}

/** Whether the public may object today: the 公示 is posted (first to last day) on an open case and none was upheld. */
export function objectionsOpenToday(state: CaseState, context: ActionContext): boolean {
  const notice = state.notice;
  return state.status === 'open' && !!notice && isCurrent(state, context, 'public-notice') && notice.from <= context.today && context.today <= notice.to && !objectionUpheld(state);
}

/** The event that attaches objection `id` to the case today, or undefined when the 公示 takes none now. */
export function objectionRaised(state: CaseState, context: ActionContext, id: number): CaseEvent | undefined {
  if (!objectionsOpenToday(state, context)) return undefined;
  return { kind: 'objection-raised', step: 'public-notice', reason: '公示期间收到异议，暂停办理', on: context.today, detail: { objection: id } };
}

/**
 * The day the 公示 counts as ended: an upheld objection ends it that day; otherwise its posted last day, or the day the
 * last objection was found on when that is later (the 公示's days stand as posted on paper, the county's run after).
 */
export function noticeEnd(state: CaseState): CalendarDate | undefined {
  const notice = state.notice;
  if (!notice) return undefined;
  const resolved = (state.objections ?? []).map((o) => o.resolvedOn).filter((d): d is CalendarDate => !!d);
  const upheld = (state.objections ?? []).find((o) => o.outcome === 'refuse')?.resolvedOn;
  if (upheld) return upheld;
  return [notice.to, ...resolved].reduce((a, b) => (b > a ? b : a));
}
