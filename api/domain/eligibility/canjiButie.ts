// 两项补贴 (canji-butie, 国发〔2015〕52号): 重度残疾人护理补贴 for grade 1–2, 困难残疾人生活补贴 for disabled
// members of a 低保 household. A member who qualifies for both gets both.
import { findStandard, monthlyAmount, standardRef, type LocalStandard } from '../localStandards.ts';
import { roundYuan } from '../money.ts';
import { isFactuallyUnsupportedChild, isOrphanChild } from './children.ts';
import type { Household } from './household.ts';
import type { Eligible, ProgrammeAnswer } from './types.ts';

function monthlyItem(standards: readonly LocalStandard[], key: string): { standard: LocalStandard; monthly: number } | undefined {
  const standard = findStandard(standards, key);
  const monthly = standard && monthlyAmount(standard);
  return standard && monthly !== undefined ? { standard, monthly } : undefined;
}

export function answerCanjiButie(household: Household, dibao: Eligible, standards: readonly LocalStandard[]): ProgrammeAnswer {
  const disabled = household.members.filter((m) => m.disabilityGrade !== undefined);
  if (disabled.length === 0) return { id: 'canji-butie', eligible: false, reasonKey: 'canji.no-disability', reasonParams: {} };

  const severe = disabled.filter((m) => m.disabilityGrade === 1 || m.disabilityGrade === 2).length;
  // A child paid the 孤儿 or the full 事实无人抚养儿童 living subsidy gets no 困难残疾人生活补贴 on top, only the care
  // allowance (国发〔2015〕52号; 民发〔2019〕62号, as restated by local implementations).
  const livingAllowance = disabled.filter((m) => !isFactuallyUnsupportedChild(m) && !isOrphanChild(m));
  const inDibao = dibao === true ? livingAllowance.length : 0;
  const huli = monthlyItem(standards, 'canji-huli');
  const shenghuo = monthlyItem(standards, 'canji-shenghuo');
  const huliPaid = huli && severe > 0;
  const shenghuoPaid = shenghuo && inDibao > 0;
  const noteKeys = dibao === true && livingAllowance.length < disabled.length ? ['canji.note-wuren'] : undefined;

  if (huliPaid || shenghuoPaid) {
    const monthly = roundYuan((huliPaid ? severe * huli.monthly : 0) + (shenghuoPaid ? inDibao * shenghuo.monthly : 0));
    const reasonKey = huliPaid && shenghuoPaid ? 'canji.yes-both' : huliPaid ? 'canji.yes-huli' : 'canji.yes-shenghuo';
    const standard = standardRef(huliPaid ? huli.standard : shenghuo!.standard, household.today);
    return { id: 'canji-butie', eligible: true, monthly, reasonKey, reasonParams: { monthly }, standard, ...(noteKeys && { noteKeys }) };
  }
  if (severe > 0 || inDibao > 0) return { id: 'canji-butie', eligible: 'maybe', reasonKey: 'canji.maybe-no-standard', reasonParams: {} };
  if (dibao === 'maybe' && livingAllowance.length > 0) return { id: 'canji-butie', eligible: 'maybe', reasonKey: 'canji.maybe-dibao', reasonParams: {} };
  if (livingAllowance.length < disabled.length) return { id: 'canji-butie', eligible: false, reasonKey: 'canji.no-wuren', reasonParams: {} };
  return { id: 'canji-butie', eligible: false, reasonKey: 'canji.no-grade', reasonParams: {} };
}
