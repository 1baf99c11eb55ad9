// The 演示站 notice every page of a demo database carries: plain HTML right after <body…>, no script or inline
// style, so each page's CSP stays as the build made it (the look is .demo-banner in site/styles/global.css).
import { translate, type Lang } from '../i18n/translate.ts';

const banners = new Map<Lang, string>(
  (['zh-CN', 'en'] as const).map((lang) => [lang, `<aside class="demo-banner" aria-label="${translate(lang, 'ui:demo.label')}"><p>${translate(lang, 'ui:demo.banner')}</p></aside>`]),
);

const BODY_TAG = /<body\b[^>]*>/i;

/** The page with the banner in its own language (from <html lang>) right after its <body> tag. */
export function withDemoBanner(html: string): string {
  const lang: Lang = /<html\b[^>]*\blang="en/i.test(html) ? 'en' : 'zh-CN';
  return html.replace(BODY_TAG, (tag) => tag + banners.get(lang)!);
}
