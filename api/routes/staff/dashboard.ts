// GET /api/staff/dashboard: the jurisdiction's cases by step, overdue, time to decision and refusals by grounds.
import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../http/responses.ts';
import { featureRouter } from '../../http/router.ts';
import { dashboardQuerySchema, dashboardSchema } from '../../schemas/stats.ts';
import { requireStaff } from '../../staff/access.ts';
import { CASE_READERS } from '../../staff/staffRoles.ts';
import { dashboard } from '../../stats/dashboard.ts';
import { statsPlace } from '../../stats/statsPlace.ts';

const route = createRoute({
  method: 'get',
  path: '/staff/dashboard',
  summary: 'Staff: the dashboard of the county or one township (township roles: their own only; another answers 404)',
  request: { query: dashboardQuerySchema },
  responses: { 200: { description: 'The dashboard', content: { 'application/json': { schema: dashboardSchema } } }, ...errorResponses(401, 403, 404, 422) },
});

export const staffDashboard = featureRouter().openapi(route, async (c) => {
  const account = await requireStaff(c, CASE_READERS);
  return c.json(await dashboard(c.get('services'), statsPlace(account, c.req.valid('query').township)), 200);
});
