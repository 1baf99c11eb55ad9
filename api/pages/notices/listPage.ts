// /notices/: the notices posted today by county → township → village, a search by village, and for one village a page
// to print on A4 for the village board with a QR code back to itself. No script: links and a GET form.
import { chinaDate } from '../../domain/calendarDate.ts';
import { countyUnits } from '../../domain/places.ts';
import { ApiError } from '../../http/errors.ts';
import { translate, type Lang } from '../../i18n/translate.ts';
import { postedNotices, type PostedNotice } from '../../notices/listNotices.ts';
import { noticePlaceQuerySchema, type NoticePlaceQuery } from '../../schemas/notices.ts';
import type { Services } from '../../services.ts';
import { qrDrawing } from '../../../site/lib/qr.ts';
import { errorSummary } from '../forms.ts';
import { html, type Html } from '../html.ts';
import type { LiveAnswer } from '../livePage.ts';
import { amountText, countyName, noticeWords, pagePath, programmeName, type Words } from './words.ts';

export interface ListRequest {
  lang: Lang;
  base: string;
  /** The page's full address as built, for the printed sheet. */
  pageUrl: string;
  query: URLSearchParams;
}

export async function noticeListPage(services: Services, r: ListRequest): Promise<LiveAnswer> {
  const t = noticeWords(r.lang);
  const today = chinaDate(services.now());
  const q = (r.query.get('q') ?? '').trim().slice(0, 40);
  const parsed = noticePlaceQuerySchema.safeParse({ county: r.query.get('county') || undefined, township: r.query.get('township') || undefined, village: r.query.get('village') || undefined });
  let place: NoticePlaceQuery = parsed.success ? parsed.data : {};
  let problem = parsed.success ? undefined : translate(r.lang, 'errors:validation');
  let notices: PostedNotice[] = [];
  try {
    notices = await postedNotices(services, place, today, q || undefined);
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    problem = translate(r.lang, `errors:${err.code}`);
    place = {};
    notices = await postedNotices(services, place, today, q || undefined);
  }
  const body = html`${problem ? errorSummary(t('object.errorTitle'), [{ field: 'notice-q', message: problem }]) : ''}${searchForm(services, t, r, place, q)}${summary(services, t, place, q, notices.length, today)}${listOf(services, t, r, notices)}${place.village ? sheetFoot(t, r, place, today) : ''}`;
  return { body, status: problem ? 422 : 200 };
}

function searchForm(services: Services, t: Words, r: ListRequest, place: NoticePlaceQuery, q: string): Html {
  const options = countyUnits(services.regions).map((u) => html`<option value="${u.code}"${u.code === place.county ? ' selected' : ''}>${u.name}</option>`);
  return html`<form class="notice-search" method="get" action="${pagePath(r.base, r.lang, 'notices/')}" role="search" aria-labelledby="notice-search-title">
<h2 id="notice-search-title">${t('search.title')}</h2>
<div class="search-row">
<div class="field"><label for="notice-county">${t('search.county')}</label><select id="notice-county" name="county"><option value="">${t('search.allCounties')}</option>${options}</select></div>
<div class="field"><label for="notice-q">${t('search.village')}</label><p id="notice-q-hint" class="hint">${t('search.villageHint')}</p><input id="notice-q" name="q" type="search" value="${q}" aria-describedby="notice-q-hint" autocomplete="off"></div>
<button type="submit">${t('search.submit')}</button>
</div></form>`;
}

function placeName(services: Services, place: NoticePlaceQuery): string {
  return [place.county ? countyName(services, place.county) : '', place.township ?? '', place.village ?? ''].filter(Boolean).join(' ');
}

function summary(services: Services, t: Words, place: NoticePlaceQuery, q: string, count: number, today: string): Html {
  const all = html`<a href="?">${t('search.all')}</a>`;
  if (count === 0) return html`<p class="notice-count">${q ? t('search.noneFound', { q }) : t('search.none')}${q || place.county ? html` ${all}` : ''}</p>`;
  const where = placeName(services, place);
  return html`<p class="notice-count">${where ? t('search.showing', { place: where, count, today }) : t('search.showingAll', { count, today })}${q || place.county ? html` ${all}` : ''}</p>`;
}

