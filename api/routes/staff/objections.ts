// Staff: the jurisdiction's objections to 公示 and, when needed to look into one, the objector's contact (recorded).
import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../http/responses.ts';
import { featureRouter } from '../../http/router.ts';
import { revealContactResponseSchema, staffObjectionsQuerySchema, staffObjectionsResponseSchema, trackingNumberParamSchema } from '../../schemas/notices.ts';
import { requireStaff } from '../../staff/access.ts';
import { revealObjectionContact, staffObjections } from '../../staff/objections.ts';
import { CASE_READERS, ID_REVEALERS } from '../../staff/staffRoles.ts';

const list = createRoute({
  method: 'get',
  path: '/staff/objections',
  summary: 'Staff: objections to the jurisdiction’s 公示, newest first (never the objector’s contact)',
  request: { query: staffObjectionsQuerySchema },
  responses: { 200: { description: 'Objections', content: { 'application/json': { schema: staffObjectionsResponseSchema } } }, ...errorResponses(401, 403, 422) },
});

const reveal = createRoute({
  method: 'post',
  path: '/staff/objections/{trackingNumber}/reveal-contact',
  summary: 'Staff: the objector’s contact (x-csrf-token); each reveal is an audit event; 404 outside the jurisdiction or without one',
  request: { params: trackingNumberParamSchema },
  responses: { 200: { description: 'The contact', content: { 'application/json': { schema: revealContactResponseSchema } } }, ...errorResponses(401, 403, 404, 422) },
});

export const staffObjectionRoutes = featureRouter()
  .openapi(list, async (c) => {
    const account = await requireStaff(c, CASE_READERS);
    return c.json({ objections: await staffObjections(c.get('services'), account, c.req.valid('query').status) }, 200);
  })
  .openapi(reveal, async (c) => {
    const account = await requireStaff(c, ID_REVEALERS);
    return c.json({ contact: await revealObjectionContact(c.get('services'), account, c.req.valid('param').trackingNumber) }, 200);
  });
