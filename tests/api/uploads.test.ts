import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './testApp.ts';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
const upload = (bytes: Uint8Array, name = 'photo.jpg') => {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], name));
  return t.app.request('/api/uploads', { method: 'POST', body: form, headers: { 'accept-language': 'en' } });
};

describe('POST /api/uploads', () => {
  it('re-encodes a JPEG and drops its EXIF with GPS', async () => {
    const withGps = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#886644' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'PhoneMaker', Model: 'Secret-Model' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '26/1 52/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '109/1 41/1 0/1' } })
      .toBuffer();
    expect((await sharp(withGps).metadata()).exif).toBeDefined();
    const res = await upload(withGps);
    expect(res.status).toBe(201);
    const body = (await res.json()) as { uploadId: string; bytes: number; width: number; height: number };
    expect([body.width, body.height]).toEqual([40, 30]);
    const stored = readdirSync(t.services.uploadsDir).find((f) => f.startsWith(body.uploadId))!;
    const bytes = readFileSync(join(t.services.uploadsDir, stored));
    const meta = await sharp(bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(bytes.includes(Buffer.from('Secret-Model'))).toBe(false);
    expect(bytes.includes(Buffer.from('GPS'))).toBe(false);
    expect(stored).not.toContain('photo');
  });

  it('accepts PNG and WebP by their bytes, whatever the name says', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 4, background: '#fff0' } }).png().toBuffer();
    const webp = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).webp().toBuffer();
    expect((await upload(png, 'x.txt')).status).toBe(201);
    expect((await upload(webp, 'x.gif')).status).toBe(201);
  });

  it('refuses other formats with 415, named .jpg or not', async () => {
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
    const res = await upload(gif, 'photo.jpg');
    expect(res.status).toBe(415);
    expect(((await res.json()) as { code: string }).code).toBe('unsupported_image');
    expect((await upload(Buffer.from('%PDF-1.7 hello'))).status).toBe(415);
  });

  it('refuses a file over 10 MB with 413', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set([0xff, 0xd8, 0xff]);
    const res = await upload(big);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { code: string }).code).toBe('payload_too_large');
  });

  it('refuses a broken image that only starts like a JPEG', async () => {
    const res = await upload(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5]));
    expect(res.status).toBe(422);
  });
});
