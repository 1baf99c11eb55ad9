// Photos named in a claim: attached to its case in the same commit, and never to a second case.
import { beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { eq } from 'drizzle-orm';
import { cases, uploads } from '../../api/db/schema/index.ts';
import { newKey, testApp, validClaim } from './testApp.ts';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});

async function upload(): Promise<string> {
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).png().toBuffer();
  const form = new FormData();
  form.set('file', new File([png], 'hukou.png', { type: 'image/png' }));
  return ((await (await t.app.request('/api/uploads', { method: 'POST', body: form })).json()) as { uploadId: string }).uploadId;
}
const submit = (body: unknown) => t.post('/api/cases', body, { 'idempotency-key': newKey() });
const codeOf = async (res: Response) => ({ status: res.status, ...((await res.json()) as { code?: string; field?: string }) });

describe('photos of a claim', () => {
  it('are attached to the new case, and a second claim cannot take them', async () => {
    const photos = [await upload(), await upload()];
    const res = await submit(validClaim({ uploadIds: photos }));
    expect(res.status).toBe(201);
    const { caseNumber } = (await res.json()) as { caseNumber: string };
    const [row] = await t.services.db.select({ id: cases.id }).from(cases).where(eq(cases.caseNo, caseNumber));
    for (const id of photos) {
      const [photo] = await t.services.db.select().from(uploads).where(eq(uploads.id, id));
      expect(photo).toMatchObject({ caseId: row!.id, purpose: 'claim' });
    }
    expect(await codeOf(await submit(validClaim({ uploadIds: [photos[1], await upload()] })))).toMatchObject({ status: 422, code: 'upload_unknown', field: 'uploadIds' });
  });

  it('refuses a photo id that was never uploaded, and records nothing', async () => {
    const before = (await t.services.db.select({ id: cases.id }).from(cases)).length;
    const fresh = await upload();
    expect(await codeOf(await submit(validClaim({ uploadIds: [fresh, 'A'.repeat(22)] })))).toMatchObject({ status: 422, code: 'upload_unknown' });
    expect((await t.services.db.select({ id: cases.id }).from(cases)).length).toBe(before);
    const [photo] = await t.services.db.select().from(uploads).where(eq(uploads.id, fresh));
    expect(photo?.caseId).toBeNull();
  });
});
