// The `file` field of the multipart form, bounded at 10 MB.
import { ApiError } from '../http/errors.ts';
import { UPLOAD_MAX_BYTES } from '../schemas/uploads.ts';

export async function readUploadFile(file: File | string): Promise<Uint8Array> {
  if (typeof file === 'string') throw new ApiError(422, 'validation', { field: 'file', messageKey: 'field.file' });
  if (file.size > UPLOAD_MAX_BYTES) throw new ApiError(413, 'payload_too_large');
  return new Uint8Array(await file.arrayBuffer());
}
