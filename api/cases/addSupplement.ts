import { ApiError } from '../http/errors.ts';
import type { Services } from '../services.ts';
export async function addSupplement(_s: Services, _t: string, _u: string[]): Promise<{ caseNumber: string; uploadedIds: string[] }> {
  throw new ApiError(503, 'not_ready');
}
