// 入户调查 by two named staff (每组调查人员不得少于2人: local practice, casework-facts.md §3), on a day not in the future.
import { appended, dateOf, invalid, isCurrent, textListOf, type ActionRule } from '../action.ts';

export const recordVisit: ActionRule = {
  name: 'record-visit',
  step: 'survey',
  fields: [{ name: 'staff', kind: 'names', required: true }, { name: 'visitedOn', kind: 'date', required: true }],
  allowedNow: (state, context) => state.status === 'open' && isCurrent(state, context, 'survey') && !state.visit,
  events: (state, input, { today }) => {
    const staff = textListOf(input, 'staff', 50);
    if (!staff || staff.length !== 2 || staff[0] === staff[1]) return invalid('staff');
    const visitedOn = dateOf(input, 'visitedOn');
    if (!visitedOn || visitedOn > today || (state.done.accept !== undefined && visitedOn < state.done.accept)) return invalid('visitedOn');
    return appended({ kind: 'visit-recorded', step: 'survey', reason: '两名工作人员入户调查', on: visitedOn, detail: { staff } });
  },
};
