// 公示: posted from a day not before today, for the step's natural days, with the masked line a public page shows and
// the amount the township proposes (拟保障金额: a month's, or 临时救助's one payment), which the notice shows too.
import { addDays } from '../../calendarDate.ts';
import { amountOf, appended, dateOf, invalid, isCurrent, textOf, type ActionRule } from '../action.ts';

export const publishNotice: ActionRule = {
  name: 'publish-notice',
  step: 'public-notice',
  fields: [{ name: 'from', kind: 'date', required: true }, { name: 'place', kind: 'text', required: true }, { name: 'proposedMonthly', kind: 'amount', required: true }],
  allowedNow: (state, context) => state.status === 'open' && isCurrent(state, context, 'public-notice') && !state.notice,
  events: (_state, input, { today, steps, noticeLine }) => {
    const from = dateOf(input, 'from');
    if (!from || from < today) return invalid('from');
    const place = textOf(input, 'place', 200);
    if (!place) return invalid('place');
    const monthly = amountOf(input, 'proposedMonthly');
    if (!monthly) return invalid('proposedMonthly');
    const limit = steps.find((s) => s.step === 'public-notice')?.limit;
    const days = limit && 'naturalDays' in limit ? limit.naturalDays : 7;
    const to = addDays(from, days - 1);
    return appended({ kind: 'notice-published', step: 'public-notice', reason: `公示 ${from} 至 ${to}`, on: today, detail: { from, to, place, line: noticeLine, monthly } });
  },
};
