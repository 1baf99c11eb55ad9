import { ApiError } from '../http/errors.ts';
import type { Services } from '../services.ts';
import type { UploadResponse } from '../schemas/uploads.ts';
export async function storeUpload(_services: Services, _bytes: Uint8Array): Promise<UploadResponse> {
  throw new ApiError(503, 'not_ready');
}
