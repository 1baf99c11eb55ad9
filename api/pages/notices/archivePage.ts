// /notices/archive/: notices that ended, one line per place, programme and dates with how many households — no names.
import { chinaDate } from '../../domain/calendarDate.ts';
import { ApiError } from '../../http/errors.ts';
import { translate, type Lang } from '../../i18n/translate.ts';
import { archivedNotices } from '../../notices/listNotices.ts';
import type { ArchivedNotice } from '../../schemas/notices.ts';
import type { Services } from '../../services.ts';
import { countyUnits } from '../../domain/places.ts';
import { errorSummary } from '../forms.ts';
import { html, type Html } from '../html.ts';
import type { LiveAnswer } from '../livePage.ts';
import { countyName, noticeWords, pagePath, programmeName } from './words.ts';

export async function noticeArchivePage(services: Services, r: { lang: Lang; base: string; query: URLSearchParams }): Promise<LiveAnswer> {
  const t = noticeWords(r.lang);
  const today = chinaDate(services.now());
  const county = r.query.get('county') || undefined;
  const q = (r.query.get('q') ?? '').trim().slice(0, 40);
  let problem: string | undefined;
  let lines: ArchivedNotice[];
  try {
    lines = await archivedNotices(services, county ? { county } : {}, today, q || undefined);
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    problem = translate(r.lang, `errors:${err.code}`);
    lines = await archivedNotices(services, {}, today, q || undefined);
  }
  const options = countyUnits(services.regions).map((u) => html`<option value="${u.code}"${u.code === county ? ' selected' : ''}>${u.name}</option>`);
  const form = html`<form class="notice-search" method="get" action="${pagePath(r.base, r.lang, 'notices/archive/')}" role="search" aria-labelledby="notice-search-title">
<h2 id="notice-search-title">${t('search.title')}</h2><div class="search-row">
<div class="field"><label for="notice-county">${t('search.county')}</label><select id="notice-county" name="county"><option value="">${t('search.allCounties')}</option>${options}</select></div>
<div class="field"><label for="notice-q">${t('search.village')}</label><input id="notice-q" name="q" type="search" value="${q}" autocomplete="off"></div>
<button type="submit">${t('search.submit')}</button></div></form>`;
  const byCounty = new Map<string, ArchivedNotice[]>();
  for (const line of lines) byCounty.set(line.county, [...(byCounty.get(line.county) ?? []), line]);
  const tables: Html[] = [...byCounty].map(([code, rows], i) => html`<section aria-labelledby="ac-${i}"><h2 id="ac-${i}">${countyName(services, code)}</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="acap-${i}"><table class="notice-table"><caption id="acap-${i}">${t('archive.caption', { county: countyName(services, code) })}</caption>
<thead><tr><th scope="col">${t('archive.township')}</th><th scope="col">${t('archive.village')}</th><th scope="col">${t('table.programme')}</th><th scope="col">${t('table.dates')}</th><th scope="col">${t('archive.households')}</th></tr></thead>
<tbody>${rows.map((l) => html`<tr><td>${l.township}</td><td>${l.village ?? t('place.noVillage')}</td><td>${programmeName(t, l.programme)}</td><td>${t('table.from', { from: l.from, to: l.to })}</td><td>${l.count}</td></tr>`)}</tbody></table></div></section>`);
  const body = html`${problem ? errorSummary(t('object.errorTitle'), [{ field: 'notice-county', message: problem }]) : ''}${form}${tables.length ? tables : html`<p>${t('archive.none')}</p>`}`;
  return { body, status: problem ? 422 : 200 };
}
