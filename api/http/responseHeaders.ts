// Headers every response carries (security headers, request id, no-store) go straight onto Node's response when the
// portal runs on @hono/node-server: c.header() makes a WHATWG Headers object per request, whose validation, copying
// and sorting cost more than the rest of a lookup's own work. Node merges them with whatever the handler answers.
import type { Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';

export function setResponseHeader(c: Context, name: string, value: string): void {
  const outgoing = (c.env as Partial<HttpBindings> | undefined)?.outgoing;
  // Without a Node response (app.request() in tests, other runtimes), the ordinary way.
  if (outgoing) outgoing.setHeader(name, value);
  else c.header(name, value);
}
