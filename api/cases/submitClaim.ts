// Recording a claim: made ready outside the database (prepareClaim.ts), then the idempotency key, the case, its
// household's members and its first event commit together in a group commit on a connection checked for
// synchronous=FULL (recordClaims.ts) before the 201 is sent; a retry with the same key replays the answer. A new claim
// counts against its client's limits and is refused while a member of its household is in an open claim of the same
// programme (一户一案).
import { raiseAlert } from '../alerts/raiseAlert.ts';
import type { ClaimResponse } from '../schemas/cases.ts';
import type { Services } from '../services.ts';
import { prepareClaim, type Submission } from './prepareClaim.ts';

export type { Submission } from './prepareClaim.ts';

export async function submitClaim(services: Services, submission: Submission): Promise<ClaimResponse> {
  const { claim, limitReached } = prepareClaim(services, submission);
  try {
    return await services.claims(claim);
  } finally {
    // After the batch: an alert is a write of its own.
    const reached = limitReached();
    if (reached) void raiseAlert(services, 'claim_limit', reached);
  }
}
