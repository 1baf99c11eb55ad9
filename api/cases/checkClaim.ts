// Checks a claim beyond its shape: the place is ours, indexes point at members, every adult consented, 代办 stays in the
// agent's own area with a recent authorisation signed in the past.
import type { Agent } from '../agents/session.ts';
import { addDays, chinaDate } from '../domain/calendarDate.ts';
import { checkIdNumber } from '../domain/idNumber.ts';
import type { RegionFile } from '../content/regions.ts';
import { regionForCounty } from '../domain/localStandards.ts';
import { placeTownship } from '../domain/places.ts';
import { ApiError } from '../http/errors.ts';
import type { ClaimRequest } from '../schemas/cases.ts';

/** Adults sign the 家庭经济状况核对授权书 themselves. */
export const ADULT_AGE = 18;

/** Days a signed 代办 authorisation stays usable where the county has not set its own (county data: agentAuthorisationDays). */
export const DEFAULT_AGENT_AUTHORISATION_DAYS = 90;

/** An agent files for residents of their own township, and of their own village when the account has one. */
function checkAgentArea(claim: ClaimRequest, agent: Agent): void {
  const area = agent.village ? `${agent.township}${agent.village}` : agent.township;
  if (claim.county !== agent.county || claim.township.trim() !== agent.township) {
    throw new ApiError(422, 'agent_outside_area', { field: 'township', params: { area } });
  }
  if (agent.village && (claim.village ?? '').trim() !== agent.village) throw new ApiError(422, 'agent_outside_area', { field: 'village', params: { area } });
}

/** The authorisation was signed on a real past day, no longer ago than the county allows. */
function checkAuthorisationDate(signedOn: string, region: RegionFile, now: Date): void {
  const today = chinaDate(now);
  const days = region.agentAuthorisationDays ?? DEFAULT_AGENT_AUTHORISATION_DAYS;
  if (signedOn > today) throw new ApiError(422, 'agent_authorisation_future', { field: 'agentAuthorisation.signedOn' });
  if (signedOn < addDays(today, -days)) throw new ApiError(422, 'agent_authorisation_old', { field: 'agentAuthorisation.signedOn', params: { days } });
}

function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function memberAge(member: ClaimRequest['members'][number], now: Date): number {
  const checked = checkIdNumber(member.idNumber, chinaDate(now));
  return checked.ok ? ageOn(checked.birthDate, chinaDate(now)) : (member.age ?? 0);
}

export function checkClaim(claim: ClaimRequest, regions: readonly RegionFile[], now: Date, agent: Agent | undefined): RegionFile {
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
  if (agent) {
    checkAgentArea(claim, agent);
    if (!claim.agentAuthorisation) throw new ApiError(422, 'agent_authorisation_required', { field: 'agentAuthorisation' });
    checkAuthorisationDate(claim.agentAuthorisation.signedOn, region, now);
  }
  return region;
}
