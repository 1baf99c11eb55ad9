// /notices/object/?id=N: an objection to one posted notice, as a plain form the server answers (the same operation as
// POST /api/notices/{id}/objections), so a phone without JavaScript can object. The answer carries the query code once.
import { eq } from 'drizzle-orm';
import { notices } from '../../db/schema/index.ts';
import { chinaDate } from '../../domain/calendarDate.ts';
import { formatTrackingNumber } from '../../domain/trackingNumber.ts';
import { ApiError } from '../../http/errors.ts';
import { translate, type Lang } from '../../i18n/translate.ts';
import { fileObjection } from '../../notices/fileObjection.ts';
import { objectionRequestSchema } from '../../schemas/notices.ts';
import type { Services } from '../../services.ts';
import { errorSummary, field, type FormError } from '../forms.ts';
import { html } from '../html.ts';
import type { LiveAnswer } from '../livePage.ts';
import { amountText, countyName, noticeWords, pagePath, programmeName, type Words } from './words.ts';

type NoticeRow = typeof notices.$inferSelect;
const FIELD_IDS: Record<string, string> = { text: 'objection-text', contact: 'objection-contact' };

export interface ObjectRequest {
  lang: Lang;
  base: string;
  id: number;
  /** The form as posted; absent for GET. */
  form?: { text: string; contact: string };
  /** The client the objection counts against (lookup/bucket.ts). */
  client?: string;
}

export async function objectPage(services: Services, r: ObjectRequest): Promise<LiveAnswer> {
  const t = noticeWords(r.lang);
  const [notice] = Number.isSafeInteger(r.id) && r.id > 0 ? await services.db.select().from(notices).where(eq(notices.id, r.id)) : [];
  const back = html`<p><a href="${pagePath(r.base, r.lang, 'notices/')}">${t('object.back')}</a></p>`;
  if (!notice) return { body: html`<p class="note">${t('object.notFound')}</p>${back}`, status: 404 };
  const today = chinaDate(services.now());
  if (notice.withdrawnOn || notice.fromOn > today || notice.toOn < today) return { body: html`<p class="note">${t('object.notCurrent')}</p>${back}`, status: 409 };
  if (!r.form) return { body: formOf(services, t, r, notice, [], { text: '', contact: '' }) };
  const checked = objectionRequestSchema.safeParse({ text: r.form.text, ...(r.form.contact.trim() ? { contact: r.form.contact } : {}) });
  if (!checked.success) {
    const errors = checked.error.issues.map((i) => ({ field: FIELD_IDS[String(i.path[0])] ?? FIELD_IDS['text']!, message: translate(r.lang, `errors:field.${i.message}`) }));
    return { body: formOf(services, t, r, notice, errors, r.form), status: 422 };
  }
  try {
    const filed = await fileObjection(services, notice.id, checked.data, r.client!);
    return { noStore: true, body: html`<div class="panel-ok"><h2 id="filed-title">${t('object.doneTitle')}</h2><p>${t('object.doneLead')}</p>
<dl class="summary-list filed-numbers"><div><dt>${t('object.trackingNumber')}</dt><dd id="filed-tracking-number">${formatTrackingNumber(filed.trackingNumber)}</dd></div><div><dt>${t('object.queryCode')}</dt><dd id="filed-query-code">${filed.queryCode}</dd></div></dl>
<p><a href="${pagePath(r.base, r.lang, 'notices/lookup/')}">${t('object.doneLookup')}</a></p></div>${back}` };
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    const message = translate(r.lang, `errors:${err.messageKey ?? err.code}`, err.params);
    const status = err.status === 404 || err.status === 409 || err.status === 429 || err.status === 422 ? err.status : 422;
    return { body: formOf(services, t, r, notice, [{ ...(err.field ? { field: FIELD_IDS[err.field] ?? 'objection-text' } : {}), message }], r.form), status, noStore: true };
  }
}

function formOf(services: Services, t: Words, r: ObjectRequest, n: NoticeRow, errors: readonly FormError[], values: { text: string; contact: string }) {
  const error = (id: string) => errors.find((e) => e.field === id)?.message;
  const village = n.village ?? t('place.noVillage');
  return html`${errorSummary(t('object.errorTitle'), errors)}<h2>${t('object.about')}</h2>
<dl class="summary-list"><div><dt>${t('table.name')}</dt><dd>${n.nameMasked}</dd></div><div><dt>${t('archive.village')}</dt><dd>${countyName(services, n.county)} ${n.township} ${village}</dd></div><div><dt>${t('table.programme')}</dt><dd>${programmeName(t, n.programme)}</dd></div><div><dt>${t('table.amount')}</dt><dd>${amountText(t, n.programme, n.monthlyAmount)}</dd></div><div><dt>${t('table.dates')}</dt><dd>${t('table.from', { from: n.fromOn, to: n.toOn })}</dd></div></dl>
<form method="post" action="${pagePath(r.base, r.lang, 'notices/object/')}?id=${n.id}" novalidate>
${field({ id: 'objection-text', name: 'text', label: t('object.text'), hint: t('object.textHint'), value: values.text, errorPrefix: t('object.errorPrefix'), rows: 6, required: true, ...(error('objection-text') ? { error: error('objection-text')! } : {}) })}
${field({ id: 'objection-contact', name: 'contact', label: t('object.contact'), hint: t('object.contactHint'), value: values.contact, errorPrefix: t('object.errorPrefix'), autocomplete: 'tel', ...(error('objection-contact') ? { error: error('objection-contact')! } : {}) })}
<button type="submit">${t('object.submit')}</button></form>`;
}
