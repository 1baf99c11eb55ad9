// /api/reports: 举报 and questions, and the reporter's lookup (issue 10).
import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody } from '../../http/responses.ts';
import { featureRouter } from '../../http/router.ts';
import { limiterBucket } from '../../lookup/bucket.ts';
import { fileReport } from '../../reports/fileReport.ts';
import { lookupReport } from '../../reports/lookupReport.ts';
import { filedResponseSchema, filingLookupRequestSchema } from '../../schemas/notices.ts';
import { reportOutcomeSchema, reportRequestSchema } from '../../schemas/reports.ts';

const file = createRoute({
  method: 'post',
  path: '/reports',
  summary: 'File a 举报 or a question to a county’s bureau (anonymous allowed): it goes to the county only, never to a township',
  description: 'The county says within 15 days whether it takes it up (信访工作条例 §23 ¶2) and answers within 60 days of that (参照 §34). 422 report_county_unknown, township_other_county, upload_unknown; 429 reports_too_many (per client).',
  request: { body: jsonBody(reportRequestSchema) },
  responses: { 201: { description: 'Filed: the tracking number and the query code (shown only now)', content: { 'application/json': { schema: filedResponseSchema } } }, ...errorResponses(400, 401, 413, 415, 422, 429) },
});

const lookup = createRoute({
  method: 'post',
  path: '/reports/lookup',
  summary: 'The reporter reads the status, the dates and the county’s answer: tracking number and query code (404 report_not_found for either wrong)',
  request: { body: jsonBody(filingLookupRequestSchema) },
  responses: { 200: { description: 'Where it stands', content: { 'application/json': { schema: reportOutcomeSchema } } }, ...errorResponses(400, 401, 404, 415, 422, 429) },
});

export const reportsApi = featureRouter()
  .openapi(file, async (c) => {
    c.header('Cache-Control', 'no-store');
    const services = c.get('services');
    return c.json(await fileReport(services, c.req.valid('json'), await limiterBucket(c, services)), 201);
  })
  .openapi(lookup, async (c) => {
    c.header('Cache-Control', 'no-store');
    const services = c.get('services');
    return c.json(await lookupReport(services, c.req.valid('json'), await limiterBucket(c, services)), 200);
  });
