// Random and malformed requests at every public and staff operation of the real server (fast-check): bodies, content
// types, encodings, odd Unicode, headers, truncated and huge uploads. Never a 5xx, never a crash, memory bounded, and
// every refusal the one error body with a code. FUZZ_RUNS sets the length (`npm run fuzz` runs it long).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../api/startServer.ts';
import { distDir } from '../support/built-pages.ts';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 250);
let server: RunningServer;
let dir: string;
let staffCookie = '';
let csrf = '';
let operations: { method: string; path: string }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mzy-fuzz-'));
  server = await startServer({
    port: 0, hostname: '127.0.0.1', base: '/', siteRoot: distDir, seedDemo: true, production: false,
    databaseUrl: `file:${join(dir, 'portal.db')}`, uploadsDir: join(dir, 'uploads'),
    env: { MZY_DATA_KEY: randomBytes(32).toString('hex'), TRUST_PROXY: '1' },
  });
  const doc = (await (await send('GET', 'api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
  operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path: `api${path}` })));
  // A township clerk's session, so the staff operations are reached past the sign-in check too.
  const clerk = server.seed!.credentials.staff!.find((s) => s.username === 'linchen-jingban')!;
  const signedIn = await send('POST', 'api/session', JSON.stringify({ username: clerk.username, password: clerk.password }), { 'content-type': 'application/json' });
  expect(signedIn.status).toBe(200);
  staffCookie = signedIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  csrf = ((await signedIn.json()) as { csrfToken: string }).csrfToken;
}, 60_000);
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

function send(method: string, path: string, body?: string | Uint8Array, headers: Record<string, string> = {}) {
  return fetch(`http://127.0.0.1:${server.port}/${path}`, { method, ...(body === undefined || method === 'GET' || method === 'HEAD' ? {} : { body: body as BodyInit }), headers: { 'x-forwarded-for': '198.51.100.1', ...headers }, redirect: 'manual' });
}

