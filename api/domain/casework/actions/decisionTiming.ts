// When the decision may be taken: the township's review (and a posted 公示 that has ended) is behind the case.
import { isCurrent, type ActionContext } from '../action.ts';
import type { CaseEvent, CaseState } from '../caseState.ts';
import { noticeEnd, objectionUpheld, openObjections } from '../objections.ts';

export function decisionAllowed(state: CaseState, context: ActionContext): boolean {
  if (state.status !== 'open') return false;
  // An objection being looked into stops the case: nothing is decided until the township has found on it.
  if (openObjections(state).length > 0) return false;
  if (isCurrent(state, context, 'county-approval') || isCurrent(state, context, 'decision')) return true;
  if (!isCurrent(state, context, 'public-notice') || state.notice === undefined) return false;
  // 公示期满无异议: the day after its last day at the earliest; an upheld objection ends it at once.
  return objectionUpheld(state) || context.today > state.notice.to;
}

/** Whether an approval may be given now: never over an upheld objection (that would need a new 调查 and 公示). */
export function approvalAllowed(state: CaseState, context: ActionContext): boolean {
  return decisionAllowed(state, context) && !objectionUpheld(state);
}

/** The 公示's end, recorded by the decision that follows it (dated its last day, or the day of the last finding on an objection). */
export function noticeEnded(state: CaseState, context: ActionContext): CaseEvent[] {
  if (!state.notice || state.done['public-notice'] || !context.steps.some((s) => s.step === 'public-notice')) return [];
  const on = noticeEnd(state)!;
  return [{ kind: 'notice-ended', step: 'public-notice', reason: objectionUpheld(state) ? '公示异议成立，公示结束' : '公示期满', on }];
}
