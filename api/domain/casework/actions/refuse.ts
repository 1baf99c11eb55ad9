// 不予批准: a written reason the applicant sees (社会救助法 §45); how to object is added from the locale text.
import { appended, invalid, textOf, type ActionRule } from '../action.ts';
import { groundsOf, REFUSAL_GROUNDS } from '../refusalGrounds.ts';
import { decisionAllowed, noticeEnded } from './decisionTiming.ts';

export const refuse: ActionRule = {
  name: 'refuse',
  step: 'decision',
  fields: [{ name: 'reason', kind: 'text', required: true }, { name: 'grounds', kind: 'choice', required: false, options: REFUSAL_GROUNDS }],
  allowedNow: (state, context) => state.paidFirst === undefined && decisionAllowed(state, context),
  events: (state, input, context) => {
    const reason = textOf(input, 'reason');
    if (!reason) return invalid('reason');
    const grounds = groundsOf(input['grounds']);
    if (grounds === 'invalid') return invalid('grounds');
    return appended(...noticeEnded(state, context), { kind: 'refused', step: 'decision', reason: '不予批准', on: context.today, detail: { reason, ...(grounds ? { grounds } : {}) } });
  },
};
