// A photo is decoded with a pixel limit and re-encoded, so EXIF (GPS, device) and anything hidden after
// the image data is gone; it is stored under a random name outside the web root.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import sharp from 'sharp';
import { uploads } from '../db/schema/index.ts';
import { createFileDurably } from '../files/durableFile.ts';
import { ApiError } from '../http/errors.ts';
import type { UploadResponse } from '../schemas/uploads.ts';
import type { Services } from '../services.ts';
import { imageFormatOf, type ImageFormat } from './magic.ts';
import { sweepExpiredUploads } from './sweep.ts';

/** Largest decoded image, pixels (a 48 MP phone photo fits; a decompression bomb does not). */
export const UPLOAD_MAX_PIXELS = 50_000_000;
/** An upload not attached to a claim within this time is deleted. */
export const UPLOAD_TTL_MS = 24 * 60 * 60_000;

async function reencode(bytes: Uint8Array, format: ImageFormat) {
  // .rotate() applies the EXIF orientation before the metadata is dropped, so the page stays upright.
  const image = sharp(bytes, { limitInputPixels: UPLOAD_MAX_PIXELS, failOn: 'error' }).rotate();
  const encoded = format === 'png' ? image.png() : format === 'webp' ? image.webp({ quality: 85 }) : image.jpeg({ quality: 85, mozjpeg: true });
  try {
    return await encoded.toBuffer({ resolveWithObject: true });
  } catch {
    throw new ApiError(422, 'image_unreadable', { field: 'file' });
  }
}

export function uploadPath(services: Services, id: string, format: ImageFormat): string {
  return join(services.uploadsDir, `${id}.${format}`);
}

export async function storeUpload(services: Services, bytes: Uint8Array): Promise<UploadResponse> {
  const format = imageFormatOf(bytes);
  if (!format) throw new ApiError(415, 'unsupported_image', { field: 'file' });
  const { data, info } = await reencode(bytes, format);
  const id = randomBytes(16).toString('base64url');
  // On disk before the row that lets a claim rely on it.
  await createFileDurably(uploadPath(services, id, format), data, 0o600);
  const now = services.now();
  await services.writes(() => services.db.insert(uploads).values({
    id,
    format,
    bytes: data.length,
    width: info.width,
    height: info.height,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + UPLOAD_TTL_MS).toISOString(),
  }));
  void sweepExpiredUploads(services).catch(() => undefined);
  return { uploadId: id, bytes: data.length, width: info.width, height: info.height };
}
