// The portal on its own Node server (servePortal, as `npm run serve` runs it): the headers every answer carries are
// written together with the handler's own, and a header the handler sets itself wins, sent once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import type { ServerType } from '@hono/node-server';
import { servePortal } from '../../api/http/servePortal.ts';
import { setResponseHeader } from '../../api/http/responseHeaders.ts';
import { DOCS_CSP } from '../../api/http/docs.ts';
import { testApp } from './testApp.ts';

const servers: ServerType[] = [];
afterAll(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))));
async function served(fetch: Parameters<typeof servePortal>[0]['fetch']) {
  const server = await new Promise<ServerType>((resolve) => {
    const s = servePortal({ fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let portal: string;
beforeAll(async () => {
  portal = await served((await testApp({ env: { TRUST_PROXY: '1' } })).app.fetch);
});

describe('the portal on its own Node server', () => {
  it('gives the docs page its own CSP, once, with the headers of every page', async () => {
    const res = await fetch(`${portal}/api/docs`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(DOCS_CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends the API headers, HSTS behind the TLS proxy and the request id with an error body', async () => {
    const res = await fetch(`${portal}/api/no-such-thing`, { headers: { 'x-forwarded-proto': 'https', 'x-request-id': 'proxy-7' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}$/);
    expect(res.headers.get('x-request-id')).toBe('proxy-7');
    expect(((await res.json()) as { requestId: string }).requestId).toBe('proxy-7');
  });

  it('lets a handler\'s own header win in any case of its name, and sends the others with a streamed body too', async () => {
    const app = new Hono()
      .use(async (c, next) => {
        setResponseHeader(c, 'Cache-Control', 'no-store');
        setResponseHeader(c, 'X-Frame-Options', 'DENY');
        await next();
      })
      .get('/own', (c) => c.body('own', 200, { 'cache-control': 'max-age=5' }))
      .get('/stream', (c) => c.body(new ReadableStream({ start: (s) => (s.enqueue(new TextEncoder().encode('streamed')), s.close()) }), 200));
    const base = await served(app.fetch);
    const own = await fetch(`${base}/own`);
    expect([await own.text(), own.headers.get('cache-control'), own.headers.get('x-frame-options')]).toEqual(['own', 'max-age=5', 'DENY']);
    const streamed = await fetch(`${base}/stream`);
    expect([await streamed.text(), streamed.headers.get('cache-control'), streamed.headers.get('x-frame-options')]).toEqual(['streamed', 'no-store', 'DENY']);
  });
});
