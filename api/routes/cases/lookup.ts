import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonText } from '../../http/responses.ts';
import { setResponseHeader } from '../../http/responseHeaders.ts';
import { requestLang } from '../../http/lang.ts';
import { featureRouter } from '../../http/router.ts';
import { bodyReadInHandler, jsonInput } from '../../http/jsonInput.ts';
import { caseViewSchema, lookupRequestSchema, type CaseView } from '../../schemas/caseView.ts';
import { lookupCase } from '../../cases/lookupCase.ts';
import { limiterBucket } from '../../lookup/bucket.ts';

const route = createRoute({
  method: 'post',
  path: '/cases/lookup',
  summary: 'Follow a case: case number + last 6 of the ID number or the query code',
  request: { body: jsonBody(lookupRequestSchema) },
  responses: {
    200: { description: 'The case timeline', content: { 'application/json': { schema: caseViewSchema } } },
    ...errorResponses(400, 401, 404, 413, 415, 422, 429),
  },
});

const app = featureRouter();
// The busiest route: its body is read by the handler (jsonInput), not by zod-openapi's validators.
export const lookup = app.openapi(bodyReadInHandler(app, route), async (c) => {
  setResponseHeader(c, 'Cache-Control', 'no-store');
  const services = c.get('services');
  const request = await jsonInput(c, lookupRequestSchema);
  const bucket = await limiterBucket(c, services);
  return jsonText<CaseView, 200>(c, await lookupCase(services, request, bucket, requestLang(c)), 200);
});
