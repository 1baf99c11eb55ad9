// 高龄津贴 (gaoling-jintie): the age it starts at and the amount are local, one standard per age tier
// (gaoling-80, gaoling-90, gaoling-100 …); each elder gets the amount of the highest tier reached.
import { monthlyAmount, standardRef, type LocalStandard } from '../localStandards.ts';
import { roundYuan } from '../money.ts';
import type { Household } from './household.ts';
import type { HouseholdMember, ProgrammeAnswer } from './types.ts';

/** Age most counties start at; used only to say "maybe" where the county's own figure is unknown. */
export const USUAL_GAOLING_AGE = 80;

interface Tier {
  fromAge: number;
  monthly: number;
  standard: LocalStandard;
}

function tiers(standards: readonly LocalStandard[]): Tier[] {
  return standards
    .flatMap((standard) => {
      const fromAge = /^gaoling-(\d+)$/.exec(standard.key)?.[1];
      const monthly = monthlyAmount(standard);
      return standard.programme === 'gaoling-jintie' && fromAge && monthly !== undefined ? [{ fromAge: Number(fromAge), monthly, standard }] : [];
    })
    .sort((a, b) => b.fromAge - a.fromAge);
}

/** Whether the tier's local rule leaves this member out (瓮安: "国家机关、企事业单位退休人员除外"). */
function excluded(member: HouseholdMember, tier: Tier): boolean {
  const excludes = tier.standard.excludes ?? [];
  return (member.retiredFromPublicSector === true && excludes.includes('public-sector-retirees'))
    || (member.retiredFromEnterprise === true && excludes.includes('enterprise-retirees'));
}

export function answerGaolingJintie(household: Household, standards: readonly LocalStandard[]): ProgrammeAnswer {
  const known = tiers(standards);
  if (known.length === 0) {
    const reasonParams = { age: USUAL_GAOLING_AGE };
    return household.members.some((m) => m.age >= USUAL_GAOLING_AGE)
      ? { id: 'gaoling-jintie', eligible: 'maybe', reasonKey: 'gaoling.maybe-no-standard', reasonParams }
      : { id: 'gaoling-jintie', eligible: false, reasonKey: 'gaoling.no-age', reasonParams };
  }

  const age = known[known.length - 1]!.fromAge;
  const reached = household.members.flatMap((m) => {
    const tier = known.find((t) => m.age >= t.fromAge);
    return tier ? [{ member: m, tier }] : [];
  });
  if (reached.length === 0) return { id: 'gaoling-jintie', eligible: false, reasonKey: 'gaoling.no-age', reasonParams: { age } };
  const paid = reached.filter(({ member, tier }) => !excluded(member, tier)).map(({ tier }) => tier);
  if (paid.length === 0) return { id: 'gaoling-jintie', eligible: false, reasonKey: 'gaoling.no-retired', reasonParams: { age } };

  const monthly = roundYuan(paid.reduce((sum, tier) => sum + tier.monthly, 0));
  const reasonParams = { count: paid.length, age, monthly };
  const excludesRetirees = paid.some((t) => (t.standard.excludes ?? []).length > 0);
  const reasonKey = excludesRetirees ? 'gaoling.yes-not-retired' : 'gaoling.yes';
  return { id: 'gaoling-jintie', eligible: true, monthly, reasonKey, reasonParams, standard: standardRef(paid[0]!.standard, household.today) };
}
