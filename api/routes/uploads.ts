import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../http/responses.ts';
import { featureRouter } from '../http/router.ts';
import { limiterBucket } from '../lookup/bucket.ts';
import { uploadResponseSchema } from '../schemas/uploads.ts';
import { chargeUpload } from '../uploads/quota.ts';
import { storeUpload } from '../uploads/store.ts';
import { uploadBody } from '../uploads/uploadBody.ts';

// A plain OpenAPI schema, not zod: the form is parsed by an image worker, not by a validator on the event loop.
const uploadRequestSchema = {
  type: 'object' as const,
  required: ['file'],
  properties: { file: { type: 'string' as const, format: 'binary', description: 'The photo: JPEG, PNG or WebP (checked by its first bytes), ≤ 10 MB, ≤ 50 megapixels.' } },
};

const route = createRoute({
  method: 'post',
  path: '/uploads',
  summary: 'A document photo (JPEG/PNG/WebP ≤ 10 MB, ≤ 50 MP), stored as a JPEG ≤ 2400 px without EXIF/GPS',
  request: { body: { required: true, content: { 'multipart/form-data': { schema: uploadRequestSchema } } } },
  responses: {
    201: { description: 'Stored; attach it to a claim within 24 hours', content: { 'application/json': { schema: uploadResponseSchema } } },
    ...errorResponses(400, 413, 415, 422, 429, 503),
  },
});

export const uploads = featureRouter().openapi(route, async (c) => {
  const services = c.get('services');
  const bucket = await limiterBucket(c, services);
  const body = await uploadBody(c);
  chargeUpload(services.uploadQuota, bucket, body.length, services.now());
  const stored = await storeUpload(services, body);
  return c.json(stored, 201);
});
