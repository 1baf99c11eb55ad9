import { parse } from 'yaml';
import raw from '../../content/site.yaml?raw';

/** Footer and contact settings from content/site.yaml; empty strings hide their line. */
export interface SiteConfig {
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

export const siteConfig: SiteConfig = parse(raw);
