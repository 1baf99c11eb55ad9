// Who the client is: the socket's address, or behind TRUST_PROXY the address the trusted proxy appended to
// X-Forwarded-For. Entries left of that one are whatever the client wrote, so they are never read.
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { isIP } from 'node:net';
import { requestHeader } from './requestHeader.ts';

/** TRUST_PROXY=1 trusts TRUST_PROXY_HOPS proxies (default 1); unset or 0 trusts none. Anything else stops the start. */
export function trustedProxyHops(env: NodeJS.ProcessEnv): number {
  const trust = env['TRUST_PROXY'] ?? '0';
  if (trust !== '0' && trust !== '1' && trust !== '') throw new Error(`TRUST_PROXY must be 1 or 0, not "${trust}"`);
  if (trust !== '1') return 0;
  const hops = env['TRUST_PROXY_HOPS'] ?? '1';
  if (!/^[1-9]\d?$/.test(hops)) throw new Error(`TRUST_PROXY_HOPS must be the number of proxies in front (1–99), not "${hops}"`);
  return Number(hops);
}

/** The entry `hops` trusted proxies wrote: the hops-th from the right (or the left-most when fewer), if it is an IP. */
export function forwardedClient(header: string | undefined, hops: number): string | undefined {
  if (!header || hops < 1) return undefined;
  const entries = header.split(',');
  const entry = entries[Math.max(0, entries.length - hops)]!.trim();
  return isIP(entry) ? entry : undefined;
}

function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined; // app.request() in tests has no socket
  }
}

/** The client's IP address ('unknown' without a socket); an IPv4 address mapped into IPv6 is given as IPv4. */
export function clientAddress(c: Context, hops: number): string {
  const address = (hops > 0 ? forwardedClient(requestHeader(c, 'x-forwarded-for'), hops) : undefined) ?? socketAddress(c) ?? 'unknown';
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
}

/** One client for limits: an IPv4 address, or an IPv6 /64 (one household's or phone's network hands out many). */
export function limitedClient(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = '', tail] = address.toLowerCase().split('::');
  const groupsOf = (part: string) => (part === '' ? [] : part.split(':').flatMap((g) => (g.includes('.') ? ['v4', 'v4'] : [g])));
  const left = groupsOf(head);
  const right = tail === undefined ? [] : groupsOf(tail);
  const groups = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
