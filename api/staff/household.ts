// The household as staff see it before any reveal: names and ID numbers masked, incomes as declared on the claim.
import { memberAge } from '../cases/checkClaim.ts';
import { maskIdForStaff } from '../domain/idNumber.ts';
import { maskName } from '../domain/personName.ts';
import { maskPhone } from '../domain/phone.ts';
import type { ClaimRequest } from '../schemas/cases.ts';
import type { StaffCase } from '../schemas/staff.ts';

export function maskedApplicant(claim: ClaimRequest): StaffCase['applicant'] {
  return { nameMasked: maskName(claim.applicant.name), idMasked: maskIdForStaff(claim.applicant.idNumber), phoneMasked: maskPhone(claim.applicant.phone) };
}

export function maskedHousehold(claim: ClaimRequest, now: Date): StaffCase['household'] {
  return claim.members.map((member, index) => {
    const shown: StaffCase['household'][number] = {
      index,
      nameMasked: maskName(member.name),
      idMasked: maskIdForStaff(member.idNumber),
      relation: member.relation,
      age: memberAge(member, now),
      incomes: claim.incomes.filter((i) => i.memberIndex === index).map((i) => ({ kind: i.kind, monthly: i.monthly })),
    };
    if (member.disabilityGrade !== undefined) shown.disabilityGrade = member.disabilityGrade;
    if (member.canWork !== undefined) shown.canWork = member.canWork;
    return shown;
  });
}
