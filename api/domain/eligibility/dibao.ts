// 最低生活保障 (dibao) and 低收入人口认定 (dishouru): both measured against the 低保 line.
import { roundYuan } from '../money.ts';
import { householdStanding, lineRef, shownPerCapita, type Household } from './household.ts';
import type { Eligible, ProgrammeAnswer } from './types.ts';

/** 低保边缘: per-capita income below this multiple of the 低保 standard (民政部 practice; some provinces use 2). */
export const DISHOURU_FACTOR = 1.5;

/** 低保: per-capita income strictly below the line; the estimate is the top-up to the line for everyone. */
export function answerDibao(household: Household): ProgrammeAnswer {
  const line = household.dibaoLine;
  if (!line) return { id: 'dibao', eligible: 'maybe', reasonKey: 'dibao.maybe-no-standard', reasonParams: {} };

  const standard = lineRef(household)!;
  const reasonParams = { perCapita: shownPerCapita(household), standard: roundYuan(line.monthly), year: line.standard.year ?? '', highest: roundYuan(line.provinceHighest) };
  const standing = householdStanding(household)!;
  if (line.level === 'province') {
    return standing === 'near'
      ? { id: 'dibao', eligible: 'maybe', reasonKey: 'dibao.maybe-province', reasonParams, standard }
      : { id: 'dibao', eligible: false, reasonKey: 'dibao.no-province', reasonParams, standard };
  }
  if (standing === 'near') return { id: 'dibao', eligible: 'maybe', reasonKey: 'dibao.maybe-old-line', reasonParams, standard };
  if (standing === 'above') return { id: 'dibao', eligible: false, reasonKey: 'dibao.no-income', reasonParams, standard };

  const monthly = roundYuan(line.monthly * household.persons - household.monthlyIncome);
  const reasonKey = line.stale ? 'dibao.yes-old-line' : 'dibao.yes';
  return { id: 'dibao', eligible: true, monthly, reasonKey, reasonParams: { ...reasonParams, monthly }, standard };
}

/**
 * 低收入人口: per-capita income below 1.5 × the 低保 line. A 低保 household is itself part of the 低收入人口 that is
 * monitored (国办发〔2023〕39号), so it is answered yes without a second application. Above the margin, a household
 * with heavy unavoidable costs (刚性支出: illness, schooling, disability) may still be recognised, so the reason says so.
 */
export function answerDishouru(household: Household, dibao: Eligible): ProgrammeAnswer {
  const line = household.dibaoLine;
  if (!line) return { id: 'dishouru', eligible: 'maybe', reasonKey: 'dishouru.maybe-no-standard', reasonParams: {} };

  const standard = lineRef(household)!;
  if (dibao === true) return { id: 'dishouru', eligible: true, reasonKey: 'dishouru.yes-dibao', reasonParams: {}, standard };

  const limit = line.level === 'province' ? line.provinceHighest : line.monthly;
  const reasonParams = { perCapita: shownPerCapita(household), limit: roundYuan(DISHOURU_FACTOR * limit), year: line.standard.year ?? '' };
  const standing = householdStanding(household, DISHOURU_FACTOR)!;
  if (standing === 'below') return { id: 'dishouru', eligible: true, reasonKey: 'dishouru.yes', reasonParams, standard };
  if (standing === 'near') {
    const reasonKey = line.level === 'province' ? 'dishouru.maybe-province' : 'dishouru.maybe-old-line';
    return { id: 'dishouru', eligible: 'maybe', reasonKey, reasonParams, standard };
  }
  return { id: 'dishouru', eligible: false, reasonKey: 'dishouru.no-income', reasonParams, standard };
}
