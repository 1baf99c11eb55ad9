// GET /api/stats: a county's public statistics, aggregates only, cells under 5 people suppressed.
import { createRoute } from '@hono/zod-openapi';
import { countyUnit } from '../domain/places.ts';
import { ApiError } from '../http/errors.ts';
import { errorResponses } from '../http/responses.ts';
import { featureRouter } from '../http/router.ts';
import { statsQuerySchema, statsResponseSchema } from '../schemas/stats.ts';
import { countyStats } from '../stats/countyStats.ts';

const route = createRoute({
  method: 'get',
  path: '/stats',
  summary: 'Public statistics of a county: households, people and amounts paid per programme, township and month; median time to decision',
  description: 'A cell of fewer than 5 people is suppressed ({ suppressed: true }, no figure); totals add up only the cells shown, so no filter or subtraction gives a suppressed cell back.',
  request: { query: statsQuerySchema },
  responses: { 200: { description: 'The statistics', content: { 'application/json': { schema: statsResponseSchema } } }, ...errorResponses(404, 422) },
});

export const stats = featureRouter().openapi(route, async (c) => {
  const { county, ...query } = c.req.valid('query');
  const services = c.get('services');
  if (!countyUnit(services.regions, county)) throw new ApiError(404, 'stats_county_unknown');
  c.header('Cache-Control', 'public, max-age=60');
  return c.json(await countyStats(services, county, query), 200);
});
