import { ApiError } from '../http/errors.ts';
import type { Services } from '../services.ts';
import type { ClaimRequest, ClaimResponse } from '../schemas/cases.ts';
export async function submitClaim(_s: Services, _i: { idempotencyKey: string; claim: ClaimRequest; agent: unknown; lang: string }): Promise<ClaimResponse> {
  throw new ApiError(503, 'not_ready');
}
