// When the decision may be taken: the township's review (and a posted 公示 that has ended) is behind the case.
import { isCurrent, type ActionContext } from '../action.ts';
import type { CaseEvent, CaseState } from '../caseState.ts';

export function decisionAllowed(state: CaseState, context: ActionContext): boolean {
  if (state.status !== 'open') return false;
  if (isCurrent(state, context, 'county-approval') || isCurrent(state, context, 'decision')) return true;
  // 公示期满无异议: the day after its last day at the earliest.
  return isCurrent(state, context, 'public-notice') && state.notice !== undefined && context.today > state.notice.to;
}

/** The 公示's end, recorded by the decision that follows it (dated its last day). */
export function noticeEnded(state: CaseState, context: ActionContext): CaseEvent[] {
  if (!state.notice || state.done['public-notice'] || !context.steps.some((s) => s.step === 'public-notice')) return [];
  return [{ kind: 'notice-ended', step: 'public-notice', reason: '公示期满', on: state.notice.to }];
}
