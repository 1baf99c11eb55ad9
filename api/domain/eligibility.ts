// "我能申请吗?" self-check: a first answer per programme from what a resident can tell about the household.
// It estimates; the township's 家庭经济状况核对 and 入户调查 decide.
import type { LocalStandard } from './localStandards.ts';
import { withAlsoTry } from './eligibility/alsoTry.ts';
import { answerLinshiJiuzhu, answerYiliaoJiuzhu } from './eligibility/assistance.ts';
import { answerCanjiButie } from './eligibility/canjiButie.ts';
import { answerGuer, answerWurenFuyang } from './eligibility/children.ts';
import { answerDibao, answerDishouru } from './eligibility/dibao.ts';
import { answerGaolingJintie } from './eligibility/gaolingJintie.ts';
import { describeHousehold } from './eligibility/household.ts';
import { answerTekun } from './eligibility/tekun.ts';
import type { EligibilityInput, EligibilityResult } from './eligibility/types.ts';

export type * from './eligibility/types.ts';
export { PROGRAMME_IDS } from './eligibility/types.ts';

/** Locale namespace holding every reasonKey: content/locales/<lang>/eligibility.json. */
export const ELIGIBILITY_NAMESPACE = 'eligibility';

/** Answers for every programme, in catalog order; `standards` are the county's (see standardsForCounty). */
export function checkEligibility(input: EligibilityInput, standards: readonly LocalStandard[]): EligibilityResult {
  const household = describeHousehold(input, standards);
  const dibao = answerDibao(household);
  const dishouru = answerDishouru(household, dibao.eligible);
  const tekun = answerTekun(household);
  const answers = [
    dibao,
    dishouru,
    tekun,
    answerCanjiButie(household, dibao.eligible, standards),
    answerGaolingJintie(household, standards),
    answerGuer(household, standards),
    answerWurenFuyang(household, standards),
    answerLinshiJiuzhu(),
    answerYiliaoJiuzhu([dibao.eligible, tekun.eligible, dishouru.eligible]),
  ];
  return { programmes: withAlsoTry(answers, household) };
}
