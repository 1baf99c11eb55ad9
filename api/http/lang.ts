// The request's language: `?lang=` first, then Accept-Language; zh-CN when neither names a language we have.
import type { Context } from 'hono';
import { DEFAULT_LANG, type Lang } from '../i18n/translate.ts';
import { requestHeader } from './requestHeader.ts';

export function requestLang(c: Context): Lang {
  const asked = c.req.query('lang') ?? requestHeader(c, 'accept-language');
  if (asked === undefined) return DEFAULT_LANG;
  for (const part of asked.split(',')) {
    const tag = part.split(';')[0]!.trim().toLowerCase();
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return DEFAULT_LANG;
}
