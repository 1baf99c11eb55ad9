// Photos not attached to a claim are deleted, row and file, once they expire: by a sweep that keeps running.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { uploads } from '../../api/db/schema/index.ts';
import { photoForm, plainPhoto } from './photos.ts';
import { newKey, testApp, validClaim } from './testApp.ts';

let t: Awaited<ReturnType<typeof testApp>>;
let clock = new Date('2026-12-01T09:00:00+08:00');
beforeAll(async () => {
  t = await testApp({ now: () => clock, uploadRules: { ttlMs: 60 * 60_000, sweepEveryMs: 50 } });
});
const upload = async () => {
  const res = await t.app.request('/api/uploads', { method: 'POST', body: photoForm(await plainPhoto(40, 30)) });
  expect(res.status).toBe(201);
  return ((await res.json()) as { uploadId: string }).uploadId;
};
const rowOf = async (id: string) => (await t.services.db.select().from(uploads).where(eq(uploads.id, id)))[0];
const fileOf = (id: string) => join(t.services.uploadsDir, `${id}.jpeg`);

describe('expired uploads', () => {
  it('deletes an unattached photo past its time without a restart or another upload, and keeps an attached one', async () => {
    const loose = await upload();
    const attached = await upload();
    const claim = await t.post('/api/cases', validClaim({ uploadIds: [attached] }), { 'idempotency-key': newKey() });
    expect(claim.status).toBe(201);
    await new Promise((r) => setTimeout(r, 200));
    expect(await rowOf(loose)).toBeDefined();
    expect(existsSync(fileOf(loose))).toBe(true);

    clock = new Date(clock.getTime() + 61 * 60_000);
    for (let i = 0; i < 40 && ((await rowOf(loose)) || existsSync(fileOf(loose))); i++) await new Promise((r) => setTimeout(r, 50));
    expect(await rowOf(loose)).toBeUndefined();
    expect(existsSync(fileOf(loose))).toBe(false);
    expect(await rowOf(attached)).toBeDefined();
    expect(existsSync(fileOf(attached))).toBe(true);
  });
});
