// /api/notices: 公示 online — current notices, the archive, objections and their outcome (issue 10).
import { createRoute } from '@hono/zod-openapi';
import { chinaDate } from '../../domain/calendarDate.ts';
import { errorResponses, jsonBody } from '../../http/responses.ts';
import { featureRouter } from '../../http/router.ts';
import { limiterBucket } from '../../lookup/bucket.ts';
import { fileObjection } from '../../notices/fileObjection.ts';
import { archivedNotices, currentNotices } from '../../notices/listNotices.ts';
import { lookupObjection } from '../../notices/lookupObjection.ts';
import { archiveResponseSchema, filedResponseSchema, filingLookupRequestSchema, noticeIdParamSchema, noticePlaceQuerySchema, noticesResponseSchema, objectionOutcomeSchema, objectionRequestSchema } from '../../schemas/notices.ts';

/** Notices change when staff post one or an objection takes one down: a minute's staleness is fine, a day's is not. */
const PUBLIC_CACHE = 'public, max-age=60';

const list = createRoute({
  method: 'get',
  path: '/notices',
  summary: '公示 now posted (from ≤ today ≤ to, China date), by county, township and village; names masked, nothing else personal',
  request: { query: noticePlaceQuerySchema },
  responses: { 200: { description: 'Current notices', content: { 'application/json': { schema: noticesResponseSchema } } }, ...errorResponses(422) },
});

const archive = createRoute({
  method: 'get',
  path: '/notices/archive',
  summary: '公示 that ended: place, programme, dates and how many households, without names',
  request: { query: noticePlaceQuerySchema },
  responses: { 200: { description: 'Ended notices, newest first', content: { 'application/json': { schema: archiveResponseSchema } } }, ...errorResponses(422) },
});

const object = createRoute({
  method: 'post',
  path: '/notices/{id}/objections',
  summary: 'Object to a 公示 while it is posted: the case pauses until the township finds on it',
  description: '404 notice_not_found; 409 notice_not_current (over, not yet posted, or taken down); 429 objections_too_many (per client and notice).',
  request: { params: noticeIdParamSchema, body: jsonBody(objectionRequestSchema) },
  responses: { 201: { description: 'Filed: the tracking number and the query code (shown only now)', content: { 'application/json': { schema: filedResponseSchema } } }, ...errorResponses(400, 404, 409, 413, 415, 422, 429) },
});

const lookup = createRoute({
  method: 'post',
  path: '/notices/objections/lookup',
  summary: 'The objector reads the outcome: tracking number and query code (404 objection_not_found for either wrong)',
  request: { body: jsonBody(filingLookupRequestSchema) },
  responses: { 200: { description: 'Status, dates and the township’s finding', content: { 'application/json': { schema: objectionOutcomeSchema } } }, ...errorResponses(400, 401, 404, 415, 422, 429) },
});

export const noticesApi = featureRouter()
  .openapi(list, async (c) => {
    const services = c.get('services');
    const found = await currentNotices(services, c.req.valid('query'), chinaDate(services.now()));
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json({ notices: found }, 200);
  })
  .openapi(archive, async (c) => {
    const services = c.get('services');
    const found = await archivedNotices(services, c.req.valid('query'), chinaDate(services.now()));
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json({ notices: found }, 200);
  })
  .openapi(object, async (c) => {
    c.header('Cache-Control', 'no-store');
    const services = c.get('services');
    const filed = await fileObjection(services, c.req.valid('param').id, c.req.valid('json'), await limiterBucket(c, services));
    return c.json(filed, 201);
  })
  .openapi(lookup, async (c) => {
    c.header('Cache-Control', 'no-store');
    const services = c.get('services');
    return c.json(await lookupObjection(services, c.req.valid('json'), await limiterBucket(c, services)), 200);
  });
