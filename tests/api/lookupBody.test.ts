// What a kiosk or browser gets back for a lookup body that is not what the route declares: the same statuses and
// codes as every other JSON route (415 wrong type, 400 unreadable, 422 naming the first bad field), and the
// declared body in the OpenAPI document.
import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './testApp.ts';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});

const UNKNOWN = JSON.stringify({ caseNumber: '123456789018', factor: '000000' });
async function lookup(headers: Record<string, string>, body: BodyInit | null = null) {
  const res = await t.app.request('/api/cases/lookup', { method: 'POST', headers, body });
  const error = (await res.json()) as { code: string; field?: string; message: string; requestId: string };
  expect(error.requestId).toBe(res.headers.get('x-request-id'));
  return { status: res.status, code: error.code, field: error.field, message: error.message };
}
const json = (body: string, headers: Record<string, string> = {}) => lookup({ 'content-type': 'application/json', ...headers }, body);

describe('POST /api/cases/lookup with a body it cannot use', () => {
  it('415 for another content type, and for a body sent without one', async () => {
    for (const type of ['text/plain', 'application/xml', 'application/json;', 'application/a_b+json']) {
      expect(await lookup({ 'content-type': type }, UNKNOWN)).toMatchObject({ status: 415, code: 'unsupported_media_type' });
    }
    expect(await lookup({}, new TextEncoder().encode(UNKNOWN))).toMatchObject({ status: 415, code: 'unsupported_media_type' });
  });

  it('takes JSON with a charset, in upper case, or as a +json type (an unknown case is then 404)', async () => {
    for (const type of ['application/json; charset=utf-8', 'Application/JSON', 'application/vnd.kiosk+json']) {
      expect(await lookup({ 'content-type': type }, UNKNOWN)).toMatchObject({ status: 404, code: 'case_not_found' });
    }
  });

  it('400 for JSON that cannot be read, empty included', async () => {
    for (const body of ['{"caseNumber":', '']) expect(await json(body)).toMatchObject({ status: 400, code: 'malformed_body' });
  });

  it('422 naming the first bad field, with what is wrong with it', async () => {
    expect(await json('{"caseNumber":"","factor":"1"}')).toEqual({ status: 422, code: 'validation', field: 'caseNumber', message: '这一项太短、太小或太少。' });
    expect(await json(JSON.stringify({ caseNumber: 'x'.repeat(41), factor: '1' }))).toEqual({ status: 422, code: 'validation', field: 'caseNumber', message: '这一项太长、太大或太多。' });
    expect(await json('{"caseNumber":"123456789018"}')).toEqual({ status: 422, code: 'validation', field: 'factor', message: '这一项没有填或格式不对。' });
    expect(await json('{"caseNumber":"123456789018","factor":123456}')).toMatchObject({ status: 422, field: 'factor' });
    expect(await json('{"caseNumber":1,"factor":""}', { 'accept-language': 'en' })).toEqual({ status: 422, code: 'validation', field: 'caseNumber', message: 'This is missing or in the wrong form.' });
    // No content type and no body: nothing was sent, so the first field is missing.
    expect(await lookup({})).toMatchObject({ status: 422, code: 'validation', field: 'caseNumber' });
  });

  it('422 with an empty field for JSON that is not an object', async () => {
    for (const body of ['[]', 'null', '"123456789018"']) expect(await json(body)).toMatchObject({ status: 422, code: 'validation', field: '' });
  });

  it('ignores fields it does not know', async () => {
    expect(await json(JSON.stringify({ caseNumber: '123456789018', factor: '000000', extra: { deep: [1] } }))).toMatchObject({ status: 404, code: 'case_not_found' });
  });

  it('is documented with its JSON body of caseNumber and factor', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as { paths: Record<string, { post: { requestBody: { required: boolean; content: Record<string, { schema: { properties: object; required: string[] } }> } } }> };
    const body = doc.paths['/api/cases/lookup']!.post.requestBody;
    expect(body.required).toBe(true);
    expect(Object.keys(body.content)).toEqual(['application/json']);
    expect(Object.keys(body.content['application/json']!.schema.properties).sort()).toEqual(['caseNumber', 'factor']);
    expect(body.content['application/json']!.schema.required.sort()).toEqual(['caseNumber', 'factor']);
  });
});
