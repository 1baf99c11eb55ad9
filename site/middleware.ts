import { defineMiddleware } from 'astro:middleware';
import { langFromPath, langPrefix, translator } from './lib/i18n.ts';

// Computed once per route and handed to every component through Astro.locals.
export const onRequest = defineMiddleware((context, next) => {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  const path = context.url.pathname.startsWith(base) ? context.url.pathname.slice(base.length) : context.url.pathname;
  const lang = langFromPath(path);
  context.locals.lang = lang;
  context.locals.t = translator(lang);
  context.locals.href = (to = '', forLang = lang) => `${base}${langPrefix(forLang)}${to}`;
  context.locals.pathInLang = path.slice(langPrefix(lang).length);
  // The village terminals' build (issue 11): shared components leave out what would lead off the kiosk.
  context.locals.kiosk = context.locals.pathInLang.startsWith('kiosk/');
  return next();
});
