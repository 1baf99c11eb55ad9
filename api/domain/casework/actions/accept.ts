// 受理: the materials are complete; the legal clock of the later steps runs from today.
import { appended, isCurrent, type ActionRule } from '../action.ts';

export const accept: ActionRule = {
  name: 'accept',
  step: 'accept',
  fields: [],
  allowedNow: (state, context) => state.status === 'open' && isCurrent(state, context, 'accept'),
  events: (_state, _input, { today }) => appended({ kind: 'accepted', step: 'accept', reason: '材料齐全，予以受理', on: today }),
};
