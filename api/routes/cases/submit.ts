import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody } from '../../http/responses.ts';
import { setResponseHeader } from '../../http/responseHeaders.ts';
import { requestLang } from '../../http/lang.ts';
import { featureRouter } from '../../http/router.ts';
import { claimRequestSchema, claimResponseSchema, idempotencyHeaderSchema } from '../../schemas/cases.ts';
import { submitClaim } from '../../cases/submitClaim.ts';
import { agentFromSession } from '../../agents/session.ts';
import { agentBucket } from '../../cases/claimLimits.ts';
import { limiterBucket } from '../../lookup/bucket.ts';

const route = createRoute({
  method: 'post',
  path: '/cases',
  summary: 'Apply: one claim per Idempotency-Key (a retry gets the same answer)',
  description: 'One open claim per household and programme (一户一案): 409 household_case_open while a member is in one that is being handled or paid. Claims are limited per client and per hour and day (an IP network, a kiosk terminal, a 代办 account): 429 claims_too_many with Retry-After.',
  request: { headers: idempotencyHeaderSchema, body: jsonBody(claimRequestSchema) },
  responses: {
    201: { description: 'The claim is recorded (durably) with its case number', content: { 'application/json': { schema: claimResponseSchema } } },
    ...errorResponses(400, 401, 409, 413, 415, 422, 429),
  },
});

export const submit = featureRouter().openapi(route, async (c) => {
  const services = c.get('services');
  const agent = await agentFromSession(c, services);
  const answer = await submitClaim(services, {
    client: agent ? agentBucket(agent.id) : await limiterBucket(c, services),
    idempotencyKey: c.req.valid('header')['idempotency-key'],
    claim: c.req.valid('json'),
    agent,
    lang: requestLang(c),
  });
  setResponseHeader(c, 'Cache-Control', 'no-store');
  return c.json(answer, 201);
});
