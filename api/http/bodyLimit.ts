// Bodies are bounded before they are read: 10 MB for a photo (plus the multipart envelope), 256 KB for JSON.
import { bodyLimit } from 'hono/body-limit';
import type { MiddlewareHandler } from 'hono';
import { UPLOAD_MAX_BYTES } from '../schemas/uploads.ts';
import { ApiError } from './errors.ts';

// Each says what was too large: a photo (with its limit), or the typed-in content of a form.
const photoTooLarge = () => {
  throw new ApiError(413, 'payload_too_large');
};
const bodyTooLarge = () => {
  throw new ApiError(413, 'body_too_large');
};
const photoLimit = bodyLimit({ maxSize: UPLOAD_MAX_BYTES + 64 * 1024, onError: photoTooLarge });
const jsonLimit = bodyLimit({ maxSize: 256 * 1024, onError: bodyTooLarge });

export const limitBody: MiddlewareHandler = (c, next) => (c.req.path.endsWith('/uploads') ? photoLimit(c, next) : jsonLimit(c, next));
