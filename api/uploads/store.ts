// An upload's body goes to an image worker when the image queue lets it in; the worker stores the photo under a
// random name outside the web root (see processUpload.ts) and the row recording it is written here.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { uploads } from '../db/schema/index.ts';
import { ApiError } from '../http/errors.ts';
import type { UploadResponse } from '../schemas/uploads.ts';
import type { Services } from '../services.ts';
import type { UploadBody } from './imageWorkers.ts';
import type { ImageFormat } from './magic.ts';
import { photoQueueBusy } from './openUploads.ts';
import type { Processed } from './processUpload.ts';

export function uploadPath(services: Services, id: string, format: ImageFormat): string {
  return join(services.uploadsDir, `${id}.${format}`);
}

function refusal(problem: Exclude<Processed, { ok: true }>['problem'], maxPixels: number): ApiError {
  switch (problem) {
    case 'malformed':
      return new ApiError(400, 'malformed_body');
    case 'no_file':
      return new ApiError(422, 'validation', { field: 'file', messageKey: 'field.file' });
    case 'too_large':
      return new ApiError(413, 'payload_too_large');
    case 'unsupported':
      return new ApiError(415, 'unsupported_image', { field: 'file' });
    case 'too_many_pixels':
      return new ApiError(422, 'image_too_many_pixels', { field: 'file', params: { megapixels: maxPixels / 1e6, wanPixels: maxPixels / 1e4 } });
    case 'timed_out':
      return photoQueueBusy();
    case 'unreadable':
      return new ApiError(422, 'image_unreadable', { field: 'file' });
  }
}

export async function storeUpload(services: Services, body: UploadBody): Promise<UploadResponse> {
  const rules = services.uploadRules;
  const id = randomBytes(16).toString('base64url');
  const image = await services.imageQueue.run(() => services.imageWorkers.process(body, uploadPath(services, id, 'jpeg'), rules));
  if (!image.ok) throw refusal(image.problem, rules.maxPixels);
  const now = services.now();
  await services.writes(() => services.db.insert(uploads).values({
    id,
    format: 'jpeg',
    bytes: image.bytes,
    width: image.width,
    height: image.height,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + rules.ttlMs).toISOString(),
  }));
  return { uploadId: id, bytes: image.bytes, width: image.width, height: image.height };
}
