// The 代办 session cookie: Secure with a __Host-/__Secure- prefix whenever the browser came over TLS, its path under the base.
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.ts';
import { agents } from '../../api/db/schema/index.ts';
import { hashPassword } from '../../api/security/passwords.ts';
import { testApp } from './testApp.ts';

const login = { username: 'cookie-test', password: 'a long test passphrase' };
let t: Awaited<ReturnType<typeof testApp>>;

beforeAll(async () => {
  t = await testApp({ env: { TRUST_PROXY: '1' } });
  await t.services.db.insert(agents).values({ username: login.username, passwordHash: await hashPassword(login.password), displayName: '林城镇测试 张*', county: '431225', township: '林城镇' });
});

/** Signs in at `origin + base` and returns the Set-Cookie line and the name=value pair a browser sends back. */
async function signIn(base: string, origin: string, headers: Record<string, string> = {}) {
  const app = base === '/' ? t.app : createApp({ base, services: t.services });
  const res = await app.request(`${origin}${base}api/agent/session`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(login) });
  expect(res.status).toBe(200);
  const setCookie = res.headers.get('set-cookie')!;
  const listCases = (cookie: string) => app.request(`${origin}${base}api/agent/cases`, { headers: { cookie, ...headers } });
  const signOut = (cookie: string) => app.request(`${origin}${base}api/agent/session`, { method: 'DELETE', headers: { cookie, ...headers } });
  return { setCookie, pair: setCookie.split(';')[0]!, attributes: setCookie.split(';').slice(1).map((a) => a.trim()), listCases, signOut };
}

describe('the agent session cookie', () => {
  it('over plain http: no prefix, not Secure, HttpOnly, SameSite=Strict, Path=/', async () => {
    const s = await signIn('/', 'http://localhost');
    expect(s.pair).toMatch(/^mzy_agent=/);
    expect(s.attributes).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Strict']));
    expect(s.attributes).not.toContain('Secure');
    expect((await s.listCases(s.pair)).status).toBe(200);
  });

  it('behind the trusted TLS proxy (X-Forwarded-Proto: https): __Host- and Secure, and the cookie is read back', async () => {
    const https = { 'x-forwarded-proto': 'https' };
    const s = await signIn('/', 'http://localhost', https);
    expect(s.pair).toMatch(/^__Host-mzy_agent=/);
    expect(s.attributes).toEqual(expect.arrayContaining(['Secure', 'Path=/', 'HttpOnly', 'SameSite=Strict']));
    expect((await s.listCases(s.pair)).status).toBe(200);
    const out = await s.signOut(s.pair);
    expect(out.headers.get('set-cookie')).toMatch(/^__Host-mzy_agent=; Max-Age=0; .*Secure/);
    expect((await s.listCases(s.pair)).status).toBe(401);
  });

  it('served over https under a base path: __Secure- (a __Host- cookie must have Path=/) with Path=/mzj/', async () => {
    const s = await signIn('/mzj/', 'https://portal.example');
    expect(s.pair).toMatch(/^__Secure-mzy_agent=/);
    expect(s.attributes).toEqual(expect.arrayContaining(['Secure', 'Path=/mzj/', 'HttpOnly', 'SameSite=Strict']));
    expect((await s.listCases(s.pair)).status).toBe(200);
    expect((await s.signOut(s.pair)).headers.get('set-cookie')).toMatch(/^__Secure-mzy_agent=; Max-Age=0; Path=\/mzj\/;/);
  });

  it('over plain http under a base path: Path=/mzj/, so a neighbouring app on the same host never receives it', async () => {
    const s = await signIn('/mzj/', 'http://localhost');
    expect(s.pair).toMatch(/^mzy_agent=/);
    expect(s.attributes).toContain('Path=/mzj/');
  });

  it('ignores X-Forwarded-Proto when the proxy is not trusted (a client cannot pick the cookie it gets)', async () => {
    const untrusted = await testApp();
    await untrusted.services.db.insert(agents).values({ username: login.username, passwordHash: await hashPassword(login.password), displayName: '林城镇测试 张*', county: '431225', township: '林城镇' });
    const res = await untrusted.post('/api/agent/session', login, { 'x-forwarded-proto': 'https' });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/^mzy_agent=/);
    expect(res.headers.get('set-cookie')).not.toContain('Secure');
  });
});
