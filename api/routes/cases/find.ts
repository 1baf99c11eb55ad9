import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody } from '../../http/responses.ts';
import { requestLang } from '../../http/lang.ts';
import { featureRouter } from '../../http/router.ts';
import { findCasesRequestSchema, findCasesResponseSchema } from '../../schemas/caseList.ts';
import { findCases } from '../../cases/findCases.ts';
import { limiterBucket } from '../../lookup/bucket.ts';

const route = createRoute({
  method: 'post',
  path: '/cases/find',
  summary: 'Lost case number: the applicant\'s whole ID number, name and last 4 digits of the phone → their cases',
  description: 'Answers 200 with an empty list for any combination that matches nothing, so it does not tell whether an ID number has cases. Failures are limited per client and per ID number from one client, like lookups.',
  request: { body: jsonBody(findCasesRequestSchema) },
  responses: {
    200: { description: 'The matching cases, newest first (possibly none)', content: { 'application/json': { schema: findCasesResponseSchema } } },
    ...errorResponses(400, 401, 413, 415, 422, 429),
  },
});

export const find = featureRouter().openapi(route, async (c) => {
  c.header('Cache-Control', 'no-store');
  const services = c.get('services');
  const bucket = await limiterBucket(c, services);
  const found = await findCases(services, c.req.valid('json'), bucket, requestLang(c));
  return c.json({ cases: found }, 200);
});
