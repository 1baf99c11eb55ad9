// Whether the browser reached us over TLS: directly, or through the county's TLS proxy when it is trusted.
import type { Context } from 'hono';
import { requestHeader } from './requestHeader.ts';

/** True for an https request URL, or (only with TRUST_PROXY) when the proxy's X-Forwarded-Proto says https. */
export function servedOverTls(c: Context, trustProxy: boolean): boolean {
  if (c.req.url.startsWith('https:')) return true;
  if (!trustProxy) return false;
  const proto = requestHeader(c, 'x-forwarded-proto');
  // The right-most value is the one our own proxy set; anything left of it came from the client.
  return proto !== undefined && proto.slice(proto.lastIndexOf(',') + 1).trim().toLowerCase() === 'https';
}
