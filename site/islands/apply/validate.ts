// What each screen needs before moving on, checked with the same domain rules the API applies.
import { checkIdNumber, normalizeIdNumber } from '../../../api/domain/idNumber.ts';
import { checkName } from '../../../api/domain/personName.ts';
import { checkPhone } from '../../../api/domain/phone.ts';
import { isCalendarDate } from '../../../api/domain/calendarDate.ts';
import type { FieldError } from './ErrorSummary.tsx';
import type { Draft } from './draft.ts';
import { adultsOf, today } from './people.ts';
import type { Screen } from './screens.ts';
import { readAmount } from './claim.ts';

/** Message for a key of the apply strings (or `field.*` of the errors namespace), with placeholders filled. */
export type Message = (key: string, params?: Record<string, string | number>) => string;

function person(errors: FieldError[], m: Message, prefix: string, who: string, p: { name: string; idNumber: string }) {
  const name = checkName(p.name);
  if (!name.ok) errors.push({ field: `${prefix}-name`, message: m('error.who', { who, problem: m(`field.${name.code}`) }) });
  const id = checkIdNumber(p.idNumber, today());
  if (!id.ok) errors.push({ field: `${prefix}-id`, message: m('error.who', { who, problem: m(`field.${id.code}`) }) });
}

const amount = (errors: FieldError[], m: Message, field: string, text: string, label: string) => {
  if (text.trim() !== '' && Number.isNaN(readAmount(text))) errors.push({ field, message: m('error.amount', { label }) });
};

/** Problems on one screen, in the order of its fields; empty when the resident may go on. */
export function validateScreen(screen: Screen, d: Draft, m: Message): FieldError[] {
  const errors: FieldError[] = [];
  const need = (ok: unknown, field: string, key: string, params?: Record<string, string | number>) => {
    if (!ok) errors.push({ field, message: m(key, params) });
  };
  switch (screen) {
    case 'programme': need(d.programme, 'apply-programme-0', 'error.programme'); break;
    case 'where':
      need(d.county, 'apply-county', 'error.county');
      need(d.township.trim(), 'apply-township', 'error.township');
      break;
    case 'hukou': need(d.hukou, 'apply-hukou-0', 'error.hukou'); break;
    case 'applicant': {
      person(errors, m, 'apply-applicant', m('who.applicant'), d.applicant);
      const phone = checkPhone(d.applicant.phone);
      if (!phone.ok) errors.push({ field: 'apply-applicant-phone', message: m(`field.${phone.code}`) });
      break;
    }
    case 'members': {
      const seen = new Set([normalizeIdNumber(d.applicant.idNumber)]);
      d.members.forEach((p, i) => {
        const who = m('who.member', { n: i + 2 });
        person(errors, m, `apply-member-${i}`, who, p);
        need(p.relation, `apply-member-${i}-relation`, 'error.relation', { who });
        const id = normalizeIdNumber(p.idNumber);
        if (id && seen.has(id)) errors.push({ field: `apply-member-${i}-id`, message: m('error.duplicateId', { who }) });
        seen.add(id);
      });
      break;
    }
    case 'incomes': d.incomes.forEach((inc, i) => amount(errors, m, `apply-income-${i}`, inc.monthly, m('incomes.amount'))); break;
    case 'assets':
      amount(errors, m, 'apply-savings', d.assets.savings, m('assets.savings'));
      for (const k of ['houses', 'vehicles'] as const) {
        if (d.assets[k].trim() !== '' && !Number.isInteger(readAmount(d.assets[k]))) errors.push({ field: `apply-${k}`, message: m('error.count', { label: m(`assets.${k}`) }) });
      }
      break;
    case 'reason': need(d.reason.trim(), 'apply-reason', 'error.reason'); break;
    case 'near-kin':
      need(d.nearKin, 'apply-near-kin-0', 'error.nearKin');
      if (d.nearKin === 'yes') need(d.nearKinDetails.trim(), 'apply-near-kin-details', 'error.nearKinDetails');
      break;
    case 'consents':
      for (const p of adultsOf(d)) need(d.consents[p.index], `apply-consent-${p.index}`, 'error.consent', { name: p.name || m('who.member', { n: p.index + 1 }) });
      break;
    case 'documents': break;
    case 'authorisation':
      need(d.authorisation.photo, 'apply-authorisation-photo', 'error.authorisationPhoto');
      need(isCalendarDate(d.authorisation.signedOn) && d.authorisation.signedOn <= today(), 'apply-authorisation-date', 'error.authorisationDate');
      break;
    case 'check': need(d.promise, 'apply-promise', 'error.promise'); break;
  }
  return errors;
}
