// Staff: the county's 举报 and questions — list, page, photos, the approver's steps, and the recorded contact reveal.
import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonBody } from '../../http/responses.ts';
import { featureRouter } from '../../http/router.ts';
import { revealContactResponseSchema } from '../../schemas/notices.ts';
import { reportActionSchema, reportNumberParamSchema, reportPhotoParamSchema, staffReportDetailSchema, staffReportsQuerySchema, staffReportsResponseSchema } from '../../schemas/reports.ts';
import { requireStaff } from '../../staff/access.ts';
import { actOnReport, revealReportContact, reportPhoto, staffReport, staffReports } from '../../staff/reports.ts';
import { CASE_READERS } from '../../staff/staffRoles.ts';

/** County roles: township roles have no reports queue at all (信访工作条例 §30 ¶3). */
const COUNTY_READERS = ['county-approver', 'admin'] as const;

const list = createRoute({
  method: 'get',
  path: '/staff/reports',
  summary: 'Staff (county roles): the county’s 举报 and questions, open ones soonest due first, overdue marked (never the reporter’s contact); 403 to township roles',
  request: { query: staffReportsQuerySchema },
  responses: { 200: { description: 'Reports', content: { 'application/json': { schema: staffReportsResponseSchema } } }, ...errorResponses(401, 403, 422) },
});

const page = createRoute({
  method: 'get',
  path: '/staff/reports/{trackingNumber}',
  summary: 'Staff: one report with its text and photo ids; 404 to township roles and other counties',
  request: { params: reportNumberParamSchema },
  responses: { 200: { description: 'The report', content: { 'application/json': { schema: staffReportDetailSchema } } }, ...errorResponses(401, 403, 404, 422) },
});

const photo = createRoute({
  method: 'get',
  path: '/staff/reports/{trackingNumber}/photos/{id}',
  summary: 'Staff: a report’s photo, to county roles of its county only (never cached)',
  request: { params: reportPhotoParamSchema },
  responses: { 200: { description: 'The photo', content: { 'image/jpeg': { schema: z.string().openapi({ format: 'binary' }) } } }, ...errorResponses(401, 403, 404, 422) },
});

const act = createRoute({
  method: 'post',
  path: '/staff/reports/{trackingNumber}/actions',
  summary: 'Staff (county approver, x-csrf-token): accept (受理), not-accept (with the reply: why, where to go) or answer (with the reply); each an audit event',
  description: '409 report_action_not_allowed when the report is not at the status the step needs (accept and not-accept: received; answer: accepted).',
  request: { params: reportNumberParamSchema, body: jsonBody(reportActionSchema) },
  responses: { 200: { description: 'The report after the step', content: { 'application/json': { schema: staffReportDetailSchema } } }, ...errorResponses(401, 403, 404, 409, 422) },
});

const reveal = createRoute({
  method: 'post',
  path: '/staff/reports/{trackingNumber}/reveal-contact',
  summary: 'Staff (county approver, x-csrf-token): the reporter’s contact; each reveal is an audit event; 404 without one or outside the county',
  request: { params: reportNumberParamSchema },
  responses: { 200: { description: 'The contact', content: { 'application/json': { schema: revealContactResponseSchema } } }, ...errorResponses(401, 403, 404, 422) },
});

export const staffReportRoutes = featureRouter()
  .openapi(list, async (c) => {
    const account = await requireStaff(c, COUNTY_READERS);
    return c.json({ reports: await staffReports(c.get('services'), account, c.req.valid('query').state) }, 200);
  })
  .openapi(page, async (c) => {
    const account = await requireStaff(c, CASE_READERS);
    return c.json(await staffReport(c.get('services'), account, c.req.valid('param').trackingNumber), 200);
  })
  .openapi(photo, async (c) => {
    const account = await requireStaff(c, CASE_READERS);
    const { trackingNumber, id } = c.req.valid('param');
    const found = await reportPhoto(c.get('services'), account, trackingNumber, id);
    return c.body(new Uint8Array(found.bytes), 200, { 'Content-Type': found.mediaType, 'Content-Disposition': 'inline' });
  })
  .openapi(act, async (c) => {
    const account = await requireStaff(c, CASE_READERS);
    return c.json(await actOnReport(c.get('services'), account, c.req.valid('param').trackingNumber, c.req.valid('json')), 200);
  })
  .openapi(reveal, async (c) => {
    const account = await requireStaff(c, CASE_READERS);
    return c.json({ contact: await revealReportContact(c.get('services'), account, c.req.valid('param').trackingNumber) }, 200);
  });
