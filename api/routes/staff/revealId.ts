import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody } from '../../http/responses.ts';
import { featureRouter } from '../../http/router.ts';
import { caseNumberParamSchema, revealIdRequestSchema, revealIdResponseSchema } from '../../schemas/staff.ts';
import { requireStaff } from '../../staff/access.ts';
import { caseForStaff } from '../../staff/caseForStaff.ts';
import { revealIdNumber } from '../../staff/revealId.ts';
import { ID_REVEALERS } from '../../staff/staffRoles.ts';

const route = createRoute({
  method: 'post',
  path: '/staff/cases/{caseNumber}/reveal-id',
  summary: 'Staff: the whole ID number of the applicant or a member (x-csrf-token); each reveal is an audit event',
  request: { params: caseNumberParamSchema, body: jsonBody(revealIdRequestSchema) },
  responses: {
    200: { description: 'The ID number', content: { 'application/json': { schema: revealIdResponseSchema } } },
    ...errorResponses(400, 401, 403, 404, 415, 422),
  },
});

export const staffRevealId = featureRouter().openapi(route, async (c) => {
  const services = c.get('services');
  const account = await requireStaff(c, ID_REVEALERS);
  const row = await caseForStaff(services, account, c.req.valid('param').caseNumber);
  return c.json({ idNumber: await revealIdNumber(services, account, row, c.req.valid('json').member) }, 200);
});
