// 最低生活保障 (dibao) and 低收入人口认定 (dishouru): both measured against the local 低保 standard.
import { standardRef } from '../localStandards.ts';
import { roundYuan } from '../money.ts';
import { incomeBelowDibao, shownPerCapita, type Household } from './household.ts';
import type { Eligible, ProgrammeAnswer } from './types.ts';

/** 低保边缘: per-capita income below this multiple of the 低保 standard (民政部 practice; some provinces use 2). */
export const DISHOURU_FACTOR = 1.5;

/** 低保: per-capita income strictly below the standard; the estimate is the top-up to the standard for everyone. */
export function answerDibao(household: Household): ProgrammeAnswer {
  const { dibaoStandard } = household;
  if (!dibaoStandard) return { id: 'dibao', eligible: 'maybe', reasonKey: 'dibao.maybe-no-standard', reasonParams: {} };

  const reasonParams = { perCapita: shownPerCapita(household), standard: roundYuan(dibaoStandard.monthly) };
  const standard = standardRef(dibaoStandard.standard);
  if (!incomeBelowDibao(household)) return { id: 'dibao', eligible: false, reasonKey: 'dibao.no-income', reasonParams, standard };

  const monthly = roundYuan(dibaoStandard.monthly * household.persons - household.monthlyIncome);
  return { id: 'dibao', eligible: true, monthly, reasonKey: 'dibao.yes', reasonParams: { ...reasonParams, monthly }, standard };
}

/**
 * 低收入人口: per-capita income below 1.5 × the 低保 standard. A 低保 household is itself part of the
 * 低收入人口 that is monitored (民政部 2023), so it is answered yes without a second application.
 */
export function answerDishouru(household: Household, dibao: Eligible): ProgrammeAnswer {
  const { dibaoStandard } = household;
  if (!dibaoStandard) return { id: 'dishouru', eligible: 'maybe', reasonKey: 'dishouru.maybe-no-standard', reasonParams: {} };

  const standard = standardRef(dibaoStandard.standard);
  if (dibao === true) return { id: 'dishouru', eligible: true, reasonKey: 'dishouru.yes-dibao', reasonParams: {}, standard };

  const reasonParams = { perCapita: shownPerCapita(household), limit: roundYuan(DISHOURU_FACTOR * dibaoStandard.monthly) };
  return incomeBelowDibao(household, DISHOURU_FACTOR)
    ? { id: 'dishouru', eligible: true, reasonKey: 'dishouru.yes', reasonParams, standard }
    : { id: 'dishouru', eligible: false, reasonKey: 'dishouru.no-income', reasonParams, standard };
}
