// 临时救助 (linshi-jiuzhu) and 医疗救助 (yiliao-jiuzhu): the first answers to an emergency, the second follows the
// household's other status.
import type { Eligible, ProgrammeAnswer } from './types.ts';

/** 临时救助 depends on a sudden hardship the self-check does not ask about. */
export function answerLinshiJiuzhu(): ProgrammeAnswer {
  return { id: 'linshi-jiuzhu', eligible: 'maybe', reasonKey: 'linshi.maybe', reasonParams: {} };
}

/** 医疗救助 covers 低保, 特困 and 低收入 households: yes if any of them is yes, maybe if any is maybe. */
export function answerYiliaoJiuzhu(statuses: readonly Eligible[]): ProgrammeAnswer {
  if (statuses.includes(true)) return { id: 'yiliao-jiuzhu', eligible: true, reasonKey: 'yiliao.yes', reasonParams: {} };
  if (statuses.includes('maybe')) return { id: 'yiliao-jiuzhu', eligible: 'maybe', reasonKey: 'yiliao.maybe', reasonParams: {} };
  return { id: 'yiliao-jiuzhu', eligible: false, reasonKey: 'yiliao.no', reasonParams: {} };
}
