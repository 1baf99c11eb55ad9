// A request header read from Node's own parsed headers when the portal runs on @hono/node-server: c.req.header()
// checks the name with a regex, lower-cases it and looks it up again on every call, which across a lookup's seven
// headers cost more than the rest of the middleware. Node has already trimmed each value and joined repeated ones
// with ", ", as c.req.header() answers for these names; content-type (and the other headers Node keeps only once
// of) must go through c.req.header() to be read the same.
import type { Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';

type JoinedHeader = 'accept-language' | 'content-length' | 'transfer-encoding' | 'x-forwarded-for' | 'x-forwarded-proto' | 'x-request-id' | 'x-terminal-key';

export function requestHeader(c: Context, name: JoinedHeader): string | undefined {
  const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
  // Without a Node request (app.request() in tests, other runtimes), the ordinary way.
  if (!incoming) return c.req.header(name);
  const value = incoming.headers[name];
  return typeof value === 'string' ? value : undefined;
}
