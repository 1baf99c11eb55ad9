// Every built page, served by the real app, carries a CSP header that allows exactly its own inline scripts and styles
// (by hash, as the page's <meta> CSP does) and never 'unsafe-inline'. Needs `npm run build` first.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.ts';
import { notFoundPage, staticSite } from '../../api/http/static-site.ts';
import { builtPages, distDir } from '../support/built-pages.ts';
import { directives } from '../support/csp.ts';
import { testApp } from '../api/testApp.ts';

let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  const { services } = await testApp();
  app = createApp({ base: '/', services, site: staticSite(distDir), notFound: notFoundPage(distDir) });
});

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const inline = (html: string, tag: 'script' | 'style') =>
  [...html.matchAll(tag === 'script' ? /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g : /<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]!));
const metaCsp = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];

function expectStrictPolicy(header: string | null, html: string) {
  const csp = directives(header);
  const scripts = csp.get('script-src') ?? [];
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).toEqual(expect.arrayContaining(inline(html, 'script')));
  expect(csp.get('style-src') ?? []).toEqual(expect.arrayContaining(inline(html, 'style')));
  expect(csp.get('style-src') ?? []).not.toContain("'unsafe-inline'");
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'self'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'self'"]);
  // The header allows no script the page's own <meta> policy forbids.
  expect([...new Set(scripts)].sort()).toEqual([...new Set(directives(metaCsp(html)).get('script-src'))].sort());
}

describe('CSP header of every built page', () => {
  const pages = builtPages();
  it('has pages to check', () => expect(pages.length).toBeGreaterThan(40));
  for (const page of pages) {
    it(page || 'home', async () => {
      const html = readFileSync(`${distDir}${page.endsWith('.html') ? page : `${page}index.html`}`, 'utf8');
      const res = await app.request(`/${page}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expectStrictPolicy(res.headers.get('content-security-policy'), html);
    });
  }

  it('the compressed copy of a page carries the same header', async () => {
    const plain = await app.request('/apply/');
    const brotli = await app.request('/apply/', { headers: { 'accept-encoding': 'br' } });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(brotli.headers.get('content-security-policy')).toBe(plain.headers.get('content-security-policy'));
  });

  it('the 404 page answered for an unknown address carries its own hashes', async () => {
    const res = await app.request('/no/such/page/');
    expect(res.status).toBe(404);
    expectStrictPolicy(res.headers.get('content-security-policy'), readFileSync(`${distDir}404.html`, 'utf8'));
  });
});
