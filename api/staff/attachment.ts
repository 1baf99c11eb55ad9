// A case's photo for a staff account of its jurisdiction: read from the uploads folder by the case's own row, never a static path.
import { readFile } from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import { uploads } from '../db/schema/index.ts';
import { ApiError } from '../http/errors.ts';
import { uploadPath } from '../uploads/store.ts';
import type { Services } from '../services.ts';
import type { CaseRow } from './caseForStaff.ts';

const MEDIA_TYPES = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' } as const;

export async function casePhoto(services: Services, row: CaseRow, id: string): Promise<{ bytes: Buffer; mediaType: string }> {
  const [photo] = await services.db.select({ format: uploads.format }).from(uploads).where(and(eq(uploads.id, id), eq(uploads.caseId, row.id)));
  if (!photo) throw new ApiError(404, 'attachment_not_found');
  return storedPhoto(services, id, photo.format);
}

/** A stored photo's bytes and type, once its owner (a case, a report) has been checked; a missing file is 404 too. */
export async function storedPhoto(services: Services, id: string, format: keyof typeof MEDIA_TYPES): Promise<{ bytes: Buffer; mediaType: string }> {
  try {
    return { bytes: await readFile(uploadPath(services, id, format)), mediaType: MEDIA_TYPES[format] };
  } catch {
    throw new ApiError(404, 'attachment_not_found');
  }
}
