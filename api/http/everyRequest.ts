// What every request gets before its route, as one middleware: request id, security headers, the services and the
// base path, then the body limit; with a logger, one log line when the answer is made. Each middleware more is
// another async step of Hono's compose on every request.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';
import type { Services } from '../services.ts';
import type { Logger } from '../log/logger.ts';
import { requestLogger } from '../log/requestLog.ts';
import { assignRequestId } from './requestId.ts';
import { securityHeaders } from './security-headers.ts';
import { limitBody } from './bodyLimit.ts';

export function everyRequest(services: Services, base: string, log?: Logger): MiddlewareHandler<AppEnv> {
  const setSecurityHeaders = securityHeaders(services.trustedProxyHops > 0, base);
  const prepare: MiddlewareHandler<AppEnv> = (c, next) => {
    setSecurityHeaders(c);
    assignRequestId(c);
    c.set('services', services);
    c.set('basePath', base);
    return limitBody(c, next);
  };
  if (!log) return prepare;
  const logRequest = requestLogger(log);
  return async (c, next) => {
    const startedAt = performance.now();
    try {
      await prepare(c, next);
    } catch (thrown) {
      logRequest(c, startedAt, thrown);
      throw thrown;
    }
    logRequest(c, startedAt);
  };
}
