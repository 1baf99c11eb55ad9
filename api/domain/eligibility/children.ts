// 孤儿基本生活保障 (guer) and 事实无人抚养儿童保障 (wuren-fuyang): decided by the child's situation, not by income.
import { monthlyAmount, standardRef, type LocalStandard } from '../localStandards.ts';
import { roundYuan } from '../money.ts';
import type { Household } from './household.ts';
import type { HouseholdMember, ProgrammeAnswer } from './types.ts';

const ADULT_AGE = 18;
const isChild = (m: HouseholdMember) => m.age < ADULT_AGE;

/** A child under 18 whose parents have both died or are missing (孤儿). */
export const isOrphanChild = (m: HouseholdMember) => isChild(m) && m.isOrphan === true;

/** A child under 18 whose parents cannot raise them and who is not an orphan (民发〔2019〕62号). */
export const isFactuallyUnsupportedChild = (m: HouseholdMember) => isChild(m) && m.parentsUnable === true && m.isOrphan !== true;

/** A yes for `count` children, with the monthly sum when the county publishes a figure for the programme. */
function yes(id: 'guer' | 'wuren-fuyang', count: number, household: Household, standards: readonly LocalStandard[]): ProgrammeAnswer {
  const reasonKey = id === 'guer' ? 'guer.yes' : 'wuren.yes';
  const standard = standards.find((s) => s.programme === id && monthlyAmount(s) !== undefined);
  if (!standard) return { id, eligible: true, reasonKey, reasonParams: { count } };
  const monthly = roundYuan(count * monthlyAmount(standard)!);
  return { id, eligible: true, monthly, reasonKey, reasonParams: { count }, standard: standardRef(standard, household.today) };
}

export function answerGuer(household: Household, standards: readonly LocalStandard[]): ProgrammeAnswer {
  const orphans = household.members.filter((m) => m.isOrphan === true);
  const children = orphans.filter(isOrphanChild).length;
  if (children > 0) return yes('guer', children, household, standards);
  if (orphans.length > 0) return { id: 'guer', eligible: false, reasonKey: 'guer.no-age', reasonParams: { age: ADULT_AGE } };
  if (!household.members.some(isChild)) return { id: 'guer', eligible: false, reasonKey: 'child.none', reasonParams: { age: ADULT_AGE } };
  return { id: 'guer', eligible: false, reasonKey: 'guer.no-flag', reasonParams: {} };
}

/** A child already counted as an orphan is served by guer, not here. */
export function answerWurenFuyang(household: Household, standards: readonly LocalStandard[]): ProgrammeAnswer {
  const children = household.members.filter(isFactuallyUnsupportedChild).length;
  if (children > 0) return yes('wuren-fuyang', children, household, standards);
  if (!household.members.some(isChild)) return { id: 'wuren-fuyang', eligible: false, reasonKey: 'child.none', reasonParams: { age: ADULT_AGE } };
  return { id: 'wuren-fuyang', eligible: false, reasonKey: 'wuren.no-flag', reasonParams: {} };
}
