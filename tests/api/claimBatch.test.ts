// Claims written together in one group-commit batch (one read, one statement per table): each claim gets the answer
// it would get alone, in the order they came, a refused one takes nothing from the others, and the audit chain
// stays one unbroken line. Claims handed to the group commit in one tick share one batch.
import { randomBytes } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import sharp from 'sharp';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeAuditMac } from '../../api/audit/auditKey.ts';
import { verifyAudit } from '../../api/audit/verify.ts';
import { prepareClaim } from '../../api/cases/prepareClaim.ts';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { openClaimConnection } from '../../api/db/claimConnection.ts';
import { auditEvents, cases, idempotencyKeys, uploads } from '../../api/db/schema/index.ts';
import { ApiError } from '../../api/http/errors.ts';
import type { ClaimResponse } from '../../api/schemas/cases.ts';
import { claimRequestSchema } from '../../api/schemas/cases.ts';
import { household, newKey, testApp, validClaim } from './testApp.ts';

const dataKey = randomBytes(32);
let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp({ env: { MZY_DATA_KEY: dataKey.toString('hex'), TRUST_PROXY: '1' } });
});
afterEach(() => {
  vi.restoreAllMocks();
});
// What the group commit logs when a batch had to be written again claim by claim.
const rewrites = () => {
  const warn = vi.spyOn(console, 'warn');
  return () => warn.mock.calls.filter(([line]) => String(line).startsWith('[claims]')).map(([line]) => String(line));
};

const prepare = (body: Record<string, unknown>, key = newKey(), client = 'ip:198.51.100.1') =>
  prepareClaim(t.services, { idempotencyKey: key, claim: claimRequestSchema.parse(body), agent: undefined, lang: 'zh-CN', client }).claim;
/** Every claim handed over in the same tick: one batch. */
const inOneBatch = (claims: ReturnType<typeof prepare>[]) => Promise.allSettled(claims.map((c) => t.services.claims(c)));
const answerOf = (o: PromiseSettledResult<ClaimResponse>) => {
  if (o.status === 'rejected') throw new Error(`refused: ${String(o.reason)}`);
  return o.value;
};
const refusalOf = (o: PromiseSettledResult<ClaimResponse>) => {
  if (o.status === 'fulfilled') return 'accepted';
  return o.reason instanceof ApiError ? `${o.reason.status} ${o.reason.code}` : String(o.reason);
};
const casesNumbered = async (numbers: string[]) => (await t.services.db.select({ id: cases.id, caseNo: cases.caseNo }).from(cases).where(inArray(cases.caseNo, numbers)));
const chainVerifies = async () => expect(await verifyAudit(t.services.db, makeAuditMac(dataKey))).toMatchObject({ ok: true });
const photo = async () => {
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).png().toBuffer();
  const form = new FormData();
  form.set('file', new File([png], 'hukou.png', { type: 'image/png' }));
  return ((await (await t.app.request('/api/uploads', { method: 'POST', body: form })).json()) as { uploadId: string }).uploadId;
};

