import type { situationIds } from '../schemas/policy.ts';
import type { PolicyPage } from './policies.ts';

/**
 * For each life situation on the home page, the programmes that fit it best, first to last. A page's own
 * `situations` decide whether it is listed; this only orders. A listed page missing here follows in catalog order.
 */
export const situationFit: Record<(typeof situationIds)[number], readonly string[]> = {
  // 家里有老人: the allowance every old person gets by age comes before what depends on poverty or care needs.
  elderly: ['gaoling-jintie', 'yanglao-fuwu', 'tekun', 'dibao', 'liulang-jiuzhu'],
  // 孩子没人照顾: care for children left alone, then money for those nobody raises, then orphans.
  children: ['liushou-ertong', 'wuren-fuyang', 'guer', 'tekun', 'shouyang', 'liulang-jiuzhu'],
  // 生病了: help with the bills first, then sudden hardship, then living costs.
  sick: ['yiliao-jiuzhu', 'linshi-jiuzhu', 'dibao', 'dishouru', 'cishan'],
  // 遭灾了: disaster relief is the programme for it; 临时救助 covers what it does not.
  disaster: ['shouzai-jiuzhu', 'linshi-jiuzhu', 'cishan'],
  marriage: ['jiehun', 'lihun'],
  funeral: ['binzang'],
  organisation: ['shehui-zuzhi'],
  // 家里生活困难: the monthly safety nets first, then one-off and specific help.
  poor: ['dibao', 'tekun', 'linshi-jiuzhu', 'dishouru', 'yiliao-jiuzhu', 'canji-butie', 'shouzai-jiuzhu', 'yanglao-fuwu', 'yidi-banqian', 'binzang', 'liulang-jiuzhu', 'cishan', 'hedui'],
  // 家里有残疾人: the two disability allowances first.
  disabled: ['canji-butie', 'tekun', 'dibao', 'dishouru', 'liulang-jiuzhu'],
};

/** The programmes of a situation, those that fit it best first. */
export function policiesForSituation(situation: (typeof situationIds)[number], policies: PolicyPage[]): PolicyPage[] {
  const rank = (p: PolicyPage) => {
    const at = situationFit[situation].indexOf(p.id);
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  // Array.prototype.sort is stable: pages without a rank keep their catalog order.
  return policies.filter((p) => p.data.situations.includes(situation)).sort((a, b) => rank(a) - rank(b));
}
