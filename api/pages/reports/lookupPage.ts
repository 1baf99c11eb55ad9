// /report/lookup/: the reporter reads where a 举报 or question stands and the county's answer, as a plain form the server
// answers (the same operation as POST /api/reports/lookup, limited the same way): with or without JavaScript.
import { formatTrackingNumber } from '../../domain/trackingNumber.ts';
import { ApiError } from '../../http/errors.ts';
import { translate, type Lang } from '../../i18n/translate.ts';
import { lookupReport } from '../../reports/lookupReport.ts';
import type { ReportOutcomeView } from '../../schemas/reports.ts';
import type { Services } from '../../services.ts';
import { errorSummary, field, type FormError } from '../forms.ts';
import { html } from '../html.ts';
import type { LiveAnswer } from '../livePage.ts';
import { pagePath, type Words } from '../notices/words.ts';
import { reportWords } from './words.ts';

export interface ReportLookupRequest {
  lang: Lang;
  base: string;
  form?: { trackingNumber: string; queryCode: string };
  client?: string;
}

export async function reportLookupPage(services: Services, r: ReportLookupRequest): Promise<LiveAnswer> {
  const t = reportWords(r.lang);
  if (!r.form) return { body: formOf(t, r, [], { trackingNumber: '', queryCode: '' }) };
  const missing: FormError[] = [];
  if (!r.form.trackingNumber.trim()) missing.push({ field: 'lookup-number', message: t('lookup.missingNumber') });
  if (!r.form.queryCode.trim()) missing.push({ field: 'lookup-code', message: t('lookup.missingCode') });
  if (missing.length) return { body: formOf(t, r, missing, r.form), status: 422, noStore: true };
  try {
    const found = await lookupReport(services, { trackingNumber: r.form.trackingNumber.slice(0, 40), queryCode: r.form.queryCode.slice(0, 40) }, r.client!);
    return { noStore: true, body: outcomeOf(t, r, found) };
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    const message = err.code === 'report_not_found' ? t('lookup.notFound') : translate(r.lang, `errors:${err.messageKey ?? err.code}`, err.params);
    return { body: formOf(t, r, [{ field: 'lookup-number', message }], r.form), status: err.status === 429 ? 429 : 404, noStore: true };
  }
}

function outcomeOf(t: Words, r: ReportLookupRequest, found: ReportOutcomeView) {
  const row = (label: string, value: string, id?: string) => html`<div><dt>${label}</dt><dd${id ? html` id="${id}"` : ''}>${value}</dd></div>`;
  return html`<section aria-labelledby="lookup-result-title"><h2 id="lookup-result-title">${t('lookup.resultTitle', { n: formatTrackingNumber(found.trackingNumber) })}</h2>
<dl class="summary-list">${row(t('lookup.kind'), t(`kind.${found.kind}`))}${row(t('lookup.status'), t(`status.${found.status}`), 'lookup-status')}${row(t('lookup.receivedOn'), found.receivedOn)}
${found.status === 'received' ? row(t('lookup.acceptDueOn'), t('lookup.acceptDue', { date: found.acceptDueOn })) : ''}
${found.acceptedOn ? row(t('lookup.acceptedOn'), found.acceptedOn) : ''}
${found.status === 'accepted' && found.answerDueOn ? row(t('lookup.answerDueOn'), t('lookup.answerDue', { date: found.answerDueOn })) : ''}
${found.answeredOn ? row(t('lookup.answeredOn'), found.answeredOn) : ''}
${found.answer ? row(t(found.status === 'not-accepted' ? 'lookup.reason' : 'lookup.answer'), found.answer, 'lookup-answer') : ''}</dl>
<p><a href="${pagePath(r.base, r.lang, 'report/lookup/')}">${t('lookup.again')}</a></p></section>`;
}

function formOf(t: Words, r: ReportLookupRequest, errors: readonly FormError[], values: { trackingNumber: string; queryCode: string }) {
  const error = (id: string) => errors.find((e) => e.field === id)?.message;
  return html`${errorSummary(t('error.title'), errors)}<form method="post" action="${pagePath(r.base, r.lang, 'report/lookup/')}" novalidate>
${field({ id: 'lookup-number', name: 'trackingNumber', label: t('lookup.trackingNumber'), value: values.trackingNumber, errorPrefix: t('error.prefix'), inputmode: 'numeric', required: true, ...(error('lookup-number') ? { error: error('lookup-number')! } : {}) })}
${field({ id: 'lookup-code', name: 'queryCode', label: t('lookup.queryCode'), value: values.queryCode, errorPrefix: t('error.prefix'), inputmode: 'numeric', required: true, ...(error('lookup-code') ? { error: error('lookup-code')! } : {}) })}
<button type="submit">${t('lookup.submit')}</button></form>`;
}
