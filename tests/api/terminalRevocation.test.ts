// A kiosk terminal's key stops working the moment its row is removed, not at the next restart.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { terminals } from '../../api/db/schema/index.ts';
import { terminalKeyHash } from '../../api/lookup/bucket.ts';
import { testApp } from './testApp.ts';

describe('a revoked terminal key', () => {
  it('is refused with 401 on the very next lookup', async () => {
    const t = await testApp();
    const key = 'kiosk-revocation-test-key-0001';
    await t.services.db.insert(terminals).values({ name: '林城镇便民服务中心（测试）', county: '431225', keyHash: terminalKeyHash(key) });
    const lookup = () => t.post('/api/cases/lookup', { caseNumber: '123456789018', factor: '000000' }, { 'x-terminal-key': key });

    const before = await lookup();
    expect(before.status).toBe(404);
    expect(((await before.json()) as { code: string }).code).toBe('case_not_found');

    await t.services.db.delete(terminals).where(eq(terminals.keyHash, terminalKeyHash(key)));
    const after = await lookup();
    expect(after.status).toBe(401);
    expect(await after.json()).toMatchObject({ code: 'unauthorised', message: expect.stringMatching(/[\u4e00-\u9fff]/) });
  });
});
