import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody } from '../../http/responses.ts';
import { setResponseHeader } from '../../http/responseHeaders.ts';
import { requestLang } from '../../http/lang.ts';
import { featureRouter } from '../../http/router.ts';
import { claimRequestSchema, claimResponseSchema, idempotencyHeaderSchema } from '../../schemas/cases.ts';
import { submitClaim } from '../../cases/submitClaim.ts';
import { agentFromSession } from '../../agents/session.ts';

const route = createRoute({
  method: 'post',
  path: '/cases',
  summary: 'Apply: one claim per Idempotency-Key (a retry gets the same answer)',
  request: { headers: idempotencyHeaderSchema, body: jsonBody(claimRequestSchema) },
  responses: {
    201: { description: 'The claim is recorded (durably) with its case number', content: { 'application/json': { schema: claimResponseSchema } } },
    ...errorResponses(400, 401, 413, 415, 422, 429),
  },
});

export const submit = featureRouter().openapi(route, async (c) => {
  const services = c.get('services');
  const agent = await agentFromSession(c, services);
  const answer = await submitClaim(services, {
    idempotencyKey: c.req.valid('header')['idempotency-key'],
    claim: c.req.valid('json'),
    agent,
    lang: requestLang(c),
  });
  setResponseHeader(c, 'Cache-Control', 'no-store');
  return c.json(answer, 201);
});
