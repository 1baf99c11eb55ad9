import { ApiError } from '../http/errors.ts';
export async function readUploadFile(file: File | string): Promise<Uint8Array> {
  if (typeof file === 'string') throw new ApiError(422, 'validation', { field: 'file', messageKey: 'field.file' });
  return new Uint8Array(await file.arrayBuffer());
}
