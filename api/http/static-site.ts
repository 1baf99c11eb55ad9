import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Hono, type NotFoundHandler } from 'hono';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';
import { serveStatic } from '@hono/node-server/serve-static';
import { loadPagePolicies, pageFile, type PagePolicy } from './page-csp.ts';
import { withDemoBanner } from './demoBanner.ts';

// Hashed build assets never change; HTML and everything else is revalidated on every visit, so a link
// in a QR code or a WeChat menu always reaches the current page (WeChat caches HTML aggressively).
const immutable = /^\/(_astro\/|pagefind\/(fragment|index|wasm)|pagefind\/pagefind-entry)/;

export interface SiteOptions {
  /** The database holds demo data: every HTML page carries the 演示站 banner (see demoBanner.ts). */
  demo?: boolean;
}

// Paths answered by an HTML page (a folder's index.html or a .html file), which a demo site serves uncompressed.
const pagePath = /(\/|\.html|\/[^./]*)$/;

/** The built site in `root`, answering under `base` (e.g. /mzj/): files are looked up without that prefix. */
export function staticSite(root: string, base = '/', policyOf: PagePolicy = loadPagePolicies(root), options: SiteOptions = {}) {
  const strip = (path: string) => (path.startsWith(base) ? path.slice(base.length - 1) : path);
  const site = new Hono();
  // A 304 keeps the page's own policy: a browser stores the 304's headers with the page, and the default policy
  // would block the page's inline scripts from the next load on.
  site.use('*', etag({ retainedHeaders: [...RETAINED_304_HEADERS, 'content-security-policy'] }));
  site.use('*', async (c, next) => {
    await next();
    if (c.res.status >= 400) return;
    const path = strip(c.req.path);
    c.header('Cache-Control', immutable.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    // The page's own script and style hashes replace the default policy, which allows no inline code at all.
    if (c.res.headers.get('content-type')?.startsWith('text/html')) c.header('Content-Security-Policy', policyOf(pageFile(path)));
  });
  const packed = serveStatic({ root, precompressed: true, rewriteRequestPath: strip });
  if (!options.demo) {
    site.use('*', packed);
    return site;
  }
  // The precompressed pages lack the banner: pages are read as built and the banner put in; other files as usual.
  const plain = serveStatic({ root, rewriteRequestPath: strip });
  site.use('*', async (c, next) => {
    if (!pagePath.test(strip(c.req.path))) return packed(c, next);
    const found = await plain(c, next);
    // A byte range of a page (no browser asks one) is answered as built.
    if (found?.status !== 200 || !found.headers.get('content-type')?.startsWith('text/html')) return found;
    const headers = new Headers(found.headers);
    headers.delete('content-length');
    const body = c.req.method === 'HEAD' ? null : withDemoBanner(await found.text());
    return new Response(body, { status: 200, headers });
  });
  return site;
}

/** The built 404 page (with its search box), for every path nothing else answers. */
export function notFoundPage(root: string, policyOf: PagePolicy = loadPagePolicies(root), options: SiteOptions = {}): NotFoundHandler {
  const headers = { 'Cache-Control': 'no-cache', 'Content-Security-Policy': policyOf('404.html') };
  const page = async () => readFile(join(root, '404.html'), 'utf8');
  return async (c) => c.html(options.demo ? withDemoBanner(await page()) : await page(), 404, headers);
}
