import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Hono, type NotFoundHandler } from 'hono';
import { etag } from 'hono/etag';
import { serveStatic } from '@hono/node-server/serve-static';
import { loadPagePolicies, pageFile, type PagePolicy } from './page-csp.ts';

// Hashed build assets never change; HTML and everything else is revalidated on every visit, so a link
// in a QR code or a WeChat menu always reaches the current page (WeChat caches HTML aggressively).
const immutable = /^\/(_astro\/|pagefind\/(fragment|index|wasm)|pagefind\/pagefind-entry)/;

/** The built site in `root`, answering under `base` (e.g. /mzj/): files are looked up without that prefix. */
export function staticSite(root: string, base = '/', policyOf: PagePolicy = loadPagePolicies(root)) {
  const strip = (path: string) => (path.startsWith(base) ? path.slice(base.length - 1) : path);
  const site = new Hono();
  site.use('*', etag());
  site.use('*', async (c, next) => {
    await next();
    if (c.res.status >= 400) return;
    const path = strip(c.req.path);
    c.header('Cache-Control', immutable.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    // The page's own script and style hashes replace the default policy, which allows no inline code at all.
    if (c.res.headers.get('content-type')?.startsWith('text/html')) c.header('Content-Security-Policy', policyOf(pageFile(path)));
  });
  site.use('*', serveStatic({ root, precompressed: true, rewriteRequestPath: strip }));
  return site;
}

/** The built 404 page (with its search box), for every path nothing else answers. */
export function notFoundPage(root: string, policyOf: PagePolicy = loadPagePolicies(root)): NotFoundHandler {
  const headers = { 'Cache-Control': 'no-cache', 'Content-Security-Policy': policyOf('404.html') };
  return async (c) => c.html(await readFile(join(root, '404.html'), 'utf8'), 404, headers);
}
