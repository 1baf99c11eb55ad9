import { Hono, type NotFoundHandler } from 'hono';
import { health } from './routes/health.ts';
import { eligibility } from './routes/eligibility.ts';
import { regions } from './routes/regions.ts';
import { uploads } from './routes/uploads.ts';
import { cases } from './routes/cases/index.ts';
import { session } from './routes/session.ts';
import { agentCaseList } from './routes/agentCases.ts';
import { staff } from './routes/staff/index.ts';
import { stats } from './routes/stats.ts';
import { noticesApi } from './routes/notices/index.ts';
import { reportsApi } from './routes/reports/index.ts';
import { ratingsApi } from './routes/ratings.ts';
import { terminalsApi } from './routes/terminals.ts';
import { everyRequest } from './http/everyRequest.ts';
import { ApiError, onApiError } from './http/errors.ts';
import { DOCS_CSP, docsPage, openApiConfig } from './http/docs.ts';
import { featureRouter } from './http/router.ts';
import type { AppEnv } from './http/env.ts';
import type { Services } from './services.ts';
import type { Logger } from './log/logger.ts';

// The /api sub-app; routes are chained so `typeof api` gives the typed client its types.
export const api = featureRouter()
  .basePath('/api')
  .route('/', health)
  .route('/', eligibility)
  .route('/', regions)
  .route('/', uploads)
  .route('/', cases)
  .route('/', session)
  .route('/', agentCaseList)
  .route('/', staff)
  .route('/', stats)
  .route('/', noticesApi)
  .route('/', reportsApi)
  .route('/', ratingsApi)
  .route('/', terminalsApi)
  .doc31('/openapi.json', openApiConfig);

export type Api = typeof api;

/** The whole portal: API and (when given) the built site, under the configured base path; a log line per request when given a logger. */
export function createApp(options: { base: string; services: Services; site?: Hono; live?: Hono<AppEnv>; notFound?: NotFoundHandler; log?: Logger | undefined }) {
  const portal = new Hono<AppEnv>()
    .route('/', api)
    .get('/api/docs', (c) => c.html(docsPage(api.getOpenAPI31Document(openApiConfig).paths as never, 'openapi.json'), 200, { 'Content-Security-Policy': DOCS_CSP }))
    // Unknown /api paths answer with the error body, not the site's HTML 404 page.
    .all('/api/*', () => {
      throw new ApiError(404, 'not_found');
    });
  // Pages whose slot the server fills from the database (api/pages/livePage.ts) before the built files.
  if (options.live) portal.route('/', options.live);
  if (options.site) portal.route('/', options.site);
  const root = new Hono<AppEnv>();
  root.use('*', everyRequest(options.services, options.base, options.log));
  root.route(options.base.replace(/\/$/, '') || '/', portal);
  // The one error handler, here only: one on a sub-app wraps each of its handlers in another compose per request.
  root.onError(onApiError);
  if (options.notFound) root.notFound(options.notFound);
  return root;
}
