import { parse } from 'yaml';
import raw from '../../content/site.yaml?raw';

/** Footer and contact settings from content/site.yaml; empty strings hide their line. */
export interface SiteConfig {
  /** Scheme and host residents reach the site at, e.g. https://mzj.example.gov.cn; no path, no trailing slash. */
  origin: string;
  owner: string;
  ownerEn: string;
  phone: string;
  complaintPhone: string;
  email: string;
  address: string;
  siteCode: string;
  icp: string;
  icpUrl: string;
  publicSecurity: string;
  publicSecurityUrl: string;
  errataUrl: string;
}

const parsed: SiteConfig = parse(raw);

/** A deployment sets its own origin at build (SITE_ORIGIN) without editing the content. */
export function originFrom(value: string): string {
  const origin = value.trim().replace(/\/+$/, '');
  if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
    throw new Error(`site origin "${value}" must be scheme and host only, e.g. https://mzj.example.gov.cn (content/site.yaml origin or SITE_ORIGIN)`);
  }
  return origin;
}

export const siteConfig: SiteConfig = { ...parsed, origin: originFrom(process.env.SITE_ORIGIN || parsed.origin) };

/** The full address of a path that already carries the base path, as printed on paper and in QR codes. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${siteConfig.origin}/`).href;
}
