import { argon2Sync, scryptSync } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { HashQueueBusy, makeHashQueue } from '../../api/security/hashQueue.ts';
import { hashPassword, verifyPassword } from '../../api/security/passwords.ts';

const queues: { close: () => Promise<void> }[] = [];
const queue = (workers: number, maxWaiting: number, maxWaitMs: number) => {
  const q = makeHashQueue({ workers, maxWaiting, maxWaitMs });
  queues.push(q);
  return q;
};
afterAll(async () => {
  await Promise.all(queues.map((q) => q.close()));
});
const salt = Buffer.from('0123456789abcdef');
const scryptJob = (password: string) => ({ algorithm: 'scrypt' as const, password, salt, keyLength: 32, cost: { N: 16384, r: 8, p: 1 } });

describe('the hashing queue', () => {
  it('gives the same keys as node:crypto, for scrypt and for argon2id', async () => {
    const q = queue(1, 4, 5000);
    expect(await q.hash(scryptJob('secret'))).toEqual(scryptSync('secret', salt, 32, { N: 16384, r: 8, p: 1 }));
    const argon = { memory: 19456, passes: 2, parallelism: 1 };
    expect(await q.hash({ algorithm: 'argon2id', password: 'secret', salt, keyLength: 32, cost: argon })).toEqual(argon2Sync('argon2id', { message: 'secret', nonce: salt, tagLength: 32, ...argon }));
  });

  it('refuses a job at once when the queue is full, and one that waited too long', async () => {
    const q = queue(1, 1, 60_000);
    const results = await Promise.allSettled([q.hash(scryptJob('a')), q.hash(scryptJob('b')), q.hash(scryptJob('c'))]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect((results[2] as PromiseRejectedResult).reason).toBeInstanceOf(HashQueueBusy);
    const slow = queue(1, 10, 1);
    const waited = await Promise.allSettled([slow.hash(scryptJob('a')), slow.hash(scryptJob('b'))]);
    expect(waited.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
  });

  it('keeps working after a job fails', async () => {
    const q = queue(1, 4, 5000);
    await expect(q.hash({ ...scryptJob('x'), cost: { N: 3, r: 8, p: 1 } })).rejects.toThrow(/password hashing failed/);
    expect((await q.hash(scryptJob('x'))).length).toBe(32);
  });

  it('hashes and verifies passwords through it', async () => {
    const q = queue(1, 4, 5000);
    const stored = await hashPassword('Cun-weihui-2026', q);
    expect(stored).toMatch(/^argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword('Cun-weihui-2026', stored, q)).toBe(true);
    expect(await verifyPassword('cun-weihui-2026', stored, q)).toBe(false);
  });
});
