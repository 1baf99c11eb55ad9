// Headers every response carries (security headers, request id, no-store) go straight to Node's response when the
// portal runs on @hono/node-server: c.header() makes a WHATWG Headers object per request, whose validation, copying
// and sorting cost more than the rest of a lookup's own work. On the portal's own server they wait for writeHead
// (see portalResponse.ts); on another Node server they are set with setHeader. Node merges them with whatever the
// handler answers, the handler's own winning.
import type { Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import { PortalResponse } from './portalResponse.ts';

export function setResponseHeader(c: Context, name: string, value: string): void {
  const outgoing = (c.env as Partial<HttpBindings> | undefined)?.outgoing;
  if (outgoing instanceof PortalResponse) (outgoing.portalHeaders ??= {})[name] = value;
  else if (outgoing) outgoing.setHeader(name, value);
  // Without a Node response (app.request() in tests, other runtimes), the ordinary way.
  else c.header(name, value);
}

/** Several at once (the security headers): on the portal's own server one copy of the record. */
export function setResponseHeaders(c: Context, headers: Readonly<Record<string, string>>): void {
  const outgoing = (c.env as Partial<HttpBindings> | undefined)?.outgoing;
  if (outgoing instanceof PortalResponse && outgoing.portalHeaders === undefined) outgoing.portalHeaders = { ...headers };
  else for (const name in headers) setResponseHeader(c, name, headers[name]!);
}
