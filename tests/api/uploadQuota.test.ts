// Uploads are limited per client and hour, by count and by bytes; another client is not affected.
import { beforeAll, describe, expect, it } from 'vitest';
import { noisePhoto, photoForm, plainPhoto } from './photos.ts';
import { testApp } from './testApp.ts';

let t: Awaited<ReturnType<typeof testApp>>;
let clock = new Date('2026-12-01T09:00:00+08:00');
let small: Buffer;
let medium: Buffer;
beforeAll(async () => {
  t = await testApp({ env: { TRUST_PROXY: '1' }, now: () => clock, uploadRules: { perHour: 3, bytesPerHour: 1_000_000 } });
  small = await plainPhoto(40, 30);
  medium = await noisePhoto(1200, 900);
}, 60_000);
const uploadFrom = (address: string, bytes: Uint8Array, lang = 'zh-CN') =>
  t.app.request('/api/uploads', { method: 'POST', body: photoForm(bytes), headers: { 'x-forwarded-for': address, 'accept-language': lang } });

describe('POST /api/uploads, quota per client', () => {
  it('refuses the 4th photo in an hour from one client, says how long to wait, and serves another client', async () => {
    for (let i = 0; i < 3; i++) expect((await uploadFrom('203.0.113.7', small)).status).toBe(201);
    clock = new Date(clock.getTime() + 20 * 60_000);
    const refused = await uploadFrom('203.0.113.7', small);
    expect(refused.status).toBe(429);
    const body = (await refused.json()) as { code: string; message: string; requestId: string };
    expect(body.code).toBe('upload_quota');
    expect(body.message).toContain('40分钟');
    expect(refused.headers.get('retry-after')).toBe(String(40 * 60));
    const en = (await (await uploadFrom('203.0.113.7', small, 'en')).json()) as { message: string };
    expect(en.message).toContain('40 minutes');
    expect((await uploadFrom('198.51.100.23', small)).status).toBe(201);
    clock = new Date(clock.getTime() + 41 * 60_000);
    expect((await uploadFrom('203.0.113.7', small)).status).toBe(201);
  });

  it('refuses a photo that would take one client past its bytes for the hour', async () => {
    expect(medium.length).toBeGreaterThan(400_000);
    expect(medium.length).toBeLessThan(500_000);
    expect((await uploadFrom('192.0.2.44', medium)).status).toBe(201);
    expect((await uploadFrom('192.0.2.44', medium)).status).toBe(201);
    const refused = await uploadFrom('192.0.2.44', medium);
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { code: string }).code).toBe('upload_quota');
    expect((await uploadFrom('192.0.2.45', medium)).status).toBe(201);
  });
});
