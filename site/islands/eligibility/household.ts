// The self-check form as typed (strings, so nothing is ever cleared) and its reading into the rules' input.
import { DISABILITY_TYPES, type DisabilityType, type EligibilityInput, type HouseholdMember, type Hukou } from '../../../api/domain/eligibility.ts';
import type { FieldError } from '../apply/ErrorSummary.tsx';

export type YesNoUnsure = '' | 'yes' | 'no';

export interface MemberForm {
  age: string;
  /** '' when the member has no 残疾证, else '1'–'4'. */
  grade: string;
  /** '' when not known, else one of DISABILITY_TYPES. */
  disabilityType: string;
  canWork: YesNoUnsure;
  hasSupporter: YesNoUnsure;
  isOrphan: boolean;
  parentsUnable: boolean;
  /** Where an elder retired from with a pension; some 高龄津贴 rules exclude such retirees. */
  retiredFrom: RetiredFrom;
}

/** '' not sure; 'none' no pension from an employer; else the kind of employer retired from. */
export type RetiredFrom = '' | 'none' | 'public-sector' | 'enterprise';
export const RETIRED_FROM: readonly RetiredFrom[] = ['', 'none', 'public-sector', 'enterprise'];

/** From this age the form asks where the member retired from. */
export const RETIREE_QUESTION_AGE = 60;

export interface CheckForm {
  county: string;
  hukou: Hukou | '';
  members: MemberForm[];
  monthlyIncome: string;
}

export const emptyMember = (): MemberForm => ({ age: '', grade: '', disabilityType: '', canWork: '', hasSupporter: '', isOrphan: false, parentsUnable: false, retiredFrom: '' });

/** Whole numbers typed with full-width digits or spaces read as numbers; anything else is NaN. */
export function readNumber(text: string): number {
  const folded = text.replace(/[\uFF10-\uFF19]/g, (d) => String(d.charCodeAt(0) - 0xff10)).replace(/[\s,，]/g, '');
  return /^\d+(\.\d{1,2})?$/.test(folded) ? Number(folded) : Number.NaN;
}

function readMember(form: MemberForm): HouseholdMember {
  const member: HouseholdMember = { age: readNumber(form.age) };
  if (form.grade) member.disabilityGrade = Number(form.grade) as 1 | 2 | 3 | 4;
  if (form.grade && (DISABILITY_TYPES as readonly string[]).includes(form.disabilityType)) member.disabilityType = form.disabilityType as DisabilityType;
  if (form.canWork) member.canWork = form.canWork === 'yes';
  if (form.hasSupporter) member.hasSupporter = form.hasSupporter === 'yes';
  if (form.isOrphan) member.isOrphan = true;
  if (form.parentsUnable) member.parentsUnable = true;
  if (form.retiredFrom && member.age >= RETIREE_QUESTION_AGE) {
    member.retiredFromPublicSector = form.retiredFrom === 'public-sector';
    member.retiredFromEnterprise = form.retiredFrom === 'enterprise';
  }
  return member;
}

/** Error message keys per field id, or the input for checkEligibility. */
export function readCheckForm(form: CheckForm, message: (key: string, params?: Record<string, number>) => string):
  { ok: true; input: EligibilityInput } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (!form.county) errors.push({ field: 'check-county', message: message('error.county') });
  if (!form.hukou) errors.push({ field: 'check-hukou-urban', message: message('error.hukou') });
  form.members.forEach((m, i) => {
    const age = readNumber(m.age);
    if (!Number.isInteger(age) || age > 130) errors.push({ field: `check-age-${i}`, message: message('error.age', { n: i + 1 }) });
  });
  const income = readNumber(form.monthlyIncome);
  if (Number.isNaN(income)) errors.push({ field: 'check-income', message: message('error.income') });
  if (errors.length > 0 || !form.hukou) return { ok: false, errors };
  return { ok: true, input: { county: form.county, hukou: form.hukou, members: form.members.map(readMember), monthlyIncome: income } };
}
