// "我能申请吗?" self-check: a first answer per programme from what a resident can tell about the household.
// It estimates; the township's 家庭经济状况核对 and 入户调查 decide.
import { withAlsoTry } from './eligibility/alsoTry.ts';
import { withAlternatives } from './eligibility/alternatives.ts';
import { answerLinshiJiuzhu, answerYiliaoJiuzhu } from './eligibility/assistance.ts';
import { answerCanjiButie } from './eligibility/canjiButie.ts';
import { answerGuer, answerWurenFuyang } from './eligibility/children.ts';
import { answerDibao, answerDishouru } from './eligibility/dibao.ts';
import type { LocalFigures } from './eligibility/figures.ts';
import { answerGaolingJintie } from './eligibility/gaolingJintie.ts';
import { describeHousehold } from './eligibility/household.ts';
import { answerTekun } from './eligibility/tekun.ts';
import type { EligibilityInput, EligibilityResult } from './eligibility/types.ts';

export type * from './eligibility/types.ts';
export { DISABILITY_TYPES, PROGRAMME_IDS } from './eligibility/types.ts';
export { countyOnly, figuresForCounty, type LocalFigures, type ProvinceStandards } from './eligibility/figures.ts';

/** Locale namespace holding every reasonKey: content/locales/<lang>/eligibility.json. */
export const ELIGIBILITY_NAMESPACE = 'eligibility';

/** Answers for every programme, in catalog order, from the county's figures (see figuresForCounty). */
export function checkEligibility(input: EligibilityInput, figures: LocalFigures): EligibilityResult {
  const household = describeHousehold(input, figures);
  const standards = figures.county;
  const dibao = answerDibao(household);
  const dishouru = answerDishouru(household, dibao.eligible);
  const tekun = answerTekun(household);
  const answers = withAlternatives([
    dibao,
    dishouru,
    tekun,
    answerCanjiButie(household, dibao.eligible, standards),
    answerGaolingJintie(household, standards),
    answerGuer(household, standards),
    answerWurenFuyang(household, standards),
    answerLinshiJiuzhu(),
    answerYiliaoJiuzhu([dibao.eligible, tekun.eligible, dishouru.eligible]),
  ], household.persons);
  return { programmes: withAlsoTry(answers, household) };
}
