// A case's sealed claim, opened on the server for the cross-checks (its members' HMACs: cases/household.ts).
import type { ClaimRequest } from '../schemas/cases.ts';
import type { Sealer } from '../security/sealing.ts';

export function openClaim(sealer: Sealer, claimSealed: string): ClaimRequest {
  return JSON.parse(sealer.open(claimSealed)) as ClaimRequest;
}
