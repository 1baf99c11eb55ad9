// One log line per request: id, method, route pattern, status and milliseconds, and for a failure its stack frames.
// Only these: never a body, a query string, the raw path (it holds case numbers), a header, a name or an ID number.
import type { Context } from 'hono';
import type { AppEnv } from '../http/env.ts';
import type { Logger } from './logger.ts';
import { errorForLog } from './errorForLog.ts';

export type RequestLogger = (c: Context<AppEnv>, startedAt: number, thrown?: unknown) => void;

export function requestLogger(log: Logger): RequestLogger {
  return (c, startedAt, thrown) => {
    const failure = thrown ?? c.error;
    // A thrown error is answered after this line by the error handler: its status is the error's (500 unless it says).
    const status = thrown === undefined ? c.res.status : ((thrown as { status?: number }).status ?? 500);
    const line = { requestId: c.get('requestId'), method: c.req.method, route: c.req.routePath, status, ms: Math.round((performance.now() - startedAt) * 10) / 10 };
    if (status >= 500) log.error({ ...line, error: failure === undefined ? undefined : errorForLog(failure) }, 'request failed');
    else log.info(line, 'request');
  };
}
