// /notices/lookup/: the objector reads the outcome with the tracking number and query code, as a plain form the server
// answers (the same operation as POST /api/notices/objections/lookup, limited the same way).
import { formatTrackingNumber } from '../../domain/trackingNumber.ts';
import { ApiError } from '../../http/errors.ts';
import { translate, type Lang } from '../../i18n/translate.ts';
import { lookupObjection } from '../../notices/lookupObjection.ts';
import type { Services } from '../../services.ts';
import { errorSummary, field, type FormError } from '../forms.ts';
import { html } from '../html.ts';
import type { LiveAnswer } from '../livePage.ts';
import { noticeWords, pagePath, programmeName, type Words } from './words.ts';

export interface LookupRequest {
  lang: Lang;
  base: string;
  form?: { trackingNumber: string; queryCode: string };
  client?: string;
}

export async function objectionLookupPage(services: Services, r: LookupRequest): Promise<LiveAnswer> {
  const t = noticeWords(r.lang);
  if (!r.form) return { body: formOf(t, r, [], { trackingNumber: '', queryCode: '' }) };
  const missing: FormError[] = [];
  if (!r.form.trackingNumber.trim()) missing.push({ field: 'lookup-number', message: t('lookup.notFound') });
  else if (!r.form.queryCode.trim()) missing.push({ field: 'lookup-code', message: t('lookup.notFound') });
  if (missing.length) return { body: formOf(t, r, missing, r.form), status: 422, noStore: true };
  try {
    const found = await lookupObjection(services, { trackingNumber: r.form.trackingNumber.slice(0, 40), queryCode: r.form.queryCode.slice(0, 40) }, r.client!);
    const place = [found.notice.township, found.notice.village ?? ''].filter(Boolean).join(' ');
    return { noStore: true, body: html`<section aria-labelledby="lookup-result-title"><h2 id="lookup-result-title">${t('lookup.resultTitle', { n: formatTrackingNumber(found.trackingNumber) })}</h2>
<dl class="summary-list"><div><dt>${t('lookup.about')}</dt><dd>${t('lookup.aboutText', { programme: programmeName(t, found.notice.programme), place, from: found.notice.from, to: found.notice.to })}</dd></div>
<div><dt>${t('lookup.raisedOn')}</dt><dd>${found.raisedOn}</dd></div>
<div><dt>${t('lookup.status')}</dt><dd id="lookup-status">${t(`lookup.status.${found.status}`)}</dd></div>
${found.resolvedOn ? html`<div><dt>${t('lookup.resolvedOn')}</dt><dd>${found.resolvedOn}</dd></div>` : ''}
${found.finding ? html`<div><dt>${t('lookup.finding')}</dt><dd id="lookup-finding">${found.finding}</dd></div>` : ''}</dl>
<p><a href="${pagePath(r.base, r.lang, 'notices/lookup/')}">${t('lookup.again')}</a></p></section>` };
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    const message = err.code === 'objection_not_found' ? t('lookup.notFound') : translate(r.lang, `errors:${err.messageKey ?? err.code}`, err.params);
    return { body: formOf(t, r, [{ field: 'lookup-number', message }], r.form), status: err.status === 429 ? 429 : 404, noStore: true };
  }
}

function formOf(t: Words, r: LookupRequest, errors: readonly FormError[], values: { trackingNumber: string; queryCode: string }) {
  const error = (id: string) => errors.find((e) => e.field === id)?.message;
  return html`${errorSummary(t('object.errorTitle'), errors)}<form method="post" action="${pagePath(r.base, r.lang, 'notices/lookup/')}" novalidate>
${field({ id: 'lookup-number', name: 'trackingNumber', label: t('lookup.trackingNumber'), value: values.trackingNumber, errorPrefix: t('object.errorPrefix'), inputmode: 'numeric', required: true, ...(error('lookup-number') ? { error: error('lookup-number')! } : {}) })}
${field({ id: 'lookup-code', name: 'queryCode', label: t('lookup.queryCode'), value: values.queryCode, errorPrefix: t('object.errorPrefix'), inputmode: 'numeric', required: true, ...(error('lookup-code') ? { error: error('lookup-code')! } : {}) })}
<button type="submit">${t('lookup.submit')}</button></form>`;
}
