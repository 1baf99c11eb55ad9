// 已发放: the whole roll recorded paid in one transaction, each unpaid line through the action engine's record-payment
// (its payment row and audit event), then one event for the roll. A line already paid is left alone, so a second call
// pays nothing twice; a roll that changed since it was printed (the totals the approver saw) is refused whole.
import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/chain.ts';
import { takeActionIn } from '../cases/takeAction.ts';
import { cases } from '../db/schema/index.ts';
import { chinaDate } from '../domain/calendarDate.ts';
import { roundYuan } from '../domain/money.ts';
import { ApiError } from '../http/errors.ts';
import type { Services } from '../services.ts';
import { inJurisdiction, type Account } from '../staff/access.ts';
import { paymentRoll, type PaymentRoll } from './paymentRoll.ts';

export interface PayRollRequest {
  month: string;
  place: { county: string; township?: string };
  paidOn: string;
  /** The roll's totals as printed: households and yuan. */
  expected: { households: number; amount: number };
}

export async function payRoll(services: Services, account: Account, request: PayRollRequest): Promise<{ paid: number; alreadyPaid: number; roll: PaymentRoll }> {
  const now = services.now();
  const today = chinaDate(now);
  if (request.month > today.slice(0, 7)) throw new ApiError(422, 'roll_month_future', { field: 'month' });
  if (request.paidOn > today) throw new ApiError(422, 'action_input_invalid', { field: 'paidOn', params: { field: 'paidOn' } });
  const actor = { role: account.role, actor: `staff:${account.username}`, accountId: account.id, mayOpen: (place: { county: string; township: string }) => inJurisdiction(account, place) };
  return services.writes(() => services.db.transaction(async (tx) => {
    const roll = await paymentRoll(services, tx, request.place, request.month);
    if (roll.totals.households !== request.expected.households || roll.totals.amount !== request.expected.amount) throw new ApiError(409, 'roll_changed');
    const unpaid = roll.lines.filter((l) => l.paidOn === undefined);
    for (const line of unpaid) {
      const [row] = await tx.select({ version: cases.version }).from(cases).where(eq(cases.caseNo, line.caseNumber));
      await takeActionIn(tx, services, actor, { caseNumber: line.caseNumber, action: 'record-payment', version: row!.version, input: { month: request.month, amount: line.amount, paidOn: request.paidOn } }, { on: today, at: now.toISOString() });
    }
    const where = request.place.township ?? request.place.county;
    if (unpaid.length > 0) {
      const amount = roundYuan(unpaid.reduce((n, l) => n + l.amount, 0));
      await appendAudit(tx, { kind: 'payment-roll-paid', accountId: account.id, actor: actor.actor, reason: `发放名册 ${request.month} ${where}：${unpaid.length} 户已发放`, detail: { month: request.month, county: request.place.county, ...(request.place.township ? { township: request.place.township } : {}), households: unpaid.length, amount, paidOn: request.paidOn }, at: now.toISOString(), on: today });
    }
    return { paid: unpaid.length, alreadyPaid: roll.lines.length - unpaid.length, roll: await paymentRoll(services, tx, request.place, request.month) };
  }, { behavior: 'immediate' }));
}
