import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses } from '../../http/responses.ts';
import { featureRouter } from '../../http/router.ts';
import { attachmentParamSchema } from '../../schemas/staff.ts';
import { requireStaff } from '../../staff/access.ts';
import { casePhoto } from '../../staff/attachment.ts';
import { caseForStaff } from '../../staff/caseForStaff.ts';
import { CASE_READERS } from '../../staff/staffRoles.ts';

const route = createRoute({
  method: 'get',
  path: '/staff/cases/{caseNumber}/attachments/{id}',
  summary: 'Staff: a photo of the case, to a staff account of its jurisdiction only (never cached)',
  request: { params: attachmentParamSchema },
  responses: {
    200: { description: 'The photo', content: { 'image/jpeg': { schema: z.string().openapi({ format: 'binary' }) } } },
    ...errorResponses(401, 403, 404, 422),
  },
});

export const staffAttachments = featureRouter().openapi(route, async (c) => {
  const services = c.get('services');
  const account = await requireStaff(c, CASE_READERS);
  const { caseNumber, id } = c.req.valid('param');
  const photo = await casePhoto(services, await caseForStaff(services, account, caseNumber), id);
  return c.body(new Uint8Array(photo.bytes), 200, { 'Content-Type': photo.mediaType, 'Content-Disposition': 'inline' });
});
