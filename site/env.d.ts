/// <reference types="astro/client" />
declare namespace App {
  interface Locals {
    /** Language of the page, e.g. zh-CN or en. */
    lang: string;
    /** i18next translator for that language (namespace ui by default). */
    t: import('i18next').TFunction;
    /** URL of a page in this (or another) language, with the base path: href('policy/dibao/'). */
    href: (to?: string, lang?: string) => string;
    /** The page's path without base and language prefix, to link its translation. */
    pathInLang: string;
    /** Whether the page is part of the kiosk build under /kiosk/ (no links or forms leave it). */
    kiosk: boolean;
  }
}
declare module '*.yaml?raw' {
  const text: string;
  export default text;
}
