import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Hono, type NotFoundHandler } from 'hono';
import { etag } from 'hono/etag';
import { serveStatic } from '@hono/node-server/serve-static';
import { loadPagePolicies, pageFile, type PagePolicy } from './page-csp.ts';
import { withDemoBanner } from './demoBanner.ts';

// Hashed build assets never change; HTML and everything else is revalidated on every visit, so a link
// in a QR code or a WeChat menu always reaches the current page (WeChat caches HTML aggressively).
const immutable = /^\/(_astro\/|pagefind\/(fragment|index|wasm)|pagefind\/pagefind-entry)/;
// The staff console (any language): never kept by a browser or proxy, never indexed.
const staffPage = /^\/([a-z]{2}(-[a-z]+)?\/)?staff(\/|$)/;

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
  // Outside the etag middleware, so a 304 it makes from a page gets the page's headers too.
  site.use('*', async (c, next) => {
    await next();
    if (c.res.status >= 400) return;
    const path = strip(c.req.path);
    const staff = staffPage.test(path);
    c.header('Cache-Control', staff ? 'no-store' : immutable.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (staff) c.header('X-Robots-Tag', 'noindex, nofollow');
    // The page's own script and style hashes replace the default policy, which allows no inline code at all; a 304
    // (no content type) too, since the browser gives its cached page the 304's headers.
    const page = c.res.headers.get('content-type')?.startsWith('text/html') || (c.res.status === 304 && pagePath.test(path));
    if (page) c.header('Content-Security-Policy', policyOf(pageFile(path)));
  });
  site.use('*', etag());
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
