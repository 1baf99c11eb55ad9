// A request header read from Node's own parsed headers when the portal runs on @hono/node-server: c.req.header()
// checks the name with a regex, lower-cases it and looks it up again on every call, which across a lookup's seven
// headers cost more than the rest of the middleware. Node has already trimmed each value and joined repeated ones
// with ", " (a repeated Content-Length it refuses), as c.req.header() answers for these names; Content-Type, which
// Node keeps only the first of, has its own.
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

/** Content-Type as c.req.header() reads it: every Content-Type line, joined with ", " (Node's parsed headers keep the first). */
export function requestContentType(c: Context): string | undefined {
  const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
  if (!incoming) return c.req.header('content-type');
  const first = incoming.headers['content-type'];
  if (first === undefined) return undefined;
  const raw = incoming.rawHeaders;
  let lines = 0;
  for (let i = 0; i < raw.length; i += 2) if (raw[i]!.length === 12 && raw[i]!.toLowerCase() === 'content-type') lines++;
  // Almost always one line; more (which no browser sends) are joined as c.req.header() joins them.
  return lines > 1 ? c.req.header('content-type') : first;
}
