// The people of a case's household as the cross-checks compare them: whole ID numbers, normalised, from the sealed claim.
import { normalizeIdNumber } from '../domain/idNumber.ts';
import type { ClaimRequest } from '../schemas/cases.ts';
import type { Sealer } from '../security/sealing.ts';
import { idNumberHmac } from '../cases/idNumberHash.ts';

/** Every member's normalised ID number, the applicant's first (the applicant is also listed as a member). */
export function householdIdNumbers(claim: ClaimRequest): string[] {
  return [...new Set([claim.applicant.idNumber, ...claim.members.map((m) => m.idNumber)].map(normalizeIdNumber))];
}

export function openClaim(sealer: Sealer, claimSealed: string): ClaimRequest {
  return JSON.parse(sealer.open(claimSealed)) as ClaimRequest;
}

/** The keyed HMACs kin declarations are stored as, for each member. */
export function householdHmacs(sealer: Sealer, claim: ClaimRequest): string[] {
  return householdIdNumbers(claim).map((id) => idNumberHmac(sealer, id));
}
