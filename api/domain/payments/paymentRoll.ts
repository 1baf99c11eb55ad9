// 发放名册: which approved cases of the monthly programmes are paid in a month, at what amount, and the roll's totals. Pure: the API loads the
// cases, the console prints the lines, the CSV writes them. 按月发放 (社会救助法 §18); the amount is always the approved
// one (截留克扣, casework-facts.md §10); the columns are our design (no text lists a roll's fields, facts §8).
import { roundYuan } from '../money.ts';

/** A case as the roll needs it; names masked, no ID number. */
export interface RollCase {
  caseNumber: string;
  programme: string;
  township: string;
  village: string | null;
  nameMasked: string;
  householdSize: number;
  status: string;
  /** The approved amount, yuan a month (临时救助: the one payment). */
  monthly: number | null;
  /** First month paid, YYYY-MM. */
  fromMonth: string | null;
  /** Months already paid, with the amount and day each was paid. */
  payments: readonly { month: string; amount: number; paidOn: string }[];
}

export interface RollLine extends Pick<RollCase, 'caseNumber' | 'programme' | 'township' | 'village' | 'nameMasked' | 'householdSize'> {
  amount: number;
  /** The day this month was recorded paid; absent while it is still to pay. */
  paidOn?: string;
}

export interface RollTotals {
  households: number;
  persons: number;
  amount: number;
  paidHouseholds: number;
  unpaidHouseholds: number;
}

/** The roll of `month`: every case paid that month, and every approved case due a payment in it not yet paid. */
export function rollLines(candidates: readonly RollCase[], month: string): RollLine[] {
  const lines: RollLine[] = [];
  for (const c of candidates) {
    const line = { caseNumber: c.caseNumber, programme: c.programme, township: c.township, village: c.village, nameMasked: c.nameMasked, householdSize: c.householdSize };
    const paid = c.payments.find((p) => p.month === month);
    if (paid) lines.push({ ...line, amount: paid.amount, paidOn: paid.paidOn });
    else if (isDue(c, month)) lines.push({ ...line, amount: c.monthly! });
  }
  return lines.sort((a, b) => a.township.localeCompare(b.township, 'zh-CN') || (a.village ?? '').localeCompare(b.village ?? '', 'zh-CN') || a.caseNumber.localeCompare(b.caseNumber));
}

function isDue(c: RollCase, month: string): boolean {
  return c.status === 'approved' && c.monthly !== null && c.fromMonth !== null && c.fromMonth <= month;
}

export function rollTotals(lines: readonly RollLine[]): RollTotals {
  const paid = lines.filter((l) => l.paidOn !== undefined).length;
  return {
    households: lines.length,
    persons: lines.reduce((n, l) => n + l.householdSize, 0),
    amount: roundYuan(lines.reduce((n, l) => n + l.amount, 0)),
    paidHouseholds: paid,
    unpaidHouseholds: lines.length - paid,
  };
}
