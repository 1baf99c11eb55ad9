// 特困人员救助供养 (tekun, formerly 五保), after 特困人员认定办法 (民发〔2021〕43号).
import { standardRef } from '../localStandards.ts';
import { roundYuan } from '../money.ts';
import { incomeBelowDibao, shownPerCapita, type Household } from './household.ts';
import type { HouseholdMember, ProgrammeAnswer } from './types.ts';

type Fit = 'yes' | 'maybe' | 'no';
const RANK: Record<Fit, number> = { no: 0, maybe: 1, yes: 2 };
const weakest = (a: Fit, b: Fit): Fit => (RANK[a] <= RANK[b] ? a : b);
const flag = (known: boolean | undefined, fitsWhen: boolean): Fit => (known === undefined ? 'maybe' : known === fitsWhen ? 'yes' : 'no');

/** Whether the member counts as unable to work (第五条); undefined when the member is not in a group 特困 serves. */
function unableToWork(member: HouseholdMember): Fit | undefined {
  // People aged 60 and over and children under 16 count as unable to work whatever they answer.
  if (member.age >= 60 || member.age < 16) return 'yes';
  if (member.disabilityGrade === 1 || member.disabilityGrade === 2) return flag(member.canWork, false);
  // Grade 3 counts only for intellectual and mental disability, which the self-check does not ask.
  if (member.disabilityGrade === 3 && member.canWork === false) return 'maybe';
  return undefined;
}

/** How well one member fits: unable to work, and nobody able to support them. */
function memberFit(member: HouseholdMember): Fit | undefined {
  const work = unableToWork(member);
  return work && weakest(work, flag(member.hasSupporter, false));
}

/** 特困: an elder, child or severely disabled member, unable to work, without a supporter, income below the 低保 standard. */
export function answerTekun(household: Household): ProgrammeAnswer {
  const fits = household.members.map(memberFit).filter((f): f is Fit => f !== undefined);
  if (fits.length === 0) return { id: 'tekun', eligible: false, reasonKey: 'tekun.no-group', reasonParams: {} };
  const best = fits.reduce((a, b) => (RANK[a] >= RANK[b] ? a : b));
  if (best === 'no') return { id: 'tekun', eligible: false, reasonKey: 'tekun.no-support', reasonParams: {} };

  const { dibaoStandard } = household;
  if (!dibaoStandard) return { id: 'tekun', eligible: 'maybe', reasonKey: 'tekun.maybe-no-standard', reasonParams: {} };
  const standard = standardRef(dibaoStandard.standard);
  if (!incomeBelowDibao(household)) {
    const reasonParams = { perCapita: shownPerCapita(household), standard: roundYuan(dibaoStandard.monthly) };
    return { id: 'tekun', eligible: false, reasonKey: 'tekun.no-income', reasonParams, standard };
  }
  return best === 'yes'
    ? { id: 'tekun', eligible: true, reasonKey: 'tekun.yes', reasonParams: {}, standard }
    : { id: 'tekun', eligible: 'maybe', reasonKey: 'tekun.maybe-ask', reasonParams: {}, standard };
}
