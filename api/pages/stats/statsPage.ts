// /stats/: a county's public statistics for a month, readable without JavaScript (a GET form and tables). The figures
// are GET /api/stats's, through the same suppressing function: a cell under 5 people says "<5" and nothing more.
import { z } from 'zod';
import { countyUnit, countyUnits } from '../../domain/places.ts';
import type { PublishedCell, PublishedTotal } from '../../domain/stats/publishHelped.ts';
import type { PublishedMedian } from '../../domain/stats/publishMedians.ts';
import type { PublishedRatings } from '../../domain/stats/publishRatings.ts';
import { APPLY_PROGRAMMES } from '../../domain/workflow.ts';
import { DEFAULT_LANG, translate, type Lang } from '../../i18n/translate.ts';
import { statsQuerySchema } from '../../schemas/stats.ts';
import type { Services } from '../../services.ts';
import { countyStats } from '../../stats/countyStats.ts';
import { errorSummary } from '../forms.ts';
import { html, type Html } from '../html.ts';
import type { LiveAnswer } from '../livePage.ts';

type Words = (key: string, params?: Record<string, unknown>) => string;

export interface StatsRequest {
  lang: Lang;
  base: string;
  query: URLSearchParams;
}

const pageQuerySchema = statsQuerySchema.pick({ county: true, township: true, programme: true }).extend({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional() });
type PageQuery = { county?: string | undefined; township?: string | undefined; programme?: string | undefined; month?: string | undefined };

const yuan = (n: number) => n.toFixed(2);

export async function statsPage(services: Services, r: StatsRequest): Promise<LiveAnswer> {
  const t: Words = (key, params = {}) => translate(r.lang, key.includes(':') ? key : `stats:${key}`, params);
  // The form sends to this page itself, under the base path and in its language.
  const action = `${r.base.replace(/\/$/, '')}/${r.lang === DEFAULT_LANG ? '' : `${r.lang.toLowerCase()}/`}stats/`;
  const given = Object.fromEntries(['county', 'township', 'programme', 'month'].flatMap((k) => (r.query.get(k) ? [[k, r.query.get(k)!.trim()]] : [])));
  const parsed = pageQuerySchema.partial().safeParse(given);
  const unknownCounty = parsed.success && parsed.data.county !== undefined && !countyUnit(services.regions, parsed.data.county);
  if (!parsed.success || unknownCounty) {
    const message = translate(r.lang, unknownCounty ? 'errors:stats_county_unknown' : 'errors:validation');
    return { body: html`${errorSummary(translate(r.lang, 'notices:object.errorTitle'), [{ field: 'stats-county', message }])}${form(services, t, action, {}, [])}`, status: 422 };
  }
  const q: PageQuery = parsed.data;
  if (!q.county) return { body: html`${form(services, t, action, q, [])}<p>${t('pick')}</p>` };
  const county = countyUnit(services.regions, q.county)!.name;
  const all = await countyStats(services, q.county, {});
  const month = q.month ?? all.months[0];
  const chosen = month ? await countyStats(services, q.county, { township: q.township, programme: q.programme, from: month, to: month }) : undefined;
  const helped = !month || !chosen ? html`<p>${t('noData', { county })}</p>`
    : chosen.cells.length === 0 ? html`<p>${t('noCells', { county, month })}</p>`
    : helpedTable(t, county, month, chosen.cells, chosen.totals);
  const apiPath = `${r.base.replace(/\/$/, '')}/api/stats?county=${q.county}`;
  return { body: html`${form(services, t, action, { ...q, ...(month ? { month } : {}) }, all.months)}${helped}${mediansTable(t, county, all.medians)}${ratingsTable(t, county, all.ratings)}<p class="note">${t('api', { path: apiPath })}</p>` };
}

function select(id: string, name: string, label: string, options: { value: string; text: string }[], chosen: string | undefined): Html {
  return html`<div class="field"><label for="${id}">${label}</label><select id="${id}" name="${name}">${options.map((o) => html`<option value="${o.value}"${o.value === (chosen ?? '') ? ' selected' : ''}>${o.text}</option>`)}</select></div>`;
}

function form(services: Services, t: Words, action: string, q: PageQuery, months: readonly string[]): Html {
  const unit = q.county ? countyUnit(services.regions, q.county) : undefined;
  const counties = [{ value: '', text: t('form.chooseCounty') }, ...countyUnits(services.regions).map((u) => ({ value: u.code, text: u.name }))];
  const townships = [{ value: '', text: t('form.allTownships') }, ...(unit?.townships ?? []).map((tw) => ({ value: tw.name, text: tw.name }))];
  const programmes = [{ value: '', text: t('form.allProgrammes') }, ...APPLY_PROGRAMMES.map((p) => ({ value: p, text: t(`staff:option.programme.${p}`) }))];
  return html`<form class="stats-form" method="get" action="${action}" aria-labelledby="stats-form-title"><h2 id="stats-form-title">${t('form.title')}</h2><div class="filter-row">
${select('stats-county', 'county', t('form.county'), counties, q.county)}
${unit ? select('stats-township', 'township', t('form.township'), townships, q.township) : ''}
${unit ? select('stats-programme', 'programme', t('form.programme'), programmes, q.programme) : ''}
${months.length > 0 ? select('stats-month', 'month', t('form.month'), months.map((m) => ({ value: m, text: m })), q.month) : ''}
</div><button type="submit">${t('form.submit')}</button></form>`;
}

