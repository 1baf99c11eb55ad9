// Pages readable without JavaScript with data from the database: astro builds each page whole (layout, words, styles,
// CSP hashes) around an empty slot (site/components/LiveSlot.astro), and the server puts escaped HTML into the slot per
// request. One module for every such page (公示 now, statistics later): a renderer only returns the slot's HTML.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Context } from 'hono';
import type { AppEnv } from '../http/env.ts';
import type { PagePolicy } from '../http/page-csp.ts';
import { withDemoBanner } from '../http/demoBanner.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/translate.ts';
import type { Html } from './html.ts';

const SLOT = /<div data-live-slot="([a-z-]+)" data-page-url="([^"]*)"><\/div>/;

export interface BuiltPage {
  /** The page's full address as built (SITE_ORIGIN and base path), for what is printed and its QR code. */
  pageUrl: string;
  before: string;
  after: string;
}

/** What a renderer hands back: the slot's HTML and the status; no-store for answers that must not be kept (a query code). */
export interface LiveAnswer {
  body: Html;
  status?: 200 | 403 | 404 | 409 | 422 | 429;
  noStore?: boolean;
}

export interface LiveSite {
  root: string;
  policyOf: PagePolicy;
  demo: boolean;
}

/** The built file of a page in a language, e.g. notices/ → notices/index.html or en/notices/index.html. */
export function pageFileOf(lang: Lang, path: string): string {
  return `${lang === DEFAULT_LANG ? '' : `${lang.toLowerCase()}/`}${path}index.html`;
}

const cache = new WeakMap<LiveSite, Map<string, Promise<BuiltPage>>>();

/** The built page split at its slot, read once (a build does not change under a running server). */
export function builtPage(site: LiveSite, file: string): Promise<BuiltPage> {
  let pages = cache.get(site);
  if (!pages) cache.set(site, (pages = new Map()));
  let page = pages.get(file);
  if (!page) {
    page = readFile(join(site.root, file), 'utf8').then((text) => {
      const slot = SLOT.exec(text);
      if (!slot) throw new Error(`${file} has no live slot: run \`npm run build\``);
      return { pageUrl: slot[2]!.replaceAll('&amp;', '&'), before: text.slice(0, slot.index), after: text.slice(slot.index + slot[0].length) };
    });
    page.catch(() => pages.delete(file));
    pages.set(file, page);
  }
  return page;
}

/** The page with its slot filled, with the page's own CSP, the 演示站 banner on a demo database, and its cache rule. */
export async function livePage(c: Context<AppEnv>, site: LiveSite, file: string, answer: LiveAnswer): Promise<Response> {
  const page = await builtPage(site, file);
  const text = `${page.before}<div class="live" data-live="filled">${answer.body}</div>${page.after}`;
  return c.html(site.demo ? withDemoBanner(text) : text, answer.status ?? 200, {
    'Content-Security-Policy': site.policyOf(file),
    // Pages follow the database: revalidated on every visit (as the site's HTML is), never kept when they carry a code.
    'Cache-Control': answer.noStore ? 'no-store' : 'no-cache',
  });
}
