// Phone photos of documents are 12–50 MP: they are accepted, shrunk first and stored small; larger ones are refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { blockyPhoto, photoForm, plainPhoto } from './photos.ts';
import { testApp } from './testApp.ts';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
}, 60_000);
const upload = (bytes: Uint8Array, lang = 'zh-CN') => t.app.request('/api/uploads', { method: 'POST', body: photoForm(bytes), headers: { 'accept-language': lang } });

describe('POST /api/uploads, large photos', () => {
  it('accepts a 49 MP photo, stores it 2400 px on its long side, small and within seconds', async () => {
    const photo = await blockyPhoto(8064, 6048);
    expect(photo.length).toBeGreaterThan(3_000_000);
    const started = performance.now();
    const res = await upload(photo);
    const ms = performance.now() - started;
    expect(res.status).toBe(201);
    const body = (await res.json()) as { uploadId: string; bytes: number; width: number; height: number };
    expect([body.width, body.height]).toEqual([2400, 1800]);
    const stored = readFileSync(join(t.services.uploadsDir, `${body.uploadId}.jpeg`));
    expect(stored.length).toBe(body.bytes);
    expect(stored.length).toBeLessThan(2_500_000);
    expect(await sharp(stored).metadata()).toMatchObject({ format: 'jpeg', width: 2400, height: 1800 });
    expect(ms).toBeLessThan(10_000);
  });

  it('refuses a photo over 50 MP with a message that names the limit, in the user’s language', async () => {
    const photo = await plainPhoto(8200, 6200);
    const zh = await upload(photo);
    expect(zh.status).toBe(422);
    const zhBody = (await zh.json()) as { code: string; message: string; field: string; requestId: string };
    expect(zhBody).toMatchObject({ code: 'image_too_many_pixels', field: 'file' });
    expect(zhBody.message).toContain('5000万像素');
    expect(zhBody.requestId).not.toBe('');
    const en = (await (await upload(photo, 'en')).json()) as { message: string };
    expect(en.message).toContain('50 megapixels');
  });
});
