// Document photos: POST /api/uploads (multipart field `file`).
import { z } from 'zod';

/** Largest accepted upload, bytes (10 MB). */
export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
/** Most photos attached to one claim. */
export const UPLOADS_PER_CLAIM = 10;

export const uploadIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/);

export const uploadResponseSchema = z.object({
  /** Opaque id to list in a claim's uploadIds; expires unless attached within 24 hours. */
  uploadId: uploadIdSchema,
  /** Size of the re-encoded image as stored, bytes. */
  bytes: z.number().int(),
  /** Width in pixels after re-encoding. */
  width: z.number().int(),
  /** Height in pixels after re-encoding. */
  height: z.number().int(),
});

export type UploadResponse = z.infer<typeof uploadResponseSchema>;
