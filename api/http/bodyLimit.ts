// Bodies are bounded before they are read: 10 MB for a photo (plus the multipart envelope), 256 KB for JSON.
import { bodyLimit } from 'hono/body-limit';
import type { MiddlewareHandler } from 'hono';
import { UPLOAD_MAX_BYTES } from '../schemas/uploads.ts';
import { ApiError } from './errors.ts';
import { requestHeader } from './requestHeader.ts';

// Each says what was too large: a photo (with its limit), or the typed-in content of a form.
const photoTooLarge = () => {
  throw new ApiError(413, 'payload_too_large');
};
const bodyTooLarge = () => {
  throw new ApiError(413, 'body_too_large');
};
const PHOTO_MAX = UPLOAD_MAX_BYTES + 64 * 1024;
const JSON_MAX = 256 * 1024;
const photoLimit = bodyLimit({ maxSize: PHOTO_MAX, onError: photoTooLarge });
const jsonLimit = bodyLimit({ maxSize: JSON_MAX, onError: bodyTooLarge });

// A declared Content-Length is checked from the header alone: hono's bodyLimit first reads `c.req.raw.body`,
// which turns @hono/node-server's lightweight request into a full Request with a web stream (a third of a lookup).
// Node's parser stops a body at its Content-Length, so only chunked bodies need counting as they stream.
export const limitBody: MiddlewareHandler = (c, next) => {
  const photo = c.req.path.endsWith('/uploads');
  const declared = requestHeader(c, 'content-length');
  if (declared !== undefined && requestHeader(c, 'transfer-encoding') === undefined) {
    if (Number(declared) > (photo ? PHOTO_MAX : JSON_MAX)) return photo ? photoTooLarge() : bodyTooLarge();
    return next();
  }
  return photo ? photoLimit(c, next) : jsonLimit(c, next);
};
