import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses } from '../http/responses.ts';
import { featureRouter } from '../http/router.ts';
import { uploadResponseSchema } from '../schemas/uploads.ts';

// Server-only: a File has no JSON Schema of its own, so its OpenAPI shape is stated here.
const uploadRequestSchema = z.object({
  /** The photo: JPEG, PNG or WebP (checked by its first bytes), ≤ 10 MB. */
  file: z.union([z.instanceof(File), z.string()]).openapi({ type: 'string', format: 'binary' }),
});
import { storeUpload } from '../uploads/store.ts';
import { readUploadFile } from '../uploads/readFile.ts';

const route = createRoute({
  method: 'post',
  path: '/uploads',
  summary: 'A document photo (JPEG/PNG/WebP ≤ 10 MB), re-encoded without EXIF/GPS',
  request: { body: { required: true, content: { 'multipart/form-data': { schema: uploadRequestSchema } } } },
  responses: {
    201: { description: 'Stored; attach it to a claim within 24 hours', content: { 'application/json': { schema: uploadResponseSchema } } },
    ...errorResponses(400, 413, 415, 422, 429),
  },
});

export const uploads = featureRouter().openapi(route, async (c) => {
  const file = await readUploadFile(c.req.valid('form').file);
  const stored = await storeUpload(c.get('services'), file);
  return c.json(stored, 201);
});
