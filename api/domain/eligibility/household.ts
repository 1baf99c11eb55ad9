// Facts about the household that several programmes' rules share, and how its income stands against the 低保 line.
import { isStaleStandard, monthlyAmount, standardRef, type LocalStandard, type StandardRef } from '../localStandards.ts';
import { roundYuan } from '../money.ts';
import type { LocalFigures } from './figures.ts';
import type { EligibilityInput, HouseholdMember } from './types.ts';

/**
 * Margin above an old or borrowed line within which the answer is "maybe", never "no": standards rise most years,
 * so a household just above a 2022 line may be below today's (issue 7; the county's current figure decides).
 */
export const NEAR_LINE_MARGIN = 1.2;

/** The 低保 line an answer is measured against: the county's own, or the province's where the county has none. */
export interface DibaoLine {
  standard: LocalStandard;
  /** Per person per month, unrounded. */
  monthly: number;
  level: 'county' | 'province';
  /** More than two years old: today's line may be higher. */
  stale: boolean;
  /** Highest line of this hukou published anywhere in the province, per person per month. */
  provinceHighest: number;
}

export interface Household {
  members: readonly HouseholdMember[];
  persons: number;
  monthlyIncome: number;
  /** Household income per person per month, unrounded. */
  perCapitaIncome: number;
  /** The 低保 line for the household's hukou, when the county or its province publishes one. */
  dibaoLine?: DibaoLine;
  today: Date;
}

/** Where an income stands against a line: below it, near it (an old or borrowed line), or above it. */
export type LineStanding = 'below' | 'near' | 'above';

const isLine = (key: string) => (s: LocalStandard) => s.key === key && s.kind !== 'planned-average' && monthlyAmount(s) !== undefined;

function findLine(figures: LocalFigures, key: string): DibaoLine | undefined {
  const own = figures.county.find(isLine(key));
  const standard = own ?? figures.province.find(isLine(key));
  if (!standard) return undefined;
  const lines = [standard, ...figures.provinceWide.filter(isLine(key))].map((s) => monthlyAmount(s)!);
  return {
    standard,
    monthly: monthlyAmount(standard)!,
    level: own ? 'county' : 'province',
    stale: isStaleStandard(standard.year, figures.today),
    provinceHighest: Math.max(...lines),
  };
}

/** The household's shared facts; throws RangeError for a household nobody could fill in. */
export function describeHousehold(input: EligibilityInput, figures: LocalFigures): Household {
  const { members, monthlyIncome } = input;
  if (members.length === 0) throw new RangeError('A household has at least one member');
  if (!Number.isFinite(monthlyIncome) || monthlyIncome < 0) throw new RangeError('Monthly income is a sum of yuan ≥ 0');
  if (members.some((m) => !Number.isInteger(m.age) || m.age < 0)) throw new RangeError('Ages are whole years ≥ 0');

  const persons = members.length;
  const household: Household = { members, persons, monthlyIncome, perCapitaIncome: monthlyIncome / persons, today: figures.today };
  const line = findLine(figures, input.hukou === 'urban' ? 'dibao-urban' : 'dibao-rural');
  if (line) household.dibaoLine = line;
  return household;
}

/** Per-capita income as shown to the resident. */
export function shownPerCapita(household: Household): number {
  return roundYuan(household.perCapitaIncome);
}

/**
 * How `income` (yuan per month, for `persons` people) stands against `factor` × the 低保 line.
 * A yearly standard is compared over the year, so 4620元/年 is not turned into an inexact monthly figure.
 * Against the province's line the county's own is unknown: never "below", and "above" only when far above
 * every line in the province.
 */
export function standingAgainstLine(line: DibaoLine, income: number, persons: number, factor = 1): LineStanding {
  if (line.level === 'province') return income < factor * line.provinceHighest * persons * NEAR_LINE_MARGIN ? 'near' : 'above';
  const months = line.standard.period === 'year' ? 12 : 1;
  const over = income * months;
  const limit = factor * line.standard.amount * persons;
  if (over < limit) return 'below';
  return line.stale && over < limit * NEAR_LINE_MARGIN ? 'near' : 'above';
}

/** The household's standing against `factor` × its 低保 line; undefined without a line. */
export function householdStanding(household: Household, factor = 1): LineStanding | undefined {
  const line = household.dibaoLine;
  return line && standingAgainstLine(line, household.monthlyIncome, household.persons, factor);
}

/** The line as quoted beside an answer. */
export function lineRef(household: Household): StandardRef | undefined {
  return household.dibaoLine && standardRef(household.dibaoLine.standard, household.today);
}
