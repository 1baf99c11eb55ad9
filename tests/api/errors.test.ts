import { beforeAll, describe, expect, it } from 'vitest';
import { testApp, validClaim } from './testApp.ts';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});

async function errorOf(res: Response) {
  const body = (await res.json()) as Record<string, unknown>;
  expect(Object.keys(body).sort()).toEqual(expect.arrayContaining(['code', 'message', 'requestId']));
  expect(body['requestId']).toBe(res.headers.get('x-request-id'));
  return { status: res.status, ...body } as { status: number; code: string; message: string; field?: string };
}

describe('one error body under /api', () => {
  it('400 for malformed JSON', async () => {
    const e = await errorOf(await t.post('/api/eligibility', '{"county":'));
    expect([e.status, e.code]).toEqual([400, 'malformed_body']);
  });

  it('415 for a JSON endpoint sent another content type', async () => {
    const e = await errorOf(await t.app.request('/api/eligibility', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' }));
    expect([e.status, e.code]).toEqual([415, 'unsupported_media_type']);
  });

  it('413 for a JSON body over the limit, with its own code and a message that is not about photos', async () => {
    const e = await errorOf(await t.post('/api/eligibility', { county: '431225', pad: 'x'.repeat(300_000) }));
    expect([e.status, e.code]).toEqual([413, 'body_too_large']);
    expect(e.message).not.toContain('照片');
    const en = await errorOf(await t.post('/api/eligibility?lang=en', { county: '431225', pad: 'x'.repeat(300_000) }));
    expect([en.code, en.message]).toEqual(['body_too_large', expect.not.stringMatching(/photo/i)]);
  });

  it('400 for a missing header names the header, in both languages, with no placeholder left in the message', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const e = await errorOf(await t.post('/api/cases', validClaim(), { 'accept-language': lang }));
      expect([e.status, e.code, e.field]).toEqual([400, 'bad_header', 'idempotency-key']);
      expect(e.message).not.toContain('{{');
      expect(e.message).toContain('idempotency-key');
    }
  });

  it('422 names the first bad field, in zh-CN by default and in English on request', async () => {
    const body = { county: '431225', hukou: 'urban', members: [{ age: 35 }, { age: -1 }], monthlyIncome: 800 };
    const zh = await errorOf(await t.post('/api/eligibility', body));
    expect([zh.status, zh.code, zh.field]).toEqual([422, 'validation', 'members.1.age']);
    expect(zh.message).toMatch(/[\u4e00-\u9fff]/);
    const en = await errorOf(await t.post('/api/eligibility?lang=en', body));
    expect(en.field).toBe('members.1.age');
    expect(en.message).toMatch(/^[\x20-\x7e]+$/);
  });

  it('404 for an unknown /api path, as JSON', async () => {
    const e = await errorOf(await t.app.request('/api/no-such-thing', { headers: { 'accept-language': 'en' } }));
    expect([e.status, e.code, e.message]).toEqual([404, 'not_found', 'Nothing was found at this address.']);
  });

  it('429 after too many failed lookups (see lookup.test.ts for the buckets)', async () => {
    let last: Response | undefined;
    for (let i = 0; i < 6; i++) last = await t.post('/api/cases/lookup', { caseNumber: '123456789018', factor: '000000' });
    const e = await errorOf(last!);
    expect([e.status, e.code]).toEqual([429, 'too_many_requests']);
    expect(e.message).toMatch(/\d+分钟/);
  });
});

describe('OpenAPI', () => {
  it('documents every operation from the same schemas, with a readable page', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/eligibility', '/api/regions', '/api/uploads', '/api/cases', '/api/cases/lookup', '/api/cases/supplement', '/api/session']));
    const page = await (await t.app.request('/api/docs')).text();
    expect(page).toContain('POST /api/cases/lookup');
    expect(page).not.toContain('<script');
  });

  it('lists counties with townships for the pickers', async () => {
    const body = (await (await t.app.request('/api/regions')).json()) as { counties: { code: string; townships: { name: string }[] }[] };
    expect(body.counties.map((c) => c.code).sort()).toEqual(['431225', '520400', '522725', '632223']);
    expect(body.counties.find((c) => c.code === '431225')?.townships.map((t) => t.name)).toContain('林城镇');
  });
});