// Odd Unicode: lone surrogates, zero-width and direction marks, NUL, emoji, characters outside the BMP.
const oddText = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom('\uD800', '\uDFFF\uD800', '\u200B\u202E', '\0', '𠀀𪚥', '﷽', '林城镇'.repeat(2000), 'a'.repeat(70_000)));
const jsonish = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.anything({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null'),
  fc.json().map((j) => j.slice(0, Math.max(0, j.length - 1 - (j.length >> 1)))),
  oddText.map((s) => JSON.stringify({ name: s, idNumber: s, phone: s, caseNo: s, queryCode: s, programme: s, reason: s })),
  fc.constant('{"a":'.repeat(5000)),
);
const body = fc.oneof(jsonish, oddText, fc.uint8Array({ maxLength: 4096 }), fc.integer({ min: 1, max: 3 }).map((mb) => 'x'.repeat(mb * 1024 * 1024)));
const contentType = fc.option(fc.constantFrom('application/json', 'application/json; charset=utf-16', 'text/plain', 'multipart/form-data; boundary=zz', 'multipart/form-data', 'image/jpeg', 'application/x-www-form-urlencoded', 'application/json;;;', '\u00ff/\u00ff'), { nil: undefined });
// Header values must be ByteStrings: odd text goes through as Latin-1-safe bytes.
const headerValue = oddText.map((s) => Buffer.from(s).toString('latin1').replace(/[\x00-\x1f\x7f]/g, '').slice(0, 2000));
const headers = fc.record({
  'accept-language': fc.option(fc.oneof(fc.constantFrom('en', 'zh-CN', 'ug', '*', 'en;q=abc'), headerValue), { nil: undefined }),
  'x-terminal-key': fc.option(headerValue, { nil: undefined }),
  'idempotency-key': fc.option(headerValue, { nil: undefined }),
  'x-csrf-token': fc.option(headerValue, { nil: undefined }),
  'x-forwarded-for': fc.option(fc.oneof(fc.ipV4(), fc.ipV6(), headerValue), { nil: undefined }),
  'x-forwarded-proto': fc.option(fc.constantFrom('https', 'http', 'https, http', 'gopher'), { nil: undefined }),
}, { requiredKeys: [] });
const pathSegment = fc.oneof(fc.constantFrom('MZ2026431225000001', '..', '%00', '%E4%B8', 'X'.repeat(3000)), oddText.map((s) => encodeURIComponent(s.slice(0, 200).toWellFormed())));

async function expectStandardAnswer(res: Response, where: string) {
  const text = await res.text();
  expect(res.status, `${where}: ${text.slice(0, 300)}`).toBeLessThan(500);
  if (res.status >= 400) {
    const error = JSON.parse(text) as { code?: unknown; message?: unknown };
    expect(typeof error.code, `${where}: ${text.slice(0, 300)}`).toBe('string');
    expect(typeof error.message, where).toBe('string');
  }
}

describe('fuzzing every operation', () => {
  it(`${RUNS} random requests: no 5xx, the one error body on every refusal`, { timeout: 60_000 + RUNS * 200 }, async () => {
    const rssBefore = process.memoryUsage().rss;
    await fc.assert(
      fc.asyncProperty(fc.nat(), pathSegment, fc.option(body, { nil: undefined }), contentType, headers, fc.boolean(), async (pick, segment, payload, type, extra, asStaff) => {
        const op = operations[pick % operations.length]!;
        const path = op.path.replace(/\{[^}]+\}/g, segment);
        const sent: Record<string, string> = Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined)) as Record<string, string>;
        if (type) sent['content-type'] = type;
        if (asStaff) Object.assign(sent, { cookie: staffCookie, 'x-csrf-token': sent['x-csrf-token'] ?? csrf, origin: `http://127.0.0.1:${server.port}` });
        const res = await send(op.method, path, payload, sent);
        // Refusals of our own carry JSON; a request Node's parser rejects never reaches the app.
        if (res.headers.get('content-type')?.includes('application/json') || res.status >= 500) await expectStandardAnswer(res, `${op.method} ${path}`);
        else {
          expect(res.status, `${op.method} ${path}`).toBeLessThan(400);
          await res.arrayBuffer();
        }
      }),
      { numRuns: RUNS },
    );
    expect((await send('GET', 'api/health')).status).toBe(200);
    // Bounded: a few hundred requests with bodies up to 3 MB leave no lasting growth beyond a few such bodies.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(400 * 1024 * 1024);
  });
});

/** Sends raw bytes on a socket and returns what came back before the server closed it or 3 s passed. */
function raw(bytes: string | Buffer, closeAfterWrite = false): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(server.port, '127.0.0.1');
    let answer = '';
    const done = () => resolve(answer);
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('error', done);
    socket.on('close', done);
    socket.setTimeout(3000, () => socket.destroy());
    socket.write(bytes, () => closeAfterWrite && socket.end());
  });
}

describe('malformed uploads and requests on the wire', () => {
  const status = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);

  it('a truncated photo upload (body shorter than its Content-Length) leaves the server answering', async () => {
    const head = `POST /api/uploads HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 5000000\r\n\r\n`;
    await raw(`${head}--b\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\xff\xe0`, true);
    expect((await send('GET', 'api/health')).status).toBe(200);
  });

  it('a declared upload over the limit is refused before it is read, with the photo-size message', async () => {
    const answer = await raw(`POST /api/uploads HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 900000000\r\n\r\n--b\r\n`);
    expect(status(answer)).toBe(413);
    expect(answer).toMatch(/"code":"[a-z_]+"/);
  });

  it('a body of invalid UTF-8 and one in chunks that never end are refused or timed out, never a 5xx', async () => {
    const invalid = Buffer.from('{"caseNo":"\xc3\x28\xa0\xa1\xe2\x28\xa1","queryCode":"\xff\xfe"}', 'latin1');
    const bad = Buffer.concat([Buffer.from(`POST /api/cases/lookup HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${invalid.length}\r\nConnection: close\r\n\r\n`), invalid]);
    const answer = await raw(bad);
    expect(status(answer), answer).toBeGreaterThanOrEqual(400);
    expect(status(answer)).toBeLessThan(500);
    await raw('POST /api/cases HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{"a":\r\n', true);
    expect((await send('GET', 'api/health')).status).toBe(200);
  });
});
