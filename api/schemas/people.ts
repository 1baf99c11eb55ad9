// Names, ID numbers and phones checked by the domain rules; the issue's message is the domain error code,
// which the error handler turns into a sentence in the request's language.
import { z } from 'zod';
import { chinaDate } from '../domain/calendarDate.ts';
import { checkIdNumber } from '../domain/idNumber.ts';
import { checkName } from '../domain/personName.ts';
import { checkPhone } from '../domain/phone.ts';

// Generous bounds in UTF-16 units, before the domain checks count code points.
const raw = (max: number) => z.string().max(max);

/** A personal name: every Han character (Ext A–I), `·` with its look-alikes folded; stored as typed. */
export const personNameSchema = raw(400).superRefine((value, ctx) => {
  const checked = checkName(value);
  if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.code });
});

/** An 18-character GB 11643 number (resident ID, HK/Macao/Taiwan residence permit, foreigners' permanent residence card). */
export const idNumberSchema = raw(40).superRefine((value, ctx) => {
  const checked = checkIdNumber(value, chinaDate(new Date()));
  if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.code });
});

/** A mainland mobile or a landline with its area code (0745-8221234). */
export const phoneSchema = raw(40).superRefine((value, ctx) => {
  const checked = checkPhone(value);
  if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.code });
});
