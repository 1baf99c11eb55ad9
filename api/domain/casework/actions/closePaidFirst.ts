// 先行救助 not borne out: the paperwork shows the help was not due, and whoever decides on the case's path closes it
// with the written reason, which the applicant sees. What was paid stays on record; recovering it is not handled here
// (no text read sets how, and it is a decision of its own).
import { appended, invalid, textOf, type ActionRule } from '../action.ts';
import { decisionAllowed } from './decisionTiming.ts';

export const closePaidFirst: ActionRule = {
  name: 'close-paid-first',
  step: 'decision',
  fields: [{ name: 'reason', kind: 'text', required: true }],
  allowedNow: (state, context) => state.paidFirst !== undefined && decisionAllowed(state, context),
  events: (_state, input, { today }) => {
    const reason = textOf(input, 'reason');
    if (!reason) return invalid('reason');
    return appended({ kind: 'closed', step: 'decision', reason: '先行救助经补充核实不应给予，结案', on: today, detail: { reason } });
  },
};
