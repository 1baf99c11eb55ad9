import { Hono, type NotFoundHandler } from 'hono';
import { requestId } from 'hono/request-id';
import { health } from './routes/health.ts';
import { securityHeaders } from './http/security-headers.ts';

// The /api sub-app; routes are chained so `typeof api` gives the typed client its types.
export const api = new Hono().basePath('/api').route('/', health);

export type Api = typeof api;

/** The whole portal: API and (when given) the built site, under the configured base path. */
export function createApp(options: { base: string; site?: Hono; notFound?: NotFoundHandler }) {
  const portal = new Hono().route('/', api);
  if (options.site) portal.route('/', options.site);
  const root = new Hono();
  root.use('*', requestId(), securityHeaders);
  root.route(options.base.replace(/\/$/, '') || '/', portal);
  if (options.notFound) root.notFound(options.notFound);
  return root;
}
