// /report/ without JavaScript: the same form as the island (site/islands/report/ReportForm.tsx) but photos, rendered by the
// server and answered here by the same operation as POST /api/reports. The answer carries the query code once.
import { CATALOG_IDS, catalogTitle } from '../../content/catalog.ts';
import { countyUnits } from '../../domain/places.ts';
import { PERSON_ROLES, REPORT_ABOUT, REPORT_KINDS } from '../../domain/reports/report.ts';
import { acceptDueOn } from '../../domain/reports/dueDates.ts';
import { chinaDate } from '../../domain/calendarDate.ts';
import { formatTrackingNumber } from '../../domain/trackingNumber.ts';
import { ApiError } from '../../http/errors.ts';
import { translate, type Lang } from '../../i18n/translate.ts';
import { fileReport } from '../../reports/fileReport.ts';
import { reportRequestSchema } from '../../schemas/reports.ts';
import type { Services } from '../../services.ts';
import { errorSummary, field, type FormError } from '../forms.ts';
import { html, type Html } from '../html.ts';
import type { LiveAnswer } from '../livePage.ts';
import { pagePath, type Words } from '../notices/words.ts';
import { reportWords } from './words.ts';

/** The form's fields as posted (every one a string; empty when left out). */
export const REPORT_FORM_FIELDS = ['kind', 'county', 'about', 'programme', 'township', 'village', 'personRole', 'text', 'contact'] as const;
export type ReportForm = Record<(typeof REPORT_FORM_FIELDS)[number], string>;
const EMPTY: ReportForm = Object.fromEntries(REPORT_FORM_FIELDS.map((f) => [f, ''])) as ReportForm;

/** A field's id: apart from the island's, as both forms are in the page (one of them hidden). */
const fieldId = (name: string) => `plain-report-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
/** Where a field's error links to: a radio group's first option, else the input. */
const target = (name: string) => (['kind', 'about', 'personRole'].includes(name) ? `${fieldId(name)}-0` : fieldId(name));

export interface ReportPageRequest {
  lang: Lang;
  base: string;
  form?: ReportForm;
  client?: string;
}

export async function reportFormPage(services: Services, r: ReportPageRequest): Promise<LiveAnswer> {
  const t = reportWords(r.lang);
  // Hidden by the page's own first script when JavaScript runs (site/pages/[...lang]/report/index.astro): the island is the form then.
  if (!r.form) return { body: html`<div class="report-nojs"><p class="note">${t('page.noScript')}</p>${formOf(services, t, r, [], EMPTY)}</div>` };
  // An empty field is one left out, but the text: the schema says it is required in its own words.
  const posted = Object.fromEntries(Object.entries(r.form).filter(([name, v]) => name === 'text' || v.trim() !== ''));
  const checked = reportRequestSchema.safeParse(posted);
  if (!checked.success) {
    const errors = checked.error.issues.map((i) => ({ field: target(String(i.path[0] ?? 'text')), message: issueMessage(r.lang, String(i.path[0] ?? ''), i) }));
    return { body: formOf(services, t, r, errors, r.form), status: 422, noStore: true };
  }
  try {
    const filed = await fileReport(services, checked.data, r.client!);
    return { noStore: true, body: html`<div class="panel-ok"><h2 id="filed-title">${t('done.title')}</h2><p>${t('done.lead')}</p>