function helpedTable(t: Words, county: string, month: string, cells: readonly PublishedCell[], totals: readonly PublishedTotal[]): Html {
  const programme = (id: string) => t(`staff:option.programme.${id}`);
  const hidden = html`<td><abbr title="${t('suppressedLabel')}">${t('suppressed')}</abbr><span class="visually-hidden">${t('suppressedLabel')}</span></td>`;
  const rows = totals.map((total) => {
    const own = cells.filter((c) => c.programme === total.programme);
    const lines = own.map((c) => html`<tr><th scope="row">${c.township}</th><td>${programme(c.programme)}</td>${c.suppressed ? html`${hidden}${hidden}${hidden}` : html`<td>${c.households}</td><td>${c.people}</td><td>${yuan(c.amount)}</td>`}</tr>`);
    const left = total.cellsLeftOut > 0 ? t('leftOut', { count: total.cellsLeftOut }) : '';
    return html`${lines}<tr class="stats-total"><th scope="row">${t('total', { programme: programme(total.programme) })}</th><td>${t('totalNote')}${left}</td><td>${total.households}</td><td>${total.people}</td><td>${yuan(total.amount)}</td></tr>`;
  });
  return html`<section aria-labelledby="stats-helped"><h2 id="stats-helped">${t('helped.title', { county, month })}</h2>
<section class="table-wrap" tabindex="0" aria-labelledby="stats-helped-caption"><table class="stats-table"><caption id="stats-helped-caption">${t('helped.caption', { county, month })}</caption>
<thead><tr><th scope="col">${t('col.township')}</th><th scope="col">${t('col.programme')}</th><th scope="col">${t('col.households')}</th><th scope="col">${t('col.people')}</th><th scope="col">${t('col.amount')}</th></tr></thead>
<tbody>${rows}</tbody></table></section></section>`;
}

function mediansTable(t: Words, county: string, medians: readonly PublishedMedian[]): Html {
  const body = medians.length === 0 ? html`<p>${t('medians.none', { county })}</p>`
    : html`<section class="table-wrap" tabindex="0" aria-labelledby="stats-medians-caption"><table class="stats-table"><caption id="stats-medians-caption">${t('medians.caption', { county })}</caption>
<thead><tr><th scope="col">${t('col.programme')}</th><th scope="col">${t('col.year')}</th><th scope="col">${t('col.decisions')}</th><th scope="col">${t('col.median')}</th></tr></thead>
<tbody>${medians.map((m) => html`<tr><th scope="row">${t(`staff:option.programme.${m.programme}`)}</th><td>${m.year}</td>${m.suppressed ? html`<td colspan="2">${t('medianSuppressed')}</td>` : html`<td>${m.decisions}</td><td>${m.medianWorkingDays}</td>`}</tr>`)}</tbody></table></section>`;
  return html`<section aria-labelledby="stats-medians"><h2 id="stats-medians">${t('medians.title')}</h2><p>${t('medians.note')}</p>${body}</section>`;
}

function ratingsTable(t: Words, county: string, years: readonly PublishedRatings[]): Html {
  const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
  const body = years.length === 0 ? html`<p>${t('ratings.none', { county })}</p>`
    : years.map((y) => html`<section class="table-wrap" tabindex="0" aria-labelledby="stats-ratings-${y.year}"><table class="stats-table"><caption id="stats-ratings-${y.year}">${t('ratings.caption', { county, year: y.year })}</caption>
<thead><tr><th scope="col">${t('col.level')}</th><th scope="col">${t('col.ratings')}</th><th scope="col">${t('col.share')}</th></tr></thead>
<tbody>${y.levels.map((l) => html`<tr><th scope="row">${t(`ratings.level.${l.level}`)}</th>${l.suppressed ? html`<td><abbr title="${t('suppressedLabel')}">${t('suppressed')}</abbr><span class="visually-hidden">${t('suppressedLabel')}</span></td><td>${t('ratings.notShown')}</td>` : html`<td>${l.ratings}</td><td>${percent(l.share)}</td>`}</tr>`)}
<tr class="stats-total"><th scope="row">${t('ratings.shown')}</th><td>${y.shownRatings}</td><td>${y.levelsLeftOut > 0 ? t('ratings.leftOut', { count: y.levelsLeftOut }) : ''}</td></tr></tbody></table></section>`);
  return html`<section aria-labelledby="stats-ratings"><h2 id="stats-ratings">${t('ratings.title')}</h2><p>${t('ratings.note')}</p>${body}</section>`;
}
