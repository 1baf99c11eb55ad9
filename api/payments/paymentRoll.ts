// A month's 发放名册 for a staff account: its county, or one township of it (township roles: their own only). The
// household size is read from the sealed claim on the server; the roll itself carries no ID number and no full name.
import { and, eq, inArray, lte, ne, or, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { cases, payments } from '../db/schema/index.ts';
import { needsTownship } from '../domain/roles.ts';
import { rollLines, rollTotals, type RollCase, type RollLine, type RollTotals } from '../domain/payments/paymentRoll.ts';
import { ApiError } from '../http/errors.ts';
import type { ClaimRequest } from '../schemas/cases.ts';
import type { Services } from '../services.ts';
import type { Account } from '../staff/access.ts';

export interface PaymentRoll {
  month: string;
  county: string;
  /** Absent: the whole county. */
  township?: string;
  lines: RollLine[];
  totals: RollTotals;
}

/** Which township the roll covers: a township role's own (another one does not exist for it: 404), a county role's choice or none. */
export function rollPlace(account: Account, township: string | undefined): { county: string; township?: string } {
  if (!needsTownship(account.role)) return township ? { county: account.county, township } : { county: account.county };
  if (account.township === null || (township !== undefined && township !== account.township)) throw new ApiError(404, 'roll_not_found');
  return { county: account.county, township: account.township };
}

export async function paymentRoll(services: Services, db: Tx | Services['db'], place: { county: string; township?: string }, month: string): Promise<PaymentRoll> {
  const where: SQL[] = [eq(cases.county, place.county), ne(cases.programme, 'linshi-jiuzhu')];
  if (place.township) where.push(eq(cases.township, place.township));
  // 临时救助 is paid once on its own case, not 按月发放, so it is on no monthly roll.
  const paidThatMonth = db.select({ id: payments.caseId }).from(payments).where(eq(payments.month, month));
  const rows = await db.select().from(cases).where(and(...where, or(and(eq(cases.status, 'approved'), lte(cases.approvedFromMonth, month)), inArray(cases.id, paidThatMonth))));
  const paid = rows.length ? await db.select().from(payments).where(inArray(payments.caseId, rows.map((r) => r.id))) : [];
  const candidates: RollCase[] = rows.map((r) => ({
    caseNumber: r.caseNo,
    programme: r.programme,
    township: r.township,
    village: r.village,
    nameMasked: r.applicantNameMasked,
    householdSize: (JSON.parse(services.sealer.open(r.claimSealed)) as ClaimRequest).members.length,
    status: r.status,
    monthly: r.approvedMonthly,
    fromMonth: r.approvedFromMonth,
    payments: paid.filter((p) => p.caseId === r.id),
  }));
  const lines = rollLines(candidates, month);
  return { month, ...place, lines, totals: rollTotals(lines) };
}

