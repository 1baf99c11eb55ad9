// Staff: the county's follow-ups of 差评 (不满意, 非常不满意) — list, page with the rater's comment, and the answer.
import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody } from '../../http/responses.ts';
import { featureRouter } from '../../http/router.ts';
import { followUpAnswerSchema, followUpDetailSchema, followUpIdParamSchema, followUpsResponseSchema } from '../../schemas/ratings.ts';
import { requireStaff } from '../../staff/access.ts';
import { answerFollowUp, staffFollowUp, staffFollowUps } from '../../staff/followUps.ts';
import { CASE_READERS } from '../../staff/staffRoles.ts';

const list = createRoute({
  method: 'get',
  path: '/staff/follow-ups',
  summary: 'Staff (county roles): the county’s follow-ups of 差评, open ones soonest due first, overdue marked; 403 to township roles',
  responses: { 200: { description: 'Follow-ups', content: { 'application/json': { schema: followUpsResponseSchema } } }, ...errorResponses(401, 403) },
});

const page = createRoute({
  method: 'get',
  path: '/staff/follow-ups/{id}',
  summary: 'Staff: one follow-up with the rater’s comment; 404 to township roles and other counties',
  request: { params: followUpIdParamSchema },
  responses: { 200: { description: 'The follow-up', content: { 'application/json': { schema: followUpDetailSchema } } }, ...errorResponses(401, 403, 404, 422) },
});

const answer = createRoute({
  method: 'post',
  path: '/staff/follow-ups/{id}/answer',
  summary: 'Staff (county approver, x-csrf-token): the answer the rater reads in 查进度; once (409 follow_up_answered); an audit event',
  request: { params: followUpIdParamSchema, body: jsonBody(followUpAnswerSchema) },
  responses: { 200: { description: 'The follow-up answered', content: { 'application/json': { schema: followUpDetailSchema } } }, ...errorResponses(401, 403, 404, 409, 422) },
});

export const staffFollowUpRoutes = featureRouter()
  .openapi(list, async (c) => {
    const account = await requireStaff(c, ['county-approver', 'admin']);
    return c.json({ followUps: await staffFollowUps(c.get('services'), account) }, 200);
  })
  .openapi(page, async (c) => {
    const account = await requireStaff(c, CASE_READERS);
    return c.json(await staffFollowUp(c.get('services'), account, c.req.valid('param').id), 200);
  })
  .openapi(answer, async (c) => {
    const account = await requireStaff(c, CASE_READERS);
    return c.json(await answerFollowUp(c.get('services'), account, c.req.valid('param').id, c.req.valid('json').answer), 200);
  });
