// POST /api/ratings: 好差评 after a case has ended (查进度) or at the end of a kiosk session (issue 10).
import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody } from '../http/responses.ts';
import { featureRouter } from '../http/router.ts';
import { limiterBucket } from '../lookup/bucket.ts';
import { rateService } from '../ratings/rateService.ts';
import { ratingRequestSchema, ratingResponseSchema } from '../schemas/ratings.ts';

const rate = createRoute({
  method: 'post',
  path: '/ratings',
  summary: 'Rate a service: an ended case (caseNumber + queryCode) or a kiosk session (terminal, sent with that terminal’s X-Terminal-Key); level 5 非常满意 … 1 非常不满意',
  description: 'One rating per case (409 rating_exists); 409 rating_case_not_ended while the case is being worked on; 404 case_not_found for an unknown number or a wrong code; 422 rating_terminal_unknown; 429 ratings_too_many. Levels 2 and 1 open a follow-up in the county’s queue.',
  request: { body: jsonBody(ratingRequestSchema) },
  responses: { 201: { description: 'Rated (and the follow-up’s due date for a 差评)', content: { 'application/json': { schema: ratingResponseSchema } } }, ...errorResponses(400, 401, 404, 409, 415, 422, 429) },
});

export const ratingsApi = featureRouter().openapi(rate, async (c) => {
  c.header('Cache-Control', 'no-store');
  const services = c.get('services');
  return c.json(await rateService(services, c.req.valid('json'), await limiterBucket(c, services)), 201);
});
