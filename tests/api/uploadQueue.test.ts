// Image work waits in a bounded queue: when it is full or the wait is too long, the photo is refused with 503 and
// a message saying to try again, never a hang.
import { beforeAll, describe, expect, it } from 'vitest';
import { noisePhoto, photoForm } from './photos.ts';
import { testApp } from './testApp.ts';

let t: Awaited<ReturnType<typeof testApp>>;
let photos: Buffer[];
beforeAll(async () => {
  // One photo at a time, one may wait and for at most 100 ms: a 12 MP photo takes longer than that to process.
  t = await testApp({ uploadRules: { queue: { concurrency: 1, maxWaiting: 1, maxWaitMs: 100 } } });
  photos = Array(4).fill(await noisePhoto(4000, 3000));
}, 60_000);
const upload = (bytes: Uint8Array, lang: string) => t.app.request('/api/uploads', { method: 'POST', body: photoForm(bytes), headers: { 'accept-language': lang } });

describe('POST /api/uploads, busy', () => {
  it('answers 503 with the error body to photos that cannot be processed soon, and processes the rest', async () => {
    const answers = await Promise.all(photos.map((p, i) => upload(p, i % 2 === 0 ? 'zh-CN' : 'en')));
    const statuses = answers.map((r) => r.status);
    expect(statuses).toContain(201);
    expect(statuses).toContain(503);
    expect(statuses.every((s) => s === 201 || s === 503)).toBe(true);
    for (const [i, res] of answers.entries()) {
      if (res.status !== 503) continue;
      const body = (await res.json()) as { code: string; message: string; requestId: string };
      expect(body.code).toBe('photo_queue_busy');
      expect(body.message).toContain(i % 2 === 0 ? '请过' : 'try again');
      expect(body.requestId).not.toBe('');
      expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    }
  });
});
