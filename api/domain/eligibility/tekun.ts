// 特困人员救助供养 (tekun, formerly 五保), after 特困人员认定办法 (民发〔2021〕43号).
import { roundYuan } from '../money.ts';
import { lineRef, shownPerCapita, standingAgainstLine, type Household, type LineStanding } from './household.ts';
import type { HouseholdMember, ProgrammeAnswer } from './types.ts';

type Fit = 'yes' | 'maybe' | 'no';
const RANK: Record<Fit, number> = { no: 0, maybe: 1, yes: 2 };
const weakest = (a: Fit, b: Fit): Fit => (RANK[a] <= RANK[b] ? a : b);
const strongest = (a: Fit, b: Fit): Fit => (RANK[a] >= RANK[b] ? a : b);
const flag = (known: boolean | undefined, fitsWhen: boolean): Fit => (known === undefined ? 'maybe' : known === fitsWhen ? 'yes' : 'no');

/**
 * Disabilities that count as unable to work (43号 §5(三)): grade 1–3 intellectual or mental, grade 1–2 physical,
 * grade 1 visual. Without the kind the grade alone cannot tell (a grade-2 hearing disability does not count).
 */
function disabilityCounts(member: HouseholdMember): Fit | undefined {
  const grade = member.disabilityGrade;
  if (grade === undefined) return undefined;
  switch (member.disabilityType) {
    case undefined:
      return grade <= 3 ? 'maybe' : undefined;
    case 'intellectual':
    case 'mental':
      return grade <= 3 ? 'yes' : undefined;
    case 'physical':
      return grade <= 2 ? 'yes' : undefined;
    case 'visual':
      return grade === 1 ? 'yes' : undefined;
    case 'multiple':
      // 多重残疾 is graded by its most severe kind, which the self-check does not ask.
      return grade <= 3 ? 'maybe' : undefined;
    default:
      return undefined;
  }
}

/** Whether the member counts as unable to work (43号 §5); undefined when the member is in no group 特困 serves. */
function unableToWork(member: HouseholdMember): Fit | undefined {
  // §5(一)(二): people aged 60 and over and children under 16 count as unable to work whatever they answer.
  if (member.age >= 60 || member.age < 16) return 'yes';
  const disability = disabilityCounts(member);
  if (disability) return disability;
  // §5(四): provinces may add cases (serious illness…), so an adult who says they cannot work is a "maybe".
  return member.canWork === false ? 'maybe' : undefined;
}

/** How well one member fits: unable to work, and nobody able to support them. */
function memberFit(member: HouseholdMember): Fit | undefined {
  const work = unableToWork(member);
  return work && weakest(work, flag(member.hasSupporter, false));
}

/**
 * §6: the applicant's OWN income must be below the 低保 line. The self-check knows only the household's: if even all of
 * it is below one person's line the member's is too; otherwise a member of a larger household is a "maybe".
 */
function ownIncomeStanding(household: Household): LineStanding {
  const standing = standingAgainstLine(household.dibaoLine!, household.monthlyIncome, 1);
  return standing === 'above' && household.persons > 1 ? 'near' : standing;
}

/** 特困: an elder, child or severely disabled member, unable to work, without a supporter, own income below the line. */
export function answerTekun(household: Household): ProgrammeAnswer {
  const fits = household.members.map(memberFit).filter((f): f is Fit => f !== undefined);
  if (fits.length === 0) return { id: 'tekun', eligible: false, reasonKey: 'tekun.no-group', reasonParams: {} };
  const best = fits.reduce(strongest);
  if (best === 'no') return { id: 'tekun', eligible: false, reasonKey: 'tekun.no-support', reasonParams: {} };

  const line = household.dibaoLine;
  if (!line) return { id: 'tekun', eligible: 'maybe', reasonKey: 'tekun.maybe-no-standard', reasonParams: {} };
  const standard = lineRef(household)!;
  const reasonParams = { perCapita: shownPerCapita(household), standard: roundYuan(line.monthly), year: line.standard.year ?? '' };
  const income = ownIncomeStanding(household);
  if (income === 'above') return { id: 'tekun', eligible: false, reasonKey: 'tekun.no-income', reasonParams, standard };
  if (income === 'near') {
    const reasonKey = household.persons > 1 ? 'tekun.maybe-own-income' : line.level === 'province' ? 'tekun.maybe-province' : 'tekun.maybe-old-line';
    return { id: 'tekun', eligible: 'maybe', reasonKey, reasonParams, standard };
  }
  return best === 'yes'
    ? { id: 'tekun', eligible: true, reasonKey: 'tekun.yes', reasonParams, standard }
    : { id: 'tekun', eligible: 'maybe', reasonKey: 'tekun.maybe-ask', reasonParams, standard };
}
