// Every built page (site, console, kiosk) and every API operation, fetched from the real server behind a TLS proxy:
// each answer carries the security headers, whatever its status. Needs `npm run build` first.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../api/startServer.ts';
import { builtPages, distDir } from '../support/built-pages.ts';
import { directives } from '../support/csp.ts';

let server: RunningServer;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mzy-headers-'));
  server = await startServer({
    port: 0, hostname: '127.0.0.1', base: '/', siteRoot: distDir, seedDemo: false, production: false,
    databaseUrl: `file:${join(dir, 'portal.db')}`, uploadsDir: join(dir, 'uploads'),
    env: { MZY_DATA_KEY: randomBytes(32).toString('hex'), TRUST_PROXY: '1' },
  });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

// The county's TLS proxy appends the client and says https.
const viaTls = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7' };
const fetchVia = (path: string, init: RequestInit = {}) => fetch(`http://127.0.0.1:${server.port}/${path.replace(/^\//, '')}`, { redirect: 'manual', ...init, headers: { ...viaTls, ...init.headers } });

function expectSecurityHeaders(res: Response, where: string) {
  const csp = directives(res.headers.get('content-security-policy'));
  const fetchDirective = (name: string) => csp.get(name) ?? csp.get('default-src');
  expect(fetchDirective('script-src'), where).toBeDefined();
  expect(fetchDirective('script-src'), where).not.toContain("'unsafe-inline'");
  expect(fetchDirective('object-src'), where).toEqual(["'none'"]);
  // A JSON answer (default-src 'none') has no document for <base> to act on; every page states base-uri.
  if (csp.get('default-src')?.join(' ') !== "'none'") expect(csp.get('base-uri')?.join(' '), where).toMatch(/^'(self|none)'$/);
  expect(csp.get('frame-ancestors')?.join(' '), where).toMatch(/^'(self|none)'$/);
  expect(res.headers.get('strict-transport-security'), where).toMatch(/max-age=\d{7,}/);
  expect(res.headers.get('x-content-type-options'), where).toBe('nosniff');
  expect(res.headers.get('referrer-policy'), where).toMatch(/^(no-referrer|strict-origin-when-cross-origin|same-origin)$/);
  expect(res.headers.get('permissions-policy'), where).toContain('geolocation=()');
}

describe('security headers on every built page', () => {
  const pages = builtPages();
  it('finds the site, the console and the kiosk among the pages', () => {
    expect(pages.some((p) => p.startsWith('staff/'))).toBe(true);
    expect(pages.some((p) => p.startsWith('kiosk/'))).toBe(true);
    expect(pages.some((p) => p.startsWith('policy/'))).toBe(true);
  });
  it('each page', async () => {
    for (const page of pages) {
      const res = await fetchVia(page);
      await res.arrayBuffer();
      expect(res.status, page).toBeLessThan(500);
      expectSecurityHeaders(res, page);
    }
  });
});

describe('security headers on every API operation', () => {
  it('each operation of the OpenAPI document, and the routes outside it', async () => {
    const doc = (await (await fetchVia('api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path: path.replace(/\{[^}]+\}/g, 'X0000') })));
    expect(operations.length).toBeGreaterThan(30);
    for (const { method, path } of [...operations, { method: 'GET', path: '/api/docs' }, { method: 'GET', path: '/api/openapi.json' }, { method: 'GET', path: '/api/no-such-route' }]) {
      const res = await fetchVia(path, { method, ...(method === 'GET' || method === 'HEAD' ? {} : { body: '{}', headers: { 'content-type': 'application/json' } }) });
      await res.arrayBuffer();
      expect(res.status, `${method} ${path}`).toBeLessThan(500);
      expectSecurityHeaders(res, `${method} ${path}`);
    }
  });
});
