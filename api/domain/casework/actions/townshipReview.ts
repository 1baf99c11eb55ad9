// 乡镇审核意见 (社会救助法 §44): agree or not, with the reason; the file then goes to 公示 and the decision.
import { appended, invalid, isCurrent, textOf, type ActionRule } from '../action.ts';

const OPINIONS = ['agree', 'disagree'] as const;

export const townshipReview: ActionRule = {
  name: 'township-review',
  step: 'township-review',
  fields: [{ name: 'opinion', kind: 'choice', required: true, options: OPINIONS }, { name: 'reason', kind: 'text', required: true }],
  allowedNow: (state, context) => state.status === 'open' && isCurrent(state, context, 'township-review'),
  events: (_state, input, { today }) => {
    const opinion = input['opinion'];
    if (opinion !== 'agree' && opinion !== 'disagree') return invalid('opinion');
    const reason = textOf(input, 'reason');
    if (!reason) return invalid('reason');
    return appended({ kind: 'township-reviewed', step: 'township-review', reason: opinion === 'agree' ? '乡镇审核：同意' : '乡镇审核：不同意', on: today, detail: { opinion, reason } });
  },
};
