// The portal on its Node server, as `npm run serve` runs it (servePortal): headers written with the handler's own, body limits read
// from Content-Length, and the cached lookup answer. app.request() in the other tests never reaches these paths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { ServerType } from '@hono/node-server';
import { servePortal } from '../../api/http/servePortal.ts';
import type { DemoSeed, SeededCase } from '../../api/db/seed/index.ts';
import { readToken } from '../../api/security/tokens.ts';
import { seedDemo, testApp } from './testApp.ts';

let t: Awaited<ReturnType<typeof testApp>>;
let demo: SeededCase[];
let seed: DemoSeed;
let server: ServerType;
let base: string;
beforeAll(async () => {
  t = await testApp();
  seed = await seedDemo(t);
  demo = seed.cases;
  await new Promise<void>((resolve) => {
    server = servePortal({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (path: string, body: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const approved = () => demo.find((d) => d.stage === 'approved')!;

/** A raw HTTP/1.1 request, so the test decides between Content-Length and chunked. */
function rawPost(path: string, chunks: string[], headers: Record<string, string>) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('the portal on the Node server', () => {
  it('sends the security headers, the request id and no-store with a lookup, each once', async () => {
    const res = await post('/api/cases/lookup', JSON.stringify({ caseNumber: approved().caseNumber, factor: approved().idLast6 }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-content-type-options')).not.toContain(',');
  });

  it('answers the same view as the app itself, with a token of its own that opens the case', async () => {
    const body = JSON.stringify({ caseNumber: approved().caseNumber, factor: approved().queryCode });
    const viaNode = (await (await post('/api/cases/lookup', body)).json()) as Record<string, unknown>;
    const viaApp = (await (await t.post('/api/cases/lookup', body)).json()) as Record<string, unknown>;
    expect(Object.keys(viaNode)).toEqual(Object.keys(viaApp));
    expect({ ...viaNode, accessToken: '-' }).toEqual({ ...viaApp, accessToken: '-' });
    expect(readToken(t.services.sealer, viaNode['accessToken'] as string, Date.now())).toMatch(/^case:\d+$/);
  });

  it('puts the request id of an error body in the header, and keeps a plain one the caller sent', async () => {
    const res = await post('/api/cases/lookup', JSON.stringify({ caseNumber: '100000000000', factor: '999999' }), { 'x-request-id': 'proxy-42' });
    expect(res.status).toBe(404);
    expect(res.headers.get('x-request-id')).toBe('proxy-42');
    expect(((await res.json()) as { requestId: string }).requestId).toBe('proxy-42');
    const odd = await post('/api/cases/lookup', '{}', { 'x-request-id': 'a b' });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(odd.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('reads the kiosk key and the language from Node\'s own headers: a forged key is refused, each answer in English when asked', async () => {
    const body = JSON.stringify({ caseNumber: approved().caseNumber, factor: approved().idLast6 });
    const forged = await post('/api/cases/lookup', body, { 'x-terminal-key': 'forged', 'accept-language': 'en-GB,en;q=0.9' });
    expect(forged.status).toBe(401);
    expect(((await forged.json()) as { code: string; message: string })).toMatchObject({ code: 'unauthorised', message: expect.stringMatching(/^[\x20-\x7e]+$/) });
    const kiosk = await post('/api/cases/lookup', body, { 'x-terminal-key': seed.credentials.terminals[0]!.key, 'accept-language': 'en' });
    expect(kiosk.status).toBe(200);
    const view = (await kiosk.json()) as { steps: { title: string }[] };
    expect(view.steps[0]!.title).toMatch(/^[\x20-\x7e]+$/);
    const chinese = (await (await post('/api/cases/lookup', body)).json()) as { steps: { title: string }[] };
    expect(chinese.steps[0]!.title).toMatch(/[\u4e00-\u9fff]/);
  });

  it('reads the body\'s declared type from Node\'s headers as the app does: JSON with a charset is taken, another type, none or two are not', async () => {
    const body = JSON.stringify({ caseNumber: approved().caseNumber, factor: approved().idLast6 });
    expect((await post('/api/cases/lookup', body, { 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
    expect((await post('/api/cases/lookup', body, { 'content-type': 'text/plain' })).status).toBe(415);
    const port = (server.address() as AddressInfo).port;
    const statusOf = (head: string) =>
      new Promise<string>((resolve) => {
        const socket = net.connect(port, '127.0.0.1', () => socket.end(`POST /api/cases/lookup HTTP/1.1\r\nHost: x\r\nConnection: close\r\n${head}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`));
        let answer = '';
        socket.on('data', (d) => (answer += d));
        socket.on('end', () => resolve(answer.split('\r\n')[0]!));
      });
    expect(await statusOf('')).toBe('HTTP/1.1 415 Unsupported Media Type');
    expect(await statusOf('Content-Type: application/json\r\nContent-Type: application/json\r\n')).toBe('HTTP/1.1 415 Unsupported Media Type');
    expect(await statusOf('Content-Type: application/json\r\n')).toBe('HTTP/1.1 200 OK');
  });

  it('refuses a JSON body over 256 KB whether it declares its length or comes in chunks', async () => {
    const big = JSON.stringify({ county: '431225', pad: 'x'.repeat(300_000) });
    const declared = await rawPost('/api/eligibility', [big], { 'content-length': String(Buffer.byteLength(big)) });
    const chunked = await rawPost('/api/eligibility', [big.slice(0, 150_000), big.slice(150_000)], { 'transfer-encoding': 'chunked' });
    for (const res of [declared, chunked]) {
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body)).toMatchObject({ code: 'body_too_large' });
    }
    const small = JSON.stringify({ caseNumber: approved().caseNumber, factor: approved().idLast6 });
    const chunkedSmall = await rawPost('/api/cases/lookup', [small.slice(0, 10), small.slice(10)], { 'transfer-encoding': 'chunked', 'x-terminal-key': seed.credentials.terminals[0]!.key });
    expect(chunkedSmall.status).toBe(200);
  });
});
