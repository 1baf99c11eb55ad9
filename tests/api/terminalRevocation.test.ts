// A kiosk terminal's key stops working the moment it is revoked, not at the next restart: at once when this process
// revokes it, within TERMINAL_RECHECK_MS when another process (or a manual edit of the database) does.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createClient } from '@libsql/client';
import { terminals } from '../../api/db/schema/index.ts';
import { TERMINAL_RECHECK_MS, terminalKeyHash } from '../../api/lookup/bucket.ts';
import { testApp } from './testApp.ts';

describe('a revoked terminal key', () => {
  async function registered(key: string) {
    const t = await testApp();
    await t.services.db.insert(terminals).values({ name: '林城镇便民服务中心（测试）', county: '431225', keyHash: terminalKeyHash(key) });
    const lookup = () => t.post('/api/cases/lookup', { caseNumber: '123456789018', factor: '000000' }, { 'x-terminal-key': key });
    const before = await lookup();
    expect(before.status).toBe(404);
    expect(((await before.json()) as { code: string }).code).toBe('case_not_found');
    return { t, lookup };
  }
  const expectRefused = async (res: Response) => {
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'unauthorised', message: expect.stringMatching(/[\u4e00-\u9fff]/) });
  };

  it('is refused with 401 on the very next lookup when this process revokes it', async () => {
    const key = 'kiosk-revocation-test-key-0001';
    const { t, lookup } = await registered(key);
    await t.services.writes(() => t.services.db.delete(terminals).where(eq(terminals.keyHash, terminalKeyHash(key))));
    await expectRefused(await lookup());
  });

  it('is refused within the recheck interval when the row goes from outside this process', async () => {
    const key = 'kiosk-revocation-test-key-0002';
    const { t, lookup } = await registered(key);
    const outside = createClient({ url: `file:${t.dbFile}` });
    await outside.execute({ sql: 'DELETE FROM terminals WHERE key_hash = ?', args: [terminalKeyHash(key)] });
    outside.close();
    await new Promise((resolve) => setTimeout(resolve, TERMINAL_RECHECK_MS + 50));
    await expectRefused(await lookup());
  });
});
