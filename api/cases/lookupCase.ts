import { ApiError } from '../http/errors.ts';
import type { Services } from '../services.ts';
import type { CaseView, LookupRequest } from '../schemas/caseView.ts';
export async function lookupCase(_s: Services, _r: LookupRequest, _b: string, _l: string): Promise<CaseView> {
  throw new ApiError(503, 'not_ready');
}
