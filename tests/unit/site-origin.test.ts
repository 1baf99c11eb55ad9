import { describe, expect, it } from 'vitest';
import { absoluteUrl, originFrom, siteConfig } from '../../site/lib/site-config.ts';

// Printed 明白纸 carry the page's full address: the origin comes from content/site.yaml or SITE_ORIGIN at build.
describe('site origin', () => {
  it('takes scheme and host, with or without a trailing slash', () => {
    expect(originFrom('https://mzj.example.gov.cn/')).toBe('https://mzj.example.gov.cn');
    expect(originFrom(' http://localhost:4321 ')).toBe('http://localhost:4321');
  });

  it('refuses a path, since the base path is BASE_PATH, and says where to fix it', () => {
    expect(() => originFrom('https://www.example.gov.cn/mzj')).toThrow(/scheme and host only.*SITE_ORIGIN/);
    expect(() => originFrom('www.example.gov.cn')).toThrow(/scheme and host only/);
  });

  it('makes full addresses of paths that carry the base path', () => {
    expect(absoluteUrl('/mzj/policy/dibao/')).toBe(`${siteConfig.origin}/mzj/policy/dibao/`);
  });
});
