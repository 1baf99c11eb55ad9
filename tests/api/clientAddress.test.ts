// Finding 4 of issue 8: behind TRUST_PROXY the client is the address the trusted proxy appended (the right-most, or
// TRUST_PROXY_HOPS from the right), only when it is an IP; without TRUST_PROXY the header is ignored. Observed through
// the limit on one client's failed lookups (20), on a real server so the socket address is real.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from './testApp.ts';
import { fileClaim } from './residents.ts';

const servers: { close: () => void }[] = [];
let nextPort = 4622;
afterAll(() => servers.forEach((s) => s.close()));

async function portalBehind(env: Record<string, string>) {
  const t = await testApp({ env });
  const target = await fileClaim(t);
  const server = serve({ fetch: t.app.fetch, port: nextPort++, hostname: '127.0.0.1' });
  servers.push(server);
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  const lookup = async (forwardedFor: string | undefined, caseNumber: string, factor: string) =>
    (await fetch(`http://127.0.0.1:${port}/api/cases/lookup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor }) },
      body: JSON.stringify({ caseNumber, factor }),
    })).status;
  /** 20 failed lookups with the given headers, then whether the owner's right lookup is refused with `then`. */
  const lockedAfterGuesses = async (guess: (i: number) => string | undefined, then: string | undefined) => {
    for (let i = 0; i < 20; i++) expect(await lookup(guess(i), `1000000000${10 + i}`, '000000')).toBe(404);
    return (await lookup(then, target.caseNumber, target.idLast6)) === 429;
  };
  return { lockedAfterGuesses };
}

describe('the client address behind the county\'s reverse proxy', () => {
  it('takes the address the proxy appended, whatever the client wrote to its left', async () => {
    const portal = await portalBehind({ TRUST_PROXY: '1' });
    expect(await portal.lockedAfterGuesses((i) => `6.6.6.${i}, 203.0.113.7`, '9.9.9.9, 203.0.113.7')).toBe(true);
  });

  it('does not count another resident behind the same proxy against the guesser', async () => {
    const portal = await portalBehind({ TRUST_PROXY: '1' });
    expect(await portal.lockedAfterGuesses(() => '203.0.113.8, 203.0.113.9', '203.0.113.9, 203.0.113.10')).toBe(false);
  });

  it('takes the second address from the right with TRUST_PROXY_HOPS=2', async () => {
    const portal = await portalBehind({ TRUST_PROXY: '1', TRUST_PROXY_HOPS: '2' });
    expect(await portal.lockedAfterGuesses((i) => `6.6.6.${i}, 2001:db8::7, 10.0.0.1`, '2001:db8::7, 10.0.0.2')).toBe(true);
  });

  it('does not take an entry that is not an IP address: the request counts as the proxy\'s own', async () => {
    const portal = await portalBehind({ TRUST_PROXY: '1' });
    expect(await portal.lockedAfterGuesses((i) => `guess-${i}`, undefined)).toBe(true);
  });

  it('ignores the header without TRUST_PROXY', async () => {
    const portal = await portalBehind({});
    expect(await portal.lockedAfterGuesses((i) => `6.6.6.${i}`, '9.9.9.9')).toBe(true);
  });
});
