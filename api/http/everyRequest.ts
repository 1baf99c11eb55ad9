// What every request gets before its route, as one middleware: request id, security headers, the services and the
// base path, then the body limit. Each middleware more is another async step of Hono's compose on every request.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';
import type { Services } from '../services.ts';
import { assignRequestId } from './requestId.ts';
import { securityHeaders } from './security-headers.ts';
import { limitBody } from './bodyLimit.ts';

export function everyRequest(services: Services, base: string): MiddlewareHandler<AppEnv> {
  const setSecurityHeaders = securityHeaders(services.trustedProxyHops > 0, base);
  // Not async: it hands on next()'s own promise.
  return (c, next) => {
    setSecurityHeaders(c);
    assignRequestId(c);
    c.set('services', services);
    c.set('basePath', base);
    return limitBody(c, next);
  };
}
