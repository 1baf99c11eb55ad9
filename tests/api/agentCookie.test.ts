// The session cookie (agents and staff): Secure with a __Host-/__Secure- prefix whenever the browser came over TLS, its path under the base.
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.ts';
import { accounts } from '../../api/db/schema/index.ts';
import { hashPassword } from '../../api/security/passwords.ts';
import { testApp } from './testApp.ts';

const login = { username: 'cookie-test', password: 'a long test passphrase' };
let t: Awaited<ReturnType<typeof testApp>>;
const agentAccount = (passwordHash: string) => ({ username: login.username, passwordHash, displayName: '林城镇测试 张*', role: 'agent' as const, county: '431225', township: '林城镇', createdAt: new Date().toISOString() });

beforeAll(async () => {
  t = await testApp({ env: { TRUST_PROXY: '1' } });
  await t.services.db.insert(accounts).values(agentAccount(await hashPassword(login.password)));
});

/** Signs in at `origin + base` and returns the Set-Cookie line and the name=value pair a browser sends back. */
async function signIn(base: string, origin: string, headers: Record<string, string> = {}) {
  const app = base === '/' ? t.app : createApp({ base, services: t.services });
  const res = await app.request(`${origin}${base}api/session`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(login) });
  expect(res.status).toBe(200);
  const setCookie = res.headers.get('set-cookie')!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const listCases = (cookie: string) => app.request(`${origin}${base}api/agent/cases`, { headers: { cookie, ...headers } });
  const signOut = (cookie: string) => app.request(`${origin}${base}api/session`, { method: 'DELETE', headers: { cookie, 'x-csrf-token': csrfToken, origin, ...headers } });
  return { setCookie, pair: setCookie.split(';')[0]!, attributes: setCookie.split(';').slice(1).map((a) => a.trim()), listCases, signOut };
}

describe('the session cookie', () => {
  it('over plain http: no prefix, not Secure, HttpOnly, SameSite=Strict, Path=/', async () => {
    const s = await signIn('/', 'http://localhost');
    expect(s.pair).toMatch(/^mzy_session=/);
    expect(s.attributes).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Strict']));
    expect(s.attributes).not.toContain('Secure');
    expect((await s.listCases(s.pair)).status).toBe(200);
  });

  it('behind the trusted TLS proxy (X-Forwarded-Proto: https): __Host- and Secure, and the cookie is read back', async () => {
    const https = { 'x-forwarded-proto': 'https' };
    const s = await signIn('/', 'http://localhost', https);
    expect(s.pair).toMatch(/^__Host-mzy_session=/);
    expect(s.attributes).toEqual(expect.arrayContaining(['Secure', 'Path=/', 'HttpOnly', 'SameSite=Strict']));
    expect((await s.listCases(s.pair)).status).toBe(200);
    const out = await s.signOut(s.pair);
    expect(out.headers.get('set-cookie')).toMatch(/^__Host-mzy_session=; Max-Age=0; .*Secure/);
    expect((await s.listCases(s.pair)).status).toBe(401);
  });

  it('served over https under a base path: __Secure- (a __Host- cookie must have Path=/) with Path=/mzj/', async () => {
    const s = await signIn('/mzj/', 'https://portal.example');
    expect(s.pair).toMatch(/^__Secure-mzy_session=/);
    expect(s.attributes).toEqual(expect.arrayContaining(['Secure', 'Path=/mzj/', 'HttpOnly', 'SameSite=Strict']));
    expect((await s.listCases(s.pair)).status).toBe(200);
    expect((await s.signOut(s.pair)).headers.get('set-cookie')).toMatch(/^__Secure-mzy_session=; Max-Age=0; Path=\/mzj\/;/);
  });

  it('over plain http under a base path: Path=/mzj/, so a neighbouring app on the same host never receives it', async () => {
    const s = await signIn('/mzj/', 'http://localhost');
    expect(s.pair).toMatch(/^mzy_session=/);
    expect(s.attributes).toContain('Path=/mzj/');
  });

  it('ignores X-Forwarded-Proto when the proxy is not trusted (a client cannot pick the cookie it gets)', async () => {
    const untrusted = await testApp();
    await untrusted.services.db.insert(accounts).values(agentAccount(await hashPassword(login.password)));
    const res = await untrusted.post('/api/session', login, { 'x-forwarded-proto': 'https' });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/^mzy_session=/);
    expect(res.headers.get('set-cookie')).not.toContain('Secure');
  });
});
