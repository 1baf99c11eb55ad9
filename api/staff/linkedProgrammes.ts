// 一门受理 on the staff case page: the household as the claim states it, put through the self-check's own rules.
import { memberAge } from '../cases/checkClaim.ts';
import { linkedSuggestions } from '../domain/casework/linkedProgrammes.ts';
import { checkEligibility, figuresForCounty, type HouseholdMember } from '../domain/eligibility.ts';
import { translate, type Lang } from '../i18n/translate.ts';
import type { ClaimRequest } from '../schemas/cases.ts';
import type { Services } from '../services.ts';

export function linkedProgrammes(services: Services, claim: ClaimRequest, opened: readonly string[], lang: Lang) {
  const now = services.now();
  const members = claim.members.map((m): HouseholdMember => ({
    age: memberAge(m, now),
    ...(m.disabilityGrade !== undefined ? { disabilityGrade: m.disabilityGrade } : {}),
    ...(m.canWork !== undefined ? { canWork: m.canWork } : {}),
  }));
  const monthlyIncome = claim.incomes.reduce((n, i) => n + i.monthly, 0);
  const result = checkEligibility({ county: claim.county, hukou: claim.hukou, members, monthlyIncome }, figuresForCounty(claim.county, services.regions, services.provinces, now));
  return linkedSuggestions(result, claim.programme, opened).map((s) => ({ programme: s.programme, eligible: s.eligible === true ? ('likely' as const) : ('maybe' as const), reason: translate(lang, `eligibility:${s.reasonKey}`, s.reasonParams) }));
}
