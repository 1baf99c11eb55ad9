// The live pages in every language: /notices/ (and /en/notices/) with its archive, objection and lookup pages,
// /report/ with its lookup, and /stats/. Each route renders its slot (api/pages/notices/*, api/pages/reports/*,
// api/pages/stats/*) and livePage puts it into the built page.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../http/env.ts';
import { LANGS, type Lang } from '../i18n/translate.ts';
import { limiterBucket } from '../lookup/bucket.ts';
import { fromOwnPage } from '../staff/csrf.ts';
import { builtPage, livePage, pageFileOf, type LiveAnswer, type LiveSite } from './livePage.ts';
import { html } from './html.ts';
import { noticeArchivePage } from './notices/archivePage.ts';
import { noticeListPage } from './notices/listPage.ts';
import { objectionLookupPage } from './notices/lookupPage.ts';
import { objectPage } from './notices/objectPage.ts';
import { noticeWords } from './notices/words.ts';
import { REPORT_FORM_FIELDS, reportFormPage, type ReportForm } from './reports/formPage.ts';
import { reportLookupPage } from './reports/lookupPage.ts';
import { statsPage } from './stats/statsPage.ts';

type Render = (c: Context<AppEnv>, lang: Lang, file: string) => Promise<LiveAnswer>;

const text = (v: unknown) => (typeof v === 'string' ? v : '');

export function livePages(site: LiveSite) {
  const app = new Hono<AppEnv>();
  const serve = (path: string, methods: readonly ('GET' | 'POST')[], render: Render) => {
    for (const lang of LANGS) {
      const file = pageFileOf(lang, path);
      app.on([...methods], `/${file.replace(/index\.html$/, '')}`, async (c) => {
        // A form posted from another site is not taken (there is no session to steal, but the filing would be ours).
        if (c.req.method === 'POST' && !fromOwnPage(c)) return livePage(c, site, file, { body: html`<p class="note">${noticeWords(lang)('object.forbidden')}</p>`, status: 403, noStore: true });
        return livePage(c, site, file, await render(c, lang, file));
      });
    }
  };
  const query = (c: Context<AppEnv>) => new URL(c.req.url).searchParams;
  serve('notices/', ['GET'], async (c, lang, file) => noticeListPage(c.get('services'), { lang, base: c.get('basePath'), pageUrl: (await builtPage(site, file)).pageUrl, query: query(c) }));
  serve('stats/', ['GET'], async (c, lang) => statsPage(c.get('services'), { lang, base: c.get('basePath'), query: query(c) }));
  serve('notices/archive/', ['GET'], async (c, lang) => noticeArchivePage(c.get('services'), { lang, base: c.get('basePath'), query: query(c) }));
  serve('notices/object/', ['GET', 'POST'], async (c, lang) => {
    const services = c.get('services');
    const id = Number(query(c).get('id'));
    if (c.req.method === 'GET') return objectPage(services, { lang, base: c.get('basePath'), id });
    const form = await c.req.parseBody();
    return objectPage(services, { lang, base: c.get('basePath'), id, form: { text: text(form['text']), contact: text(form['contact']) }, client: await limiterBucket(c, services) });
  });
  serve('notices/lookup/', ['GET', 'POST'], async (c, lang) => {
    const services = c.get('services');
    if (c.req.method === 'GET') return objectionLookupPage(services, { lang, base: c.get('basePath') });
    const form = await c.req.parseBody();
    return objectionLookupPage(services, { lang, base: c.get('basePath'), form: { trackingNumber: text(form['trackingNumber']), queryCode: text(form['queryCode']) }, client: await limiterBucket(c, services) });
  });
  serve('report/', ['GET', 'POST'], async (c, lang) => {
    const services = c.get('services');
    if (c.req.method === 'GET') return reportFormPage(services, { lang, base: c.get('basePath') });
    const form = await c.req.parseBody();
    const posted = Object.fromEntries(REPORT_FORM_FIELDS.map((f) => [f, text(form[f])])) as ReportForm;
    return reportFormPage(services, { lang, base: c.get('basePath'), form: posted, client: await limiterBucket(c, services) });
  });
  serve('report/lookup/', ['GET', 'POST'], async (c, lang) => {
    const services = c.get('services');
    if (c.req.method === 'GET') return reportLookupPage(services, { lang, base: c.get('basePath') });
    const form = await c.req.parseBody();
    return reportLookupPage(services, { lang, base: c.get('basePath'), form: { trackingNumber: text(form['trackingNumber']), queryCode: text(form['queryCode']) }, client: await limiterBucket(c, services) });
  });
  return app;
}