describe('claims in one batch', () => {
  it('each gets its own answer: new claims, retries, a household twice, a photo taken, a key reused', async () => {
    const storedKey = newKey();
    const stored = validClaim();
    const first = answerOf((await inOneBatch([prepare(stored, storedKey)]))[0]!);
    const home = household();
    const [shared, fresh] = [await photo(), await photo()];
    const newKeyOfBatch = newKey();
    const withPhoto = validClaim({ uploadIds: [shared] });
    const client = 'ip:198.51.100.7';
    const logged = rewrites();
    const outcomes = await inOneBatch([
      prepare(withPhoto, newKeyOfBatch, client),
      prepare(stored, storedKey, client), // a retry of a claim committed before
      prepare(validClaim(home), newKey(), client),
      prepare(validClaim({ ...home, reason: '同一户又申请一次。' }), newKey(), client), // 一户一案 within the batch
      prepare(validClaim({ uploadIds: [fresh, shared] }), newKey(), client), // the photo went to the first claim
      prepare({ ...stored, reason: '另一个理由' }, storedKey, client), // the key with another body
      prepare(withPhoto, newKeyOfBatch, client), // a retry of the batch's first claim, in the same batch
      prepare(validClaim({ uploadIds: [fresh] }), newKey(), client),
    ]);
    expect(outcomes.map(refusalOf)).toEqual(['accepted', 'accepted', 'accepted', '409 household_case_open', '422 upload_unknown', '422 idempotency_key_reused', 'accepted', 'accepted']);
    const [made, replayed, homeCase, , , , replayedInBatch, last] = outcomes.map((o) => (o.status === 'fulfilled' ? o.value : undefined));
    // Decided from the batch's one read, not by the claim-by-claim fallback.
    expect(logged()).toEqual([]);
    expect(replayed).toEqual(first);
    expect(replayedInBatch).toEqual(made);
    const numbers = [made!, homeCase!, last!].map((a) => a.caseNumber);
    expect(new Set(numbers).size).toBe(3);
    const rows = await casesNumbered(numbers);
    expect(rows).toHaveLength(3);
    const idOf = new Map(rows.map((r) => [r.caseNo, r.id]));
    // Each photo on its own case, each key on its own case, each case its one first event.
    const photoRows = await t.services.db.select({ id: uploads.id, caseId: uploads.caseId, purpose: uploads.purpose }).from(uploads).where(inArray(uploads.id, [shared, fresh]));
    expect(new Map(photoRows.map((p) => [p.id, p.caseId]))).toEqual(new Map([[shared, idOf.get(made!.caseNumber)], [fresh, idOf.get(last!.caseNumber)]]));
    expect(photoRows.every((p) => p.purpose === 'claim')).toBe(true);
    const [keyRow] = await t.services.db.select({ caseId: idempotencyKeys.caseId }).from(idempotencyKeys).where(eq(idempotencyKeys.key, newKeyOfBatch));
    expect(keyRow!.caseId).toBe(idOf.get(made!.caseNumber));
    const events = await t.services.db.select({ caseId: auditEvents.caseId, kind: auditEvents.kind }).from(auditEvents).where(inArray(auditEvents.caseId, [...idOf.values()]));
    expect(events.map((e) => e.kind)).toEqual(['submitted', 'submitted', 'submitted']);
    await chainVerifies();

    // Counted against the client: the three new claims and the household's second (not the retries, not the 422s).
    const more = await inOneBatch(Array.from({ length: 8 }, () => prepare(validClaim(), newKey(), client)));
    expect(more.map(refusalOf)).toEqual([...Array(6).fill('accepted'), '429 claims_too_many', '429 claims_too_many']);
  });

  it('when a statement of the batch fails where the read foresaw nothing, writes it again claim by claim: only the bad claim fails', async () => {
    // A rule the batch's read cannot see: the database refuses one claim's case row.
    await t.services.client.execute("CREATE TRIGGER test_refuse_777 BEFORE INSERT ON cases WHEN NEW.requested_amount = 777 BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
    try {
      const claims = [validClaim(), validClaim({ programme: 'linshi-jiuzhu', requestedAmount: 777 }), validClaim(), validClaim({ programme: 'linshi-jiuzhu', requestedAmount: 800 })];
      const logged = rewrites();
      const outcomes = await inOneBatch(claims.map((c) => prepare(c, newKey(), `ip:198.51.100.${20 + claims.indexOf(c)}`)));
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      expect(logged()).toEqual(['[claims] a batch of 4 was written again claim by claim after SqliteError SQLITE_CONSTRAINT_TRIGGER']);
      expect(String((outcomes[1] as PromiseRejectedResult).reason)).toContain('refused by the test');
      const numbers = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value.caseNumber] : []));
      expect(await casesNumbered(numbers)).toHaveLength(3);
      await chainVerifies();
    } finally {
      await t.services.client.execute('DROP TRIGGER test_refuse_777');
    }
  });

  it('over HTTP, claims sent together get their own status and error body', async () => {
    const home = household();
    let address = 0;
    const post = (body: unknown, key = newKey()) => t.post('/api/cases', body, { 'idempotency-key': key, 'x-forwarded-for': `198.18.7.${address++}` });
    const key = newKey();
    const claim = validClaim();
    const answers = await Promise.all([post(claim, key), post(validClaim(home)), post(validClaim({ uploadIds: ['B'.repeat(22)] })), post(validClaim(home)), post(claim, key)]);
    expect(answers.map((a) => a.status)).toEqual([201, 201, 422, 409, 201]);
    const bodies = (await Promise.all(answers.map((a) => a.json()))) as { caseNumber?: string; code?: string; message?: string }[];
    expect(bodies[4]).toEqual(bodies[0]);
    expect(bodies[2]).toMatchObject({ code: 'upload_unknown', field: 'uploadIds' });
    expect(bodies[3]!.message).toContain('已经有一份同一项的申请正在办理');
    await chainVerifies();
  });

  it('refuses claims when the batch connection is not synchronous=FULL, and records nothing', async () => {
    const other = await testApp();
    await other.services.claimConnection.run({ sql: 'PRAGMA synchronous=NORMAL', args: [] });
    const res = await other.post('/api/cases', validClaim(), { 'idempotency-key': newKey() });
    expect(res.status).toBe(500);
    expect((await other.services.db.select({ id: cases.id }).from(cases)).length).toBe(0);
    other.services.claimConnection.close();
    other.services.client.close();
  });

  it('will not start on a database file whose claims connection could lose an acknowledged claim', async () => {
    const plain = join(t.dir, 'rollback-journal.db');
    await createClient({ url: `file:${plain}` }).execute('PRAGMA journal_mode=DELETE');
    await expect(openClaimConnection(plain)).rejects.toThrow(/journal_mode=delete, synchronous=2, busy_timeout=5000; claims need journal_mode=wal/);
  });
});
