// Staff answers are never kept by a browser or proxy: set before the handler and again on whatever answer it made (errors too).
import type { MiddlewareHandler } from 'hono';

export const noStore: MiddlewareHandler = async (c, next) => {
  c.header('Cache-Control', 'no-store');
  await next();
  c.res.headers.set('Cache-Control', 'no-store');
};
