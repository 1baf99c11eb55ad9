import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody } from '../../http/responses.ts';
import { featureRouter } from '../../http/router.ts';
import { bearerHeaderSchema, supplementRequestSchema, supplementResponseSchema } from '../../schemas/caseView.ts';
import { addSupplement } from '../../cases/addSupplement.ts';

const route = createRoute({
  method: 'post',
  path: '/cases/supplement',
  summary: '需补正: send the missing documents (Authorization: Bearer <accessToken from lookup>)',
  request: { headers: bearerHeaderSchema, body: jsonBody(supplementRequestSchema) },
  responses: {
    200: { description: 'The photos are attached to the case', content: { 'application/json': { schema: supplementResponseSchema } } },
    ...errorResponses(400, 401, 409, 413, 415, 422),
  },
});

export const supplement = featureRouter().openapi(route, async (c) => {
  c.header('Cache-Control', 'no-store');
  const token = c.req.valid('header').authorization.slice('Bearer '.length);
  const answer = await addSupplement(c.get('services'), token, c.req.valid('json').uploadIds);
  return c.json(answer, 200);
});
