// Facts about the household that several programmes' rules share.
import { findStandard, monthlyAmount, type LocalStandard } from '../localStandards.ts';
import { roundYuan } from '../money.ts';
import type { EligibilityInput, HouseholdMember } from './types.ts';

export interface Household {
  members: readonly HouseholdMember[];
  persons: number;
  monthlyIncome: number;
  /** Household income per person per month, unrounded. */
  perCapitaIncome: number;
  /** The 低保 standard for the household's hukou, per person per month, when the county has one. */
  dibaoStandard?: { standard: LocalStandard; monthly: number };
}

/** The household's shared facts; throws RangeError for a household nobody could fill in. */
export function describeHousehold(input: EligibilityInput, standards: readonly LocalStandard[]): Household {
  const { members, monthlyIncome } = input;
  if (members.length === 0) throw new RangeError('A household has at least one member');
  if (!Number.isFinite(monthlyIncome) || monthlyIncome < 0) throw new RangeError('Monthly income is a sum of yuan ≥ 0');
  if (members.some((m) => !Number.isInteger(m.age) || m.age < 0)) throw new RangeError('Ages are whole years ≥ 0');

  const persons = members.length;
  const household: Household = { members, persons, monthlyIncome, perCapitaIncome: monthlyIncome / persons };
  const standard = findStandard(standards, input.hukou === 'urban' ? 'dibao-urban' : 'dibao-rural');
  const monthly = standard && monthlyAmount(standard);
  if (standard && monthly !== undefined) household.dibaoStandard = { standard, monthly };
  return household;
}

/** Per-capita income as shown to the resident. */
export function shownPerCapita(household: Household): number {
  return roundYuan(household.perCapitaIncome);
}

/**
 * Whether household income is strictly below `factor` × the 低保 standard for every member.
 * A yearly standard is compared over the year, so 4620元/年 is not turned into an inexact monthly figure.
 */
export function incomeBelowDibao(household: Household, factor = 1): boolean | undefined {
  if (!household.dibaoStandard) return undefined;
  const { standard } = household.dibaoStandard;
  const months = standard.period === 'year' ? 12 : 1;
  return household.monthlyIncome * months < factor * standard.amount * household.persons;
}
