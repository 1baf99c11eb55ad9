// A page revalidated with If-None-Match (a reload) answers 304 with the page's own CSP: the browser takes the 304's
// headers for its cached copy, and the default policy there blocked every island's inline script after a reload.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { createApp } from '../../api/app.ts';
import { staticSite } from '../../api/http/static-site.ts';
import { testApp } from './testApp.ts';

const PAGE_POLICY = "default-src 'self'; script-src 'self' 'sha256-island'";
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'mzy-site-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title><script>island()</script>');
  app = createApp({ base: '/', services: (await testApp()).services, site: staticSite(root, '/', () => PAGE_POLICY) });
});

it('a 304 for a page carries the page policy, as its 200 did', async () => {
  const first = await app.request('/');
  expect(first.headers.get('content-security-policy')).toBe(PAGE_POLICY);
  const again = await app.request('/', { headers: { 'if-none-match': first.headers.get('etag')! } });
  expect(again.status).toBe(304);
  expect(again.headers.get('content-security-policy')).toBe(PAGE_POLICY);
});
