// Phone numbers residents leave for call-backs: mainland mobiles and landlines with their area code.
import { foldFullWidth, stripWhitespace } from './textFold.ts';

export type PhoneKind = 'mobile' | 'landline';
export type PhoneErrorCode = 'phone.required' | 'phone.invalid';
/** `value` is the number as stored: 13800138000, or 0745-8221234 with `-extension` when one was given. */
export type PhoneCheck = { ok: true; value: string; kind: PhoneKind } | { ok: false; code: PhoneErrorCode };

const MOBILE = /^(?:\+?86|0086)?(1[3-9]\d{9})$/;
// Area codes 010 and 02x have three digits, all others four; local numbers are 7–8 digits not starting with 0 or 1.
const LANDLINE = /^(0[12]\d|0[3-9]\d{2})-?([2-9]\d{6,7})(?:(?:-|转|#|ext\.?|x)(\d{1,6}))?$/i;

/** Checks a mobile or landline number as typed, with full-width digits, spaces, brackets or +86. */
export function checkPhone(input: string): PhoneCheck {
  const text = stripWhitespace(foldFullWidth(input)).replace(/[()]/g, '');
  if (text === '') return { ok: false, code: 'phone.required' };

  const mobile = MOBILE.exec(text.replace(/-/g, ''));
  if (mobile) return { ok: true, value: mobile[1]!, kind: 'mobile' };

  const landline = LANDLINE.exec(text);
  if (landline) {
    const [, area, local, extension] = landline;
    return { ok: true, value: `${area}-${local}${extension ? `-${extension}` : ''}`, kind: 'landline' };
  }
  return { ok: false, code: 'phone.invalid' };
}

/** The number with its middle hidden: 138****8000, 0745-***1234; the extension is left out. */
export function maskPhone(phone: string): string {
  const checked = checkPhone(phone);
  if (checked.ok && checked.kind === 'mobile') return `${checked.value.slice(0, 3)}****${checked.value.slice(-4)}`;
  if (checked.ok) {
    const [area, local] = checked.value.split('-') as [string, string];
    return `${area}-${'*'.repeat(local.length - 4)}${local.slice(-4)}`;
  }
  const digits = stripWhitespace(foldFullWidth(phone));
  return '*'.repeat(Math.max(digits.length - 4, 0)) + digits.slice(-4);
}

/** The last 4 digits of the number itself (a landline's extension left out), as a resident reads them off. */
export function phoneLastFour(phone: string): string {
  const checked = checkPhone(phone);
  const main = checked.ok ? checked.value.split('-').slice(0, checked.kind === 'landline' ? 2 : 1).join('') : stripWhitespace(foldFullWidth(phone));
  return main.replace(/\D/g, '').slice(-4);
}

export type LastFourCheck = { ok: true; value: string } | { ok: false; code: 'phone.last4' };

/** Checks the last 4 digits of a phone as typed (full-width digits and spaces allowed). */
export function checkPhoneLastFour(input: string): LastFourCheck {
  const value = stripWhitespace(foldFullWidth(input));
  return /^\d{4}$/.test(value) ? { ok: true, value } : { ok: false, code: 'phone.last4' };
}
