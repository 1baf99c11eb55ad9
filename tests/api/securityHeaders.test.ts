// Headers every response carries: a CSP without 'unsafe-inline' scripts (pages: see tests/unit/built-page-csp.test.ts), HSTS over TLS.
import { beforeAll, describe, expect, it } from 'vitest';
import { directives } from '../support/csp.ts';
import { testApp } from './testApp.ts';

let behindProxy: Awaited<ReturnType<typeof testApp>>;
let direct: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  behindProxy = await testApp({ env: { TRUST_PROXY: '1' } });
  direct = await testApp();
});

describe('Content-Security-Policy header', () => {
  for (const path of ['/api/health', '/api/docs', '/api/no-such-thing']) {
    it(`${path}: no inline scripts, no plugins, no foreign <base>, no framing by others`, async () => {
      const csp = directives((await direct.app.request(path)).headers.get('content-security-policy'));
      // A fetch directive left out falls back to default-src (base-uri does not, but a JSON answer has no <base>).
      const fetchDirective = (name: string) => csp.get(name) ?? csp.get('default-src');
      expect(fetchDirective('script-src')).toBeDefined();
      expect(fetchDirective('script-src')).not.toContain("'unsafe-inline'");
      expect(fetchDirective('object-src')).toEqual(["'none'"]);
      if (csp.get('default-src')?.join(' ') !== "'none'") expect(csp.get('base-uri')?.join(' ')).toMatch(/^'(self|none)'$/);
      expect(csp.get('frame-ancestors')?.join(' ')).toMatch(/^'(self|none)'$/);
    });
  }

  it('/api/docs, a page with no scripts at all, allows none', async () => {
    const res = await direct.app.request('/api/docs');
    expect(await res.text()).not.toContain('<script');
    expect(directives(res.headers.get('content-security-policy')).get('script-src')).toEqual(["'none'"]);
  });
});

describe('Strict-Transport-Security', () => {
  it('is sent by default when the browser came over TLS: directly, or through the trusted proxy', async () => {
    expect((await direct.app.request('https://portal.example/api/health')).headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}/);
    expect((await behindProxy.app.request('/api/health', { headers: { 'x-forwarded-proto': 'https' } })).headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}/);
  });

  it('is not sent over plain http, nor when an untrusted client claims https', async () => {
    expect((await behindProxy.app.request('/api/health')).headers.get('strict-transport-security')).toBeNull();
    expect((await behindProxy.app.request('/api/health', { headers: { 'x-forwarded-proto': 'http' } })).headers.get('strict-transport-security')).toBeNull();
    expect((await direct.app.request('/api/health', { headers: { 'x-forwarded-proto': 'https' } })).headers.get('strict-transport-security')).toBeNull();
  });
});
