// 不予受理: only with a written reason (a township may not refuse without one: 海晏 晏政〔2017〕7号).
import { appended, invalid, isCurrent, textOf, type ActionRule } from '../action.ts';
import { groundsOf, REFUSAL_GROUNDS } from '../refusalGrounds.ts';

export const refuseToAccept: ActionRule = {
  name: 'refuse-to-accept',
  step: 'accept',
  fields: [{ name: 'reason', kind: 'text', required: true }, { name: 'grounds', kind: 'choice', required: false, options: REFUSAL_GROUNDS }],
  allowedNow: (state, context) => (state.status === 'open' || state.status === 'supplement') && isCurrent(state, context, 'accept'),
  events: (_state, input, { today }) => {
    const reason = textOf(input, 'reason');
    if (!reason) return invalid('reason');
    const grounds = groundsOf(input['grounds']);
    if (grounds === 'invalid') return invalid('grounds');
    return appended({ kind: 'not-accepted', step: 'accept', reason: '不予受理', on: today, detail: { reason, ...(grounds ? { grounds } : {}) } });
  },
};
