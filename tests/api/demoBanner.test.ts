// Finding 5 of issue 8: on a demo database every HTML page the server serves says 演示站 right after <body>, in the
// page's language, served uncompressed with the page's own CSP; a real database's pages are served as built.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.ts';
import { notFoundPage, staticSite } from '../../api/http/static-site.ts';
import { testApp } from './testApp.ts';

const ZH_BANNER = '<aside class="demo-banner" aria-label="演示站"><p>演示站：这里的案件和账号都是演示用的，不是真的</p></aside>';
const EN_BANNER = /^<aside class="demo-banner" aria-label="Demo site"><p>Demo site: [^<]*not real\.<\/p><\/aside>$/;
const POLICY = "default-src 'self'; script-src 'self' 'sha256-test'";
const page = (lang: string, text: string) => `<!doctype html><html lang="${lang}"><head><title>${text}</title></head><body class="page"><main><h1>${text}</h1></main></body></html>`;

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mzy-site-'));
  mkdirSync(join(root, 'en'));
  const files: Record<string, string> = { 'index.html': page('zh-CN', '首页'), 'en/index.html': page('en', 'Home'), '404.html': page('zh-CN', '没有找到这个页面'), 'app.js': 'console.log("hi")' };
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(root, name), text);
    writeFileSync(join(root, `${name}.br`), brotliCompressSync(text));
  }
});

async function portal(demo: boolean) {
  const t = await testApp();
  return createApp({ base: '/', services: t.services, site: staticSite(root, '/', () => POLICY, { demo }), notFound: notFoundPage(root, () => POLICY, { demo }) });
}
const get = (app: Awaited<ReturnType<typeof portal>>, path: string) => app.request(path, { headers: { 'accept-encoding': 'br, gzip' } });
const bodyOf = async (res: Response) => (res.headers.get('content-encoding') === 'br' ? brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString() : await res.text());

describe('the 演示站 banner', () => {
  it('is right after <body> on every page of a demo site, in the page\'s language, uncompressed, with the page\'s CSP', async () => {
    const app = await portal(true);
    const home = await get(app, '/');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-encoding')).toBeNull();
    expect(home.headers.get('content-security-policy')).toBe(POLICY);
    const html = await home.text();
    expect(html).toContain(`<body class="page">${ZH_BANNER}<main>`);
    expect(html.match(/demo-banner/g)).toHaveLength(1);
    expect(home.headers.get('content-length')).toBeNull();

    const en = await (await get(app, '/en/')).text();
    expect(en).not.toContain('演示站');
    expect(EN_BANNER.test(/<aside[^]*?<\/aside>/.exec(en)![0])).toBe(true);

    const missing = await get(app, '/no-such-page/');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain(`<body class="page">${ZH_BANNER}<main>`);
  });

  it('leaves other files alone on a demo site: still precompressed', async () => {
    const js = await get(await portal(true), '/app.js');
    expect(js.headers.get('content-encoding')).toBe('br');
    expect(await bodyOf(js)).toBe('console.log("hi")');
  });

  it('is not on a real site\'s pages, which are served precompressed as built', async () => {
    const app = await portal(false);
    const home = await get(app, '/');
    expect(home.headers.get('content-encoding')).toBe('br');
    expect(await bodyOf(home)).toBe(page('zh-CN', '首页'));
    expect(await (await get(app, '/no-such-page/')).text()).not.toContain('demo-banner');
  });
});

describe('a page asked again (304 Not Modified)', () => {
  it('keeps the page\'s own CSP, which the browser stores with the page for its next load', async () => {
    for (const demo of [true, false]) {
      const app = await portal(demo);
      const first = await get(app, '/');
      const again = await app.request('/', { headers: { 'accept-encoding': 'br, gzip', 'if-none-match': first.headers.get('etag')! } });
      expect(again.status).toBe(304);
      expect(again.headers.get('content-security-policy')).toBe(POLICY);
    }
  });
});