/** Consecutive notices of one key, in order (the rows come sorted by county, township, village). */
function groups<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const out: T[][] = [];
  for (const item of items) {
    const last = out.at(-1);
    if (last && key(last[0]!) === key(item)) last.push(item);
    else out.push([item]);
  }
  return out;
}

function listOf(services: Services, t: Words, r: ListRequest, notices: readonly PostedNotice[]): Html {
  if (notices.length === 0) return html``;
  return html`<div class="notice-list">${groups(notices, (n) => n.county).map((inCounty, i) => html`<section aria-labelledby="nc-${i}"><h2 id="nc-${i}">${countyName(services, inCounty[0]!.county)}</h2>${groups(inCounty, (n) => n.township).map((inTownship, j) => html`<section aria-labelledby="nt-${i}-${j}"><h3 id="nt-${i}-${j}">${inTownship[0]!.township}</h3>${groups(inTownship, (n) => n.village ?? '').map((inVillage, k) => villageTable(services, t, r, inVillage, `${i}-${j}-${k}`))}</section>`)}</section>`)}</div>`;
}

function villageTable(services: Services, t: Words, r: ListRequest, notices: readonly PostedNotice[], id: string): Html {
  const first = notices[0]!;
  const village = first.village ?? t('place.noVillage');
  const only = new URLSearchParams({ county: first.county, township: first.township, ...(first.village ? { village: first.village } : {}) });
  const where = `${countyName(services, first.county)} ${first.township} ${village}`;
  const objectPath = pagePath(r.base, r.lang, 'notices/object/');
  const rows = notices.map((n) => html`<tr><th scope="row">${n.nameMasked}</th><td>${t('table.persons', { count: n.householdSize })}</td><td>${programmeName(t, n.programme)}</td><td>${amountText(t, n.programme, n.monthlyAmount)}</td><td>${t('table.from', { from: n.from, to: n.to })}</td><td>${n.place}</td><td class="screen-only"><a href="${objectPath}?id=${n.id}">${t('table.objectLink')}<span class="visually-hidden">${t('table.objectAbout', { name: n.nameMasked, village })}</span></a></td></tr>`);
  return html`<section class="notice-village" aria-labelledby="nv-${id}"><h4 id="nv-${id}">${village}</h4>
<p class="printable"><a href="?${only.toString()}">${t('village.printable', { village })}</a></p>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-${id}"><table class="notice-table"><caption id="cap-${id}">${t('table.caption', { place: where })}</caption>
<thead><tr><th scope="col">${t('table.name')}</th><th scope="col">${t('table.household')}</th><th scope="col">${t('table.programme')}</th><th scope="col">${t('table.amount')}</th><th scope="col">${t('table.dates')}</th><th scope="col">${t('table.place')}</th><th scope="col" class="screen-only">${t('table.object')}</th></tr></thead>
<tbody>${rows}</tbody></table></div></section>`;
}

/** The foot of the printed village sheet: its own address as text and QR code, the day printed, how to object. */
function sheetFoot(t: Words, r: ListRequest, place: NoticePlaceQuery, today: string): Html {
  const params = new URLSearchParams(Object.entries(place).filter(([, v]) => v) as [string, string][]);
  const url = `${r.pageUrl}?${params.toString()}`;
  const { size, path } = qrDrawing(url);
  return html`<aside class="print-only sheet-foot"><svg class="sheet-qr" viewBox="0 0 ${size} ${size}" role="img" aria-label="${t('sheet.qrLabel')}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"></rect><path d="${path}" fill="#000"></path></svg>
<div class="sheet-foot-text"><p class="sheet-url">${t('sheet.url', { url })}</p><p>${t('sheet.objectHow')}</p><p>${t('sheet.printed', { today })}</p></div></aside>`;
}
