// Checks a claim beyond its shape: the place is ours, indexes point at members, every adult consented, 代办 has its authorisation.
import { chinaDate } from '../domain/calendarDate.ts';
import { checkIdNumber } from '../domain/idNumber.ts';
import type { RegionFile } from '../content/regions.ts';
import { regionForCounty } from '../domain/localStandards.ts';
import { placeTownship } from '../domain/places.ts';
import { ApiError } from '../http/errors.ts';
import type { ClaimRequest } from '../schemas/cases.ts';

/** Adults sign the 家庭经济状况核对授权书 themselves. */
export const ADULT_AGE = 18;

function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function memberAge(member: ClaimRequest['members'][number], now: Date): number {
  const checked = checkIdNumber(member.idNumber, chinaDate(now));
  return checked.ok ? ageOn(checked.birthDate, chinaDate(now)) : (member.age ?? 0);
}

export function checkClaim(claim: ClaimRequest, regions: readonly RegionFile[], now: Date, byAgent: boolean): RegionFile {
  const region = regionForCounty(claim.county, regions);
  if (!region) throw new ApiError(422, 'county_unknown', { field: 'county' });
  // Lists may be incomplete, so a township in none is taken as typed (其他); one of another county is a mistake.
  const place = placeTownship(regions, claim.county, claim.township);
  if (place.kind === 'elsewhere') throw new ApiError(422, 'township_other_county', { field: 'township', params: { township: claim.township.trim(), county: place.countyName } });

  claim.incomes.forEach((income, i) => {
    if (income.memberIndex >= claim.members.length) throw new ApiError(422, 'member_index_invalid', { field: `incomes.${i}.memberIndex` });
  });
  claim.financeCheckConsents.forEach((consent, i) => {
    if (consent.memberIndex >= claim.members.length) throw new ApiError(422, 'member_index_invalid', { field: `financeCheckConsents.${i}.memberIndex` });
  });
  const consented = new Set(claim.financeCheckConsents.map((c) => c.memberIndex));
  claim.members.forEach((member, i) => {
    if (memberAge(member, now) >= ADULT_AGE && !consented.has(i)) {
      throw new ApiError(422, 'finance_check_consent_missing', { field: 'financeCheckConsents', params: { member: i + 1 } });
    }
  });
  if (byAgent && !claim.agentAuthorisation) throw new ApiError(422, 'agent_authorisation_required', { field: 'agentAuthorisation' });
  return region;
}