<dl class="summary-list filed-numbers"><div><dt>${t('done.trackingNumber')}</dt><dd id="filed-tracking-number">${formatTrackingNumber(filed.trackingNumber)}</dd></div><div><dt>${t('done.queryCode')}</dt><dd id="filed-query-code">${filed.queryCode}</dd></div></dl>
<p>${t('done.due', { date: acceptDueOn(chinaDate(services.now())) })}</p>
<p><a href="${pagePath(r.base, r.lang, 'report/lookup/')}">${t('done.lookup')}</a></p><p><a href="${pagePath(r.base, r.lang, 'report/')}">${t('done.another')}</a></p></div>` };
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    const message = translate(r.lang, `errors:${err.messageKey ?? err.code}`, err.params);
    const status = err.status === 429 ? 429 : 422;
    return { body: formOf(services, t, r, [{ field: target(err.field ?? 'text'), message }], r.form), status, noStore: true };
  }
}

/** The form's own words for a choice left out (the island's too). */
const CHOICE_MISSING: Record<string, string> = { county: 'reports:form.countyRequired', about: 'reports:form.aboutRequired' };

/** A field's message in the reader's language: a missing choice in the form's words, the domain's code, else zod's. */
function issueMessage(lang: Lang, name: string, issue: { code: string; message: string }): string {
  if (issue.code === 'custom') return translate(lang, `errors:field.${issue.message}`);
  return translate(lang, CHOICE_MISSING[name] ?? `errors:field.${issue.code}`);
}

function choices(name: string, legend: string, options: readonly { value: string; label: string }[], chosen: string, error: string | undefined, prefix: string): Html {
  const id = fieldId(name);
  return html`<fieldset class="field${error ? ' field-error' : ''}"${error ? html` aria-describedby="${id}-error"` : ''}><legend>${legend}</legend>${error ? html`<p id="${id}-error" class="error-message"><span class="visually-hidden">${prefix}</span>${error}</p>` : ''}
<div class="radios">${options.map((o, i) => html`<div class="radio"><input type="radio" id="${id}-${i}" name="${name}" value="${o.value}"${o.value === chosen ? html` checked` : ''}><label for="${id}-${i}">${o.label}</label></div>`)}</div></fieldset>`;
}

function select(name: string, label: string, placeholder: string, options: readonly { value: string; label: string }[], chosen: string, error: string | undefined, prefix: string): Html {
  const id = fieldId(name);
  return html`<div class="field${error ? ' field-error' : ''}"><label for="${id}">${label}</label>${error ? html`<p id="${id}-error" class="error-message"><span class="visually-hidden">${prefix}</span>${error}</p>` : ''}
<select id="${id}" name="${name}"${error ? html` aria-describedby="${id}-error" aria-invalid="true"` : ''}><option value="">${placeholder}</option>${options.map((o) => html`<option value="${o.value}"${o.value === chosen ? html` selected` : ''}>${o.label}</option>`)}</select></div>`;
}

function formOf(services: Services, t: Words, r: ReportPageRequest, errors: readonly FormError[], v: ReportForm): Html {
  const error = (name: string) => errors.find((e) => e.field === target(name))?.message;
  const prefix = t('error.prefix');
  const text = (name: 'township' | 'village' | 'text' | 'contact', label: string, hint: string | undefined, rows?: number) => field({
    id: fieldId(name), name, label, value: v[name], errorPrefix: prefix, ...(hint ? { hint } : {}), ...(rows ? { rows } : {}),
    ...(name === 'text' ? { required: true } : {}), ...(name === 'contact' ? { autocomplete: 'tel' } : {}), ...(error(name) ? { error: error(name)! } : {}),
  });
  return html`${errorSummary(t('error.title'), errors)}<form method="post" action="${pagePath(r.base, r.lang, 'report/')}" novalidate class="report-form">
${choices('kind', t('form.kind'), REPORT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) })), v.kind || 'report', error('kind'), prefix)}
${select('county', t('form.county'), t('form.chooseCounty'), countyUnits(services.regions).map((u) => ({ value: u.code, label: u.name })), v.county, error('county'), prefix)}
${choices('about', t('form.about'), REPORT_ABOUT.map((a) => ({ value: a, label: t(`about.${a}`) })), v.about, error('about'), prefix)}
${select('programme', t('form.programme'), t('form.chooseProgramme'), CATALOG_IDS.map((id) => ({ value: id, label: catalogTitle(r.lang, id) })), v.programme, error('programme'), prefix)}
${text('township', t('form.township'), t('form.townshipHint'))}
${text('village', t('form.village'), undefined)}
${choices('personRole', t('form.personRole'), PERSON_ROLES.map((p) => ({ value: p, label: t(`personRole.${p}`) })), v.personRole, error('personRole'), prefix)}
${text('text', t('form.text'), t('form.textHint'), 8)}
${text('contact', t('form.contact'), t('form.contactHint'))}
<button type="submit">${t('form.submit')}</button></form>`;
}
