import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../http/responses.ts';
import { requestLang } from '../../http/lang.ts';
import { featureRouter } from '../../http/router.ts';
import { caseNumberParamSchema, staffCaseSchema, staffQueueQuerySchema, staffQueueResponseSchema } from '../../schemas/staff.ts';
import { requireStaff } from '../../staff/access.ts';
import { caseForStaff } from '../../staff/caseForStaff.ts';
import { staffCaseDetail } from '../../staff/caseDetail.ts';
import { caseQueue } from '../../staff/caseQueue.ts';
import { CASE_READERS } from '../../staff/staffRoles.ts';

const list = createRoute({
  method: 'get',
  path: '/staff/cases',
  summary: 'Staff: the cases of the caller\'s jurisdiction, soonest due first, filtered by step, status, overdue or q',
  request: { query: staffQueueQuerySchema },
  responses: {
    200: { description: 'The queue', content: { 'application/json': { schema: staffQueueResponseSchema } } },
    ...errorResponses(401, 403, 422),
  },
});

const detail = createRoute({
  method: 'get',
  path: '/staff/cases/{caseNumber}',
  summary: 'Staff: one case with its household (masked), events, photos, flags and the actions allowed now; 404 outside the jurisdiction',
  request: { params: caseNumberParamSchema },
  responses: {
    200: { description: 'The case', content: { 'application/json': { schema: staffCaseSchema } } },
    ...errorResponses(401, 403, 404, 422),
  },
});

export const staffCases = featureRouter()
  .openapi(list, async (c) => {
    const account = await requireStaff(c, CASE_READERS);
    return c.json(await caseQueue(c.get('services'), account, c.req.valid('query'), requestLang(c)), 200);
  })
  .openapi(detail, async (c) => {
    const services = c.get('services');
    const account = await requireStaff(c, CASE_READERS);
    const row = await caseForStaff(services, account, c.req.valid('param').caseNumber);
    return c.json(await staffCaseDetail(services, account, row, requestLang(c), c.get('basePath')), 200);
  });
