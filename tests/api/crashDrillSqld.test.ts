// Issue 12: the crash drill on a real sqld primary (JWT auth), short: 2 SIGKILLs of the API process, and separately
// 2 of the primary itself (started again on its --db-path while the API process keeps running). Nothing acknowledged
// lost or applied twice, integrity_check ok through the client, audit:verify on the server's URL, retries as first.
import { randomUUID } from 'node:crypto';
import { createClient } from '@libsql/client';
import { expect, it } from 'vitest';
import { runCrashDrill, type DrillKill } from '../../scripts/drill/crashDrill.ts';
import { claimProblems } from '../../scripts/drill/drillChecks.ts';
import { emptyLedger } from '../../scripts/drill/drillLedger.ts';

for (const [kill, port] of [['api', 4596], ['primary', 4597]] as [DrillKill, number][]) {
  it(`two SIGKILLs of the ${kill === 'api' ? 'API process' : 'sqld primary'} under load lose nothing acknowledged and apply nothing twice`, { timeout: 120_000 }, async () => {
    let database = { url: '', authToken: undefined as string | undefined };
    let lookedAfterLastCycle = false;
    const result = await runCrashDrill({
      cycles: 2, port, database: 'sqld', kill, minUpMs: 600, maxUpMs: 1500,
      onDatabase: (url, authToken) => (database = { url, authToken }),
      // On the server itself, while it is still up after the drill: the claims are there, and a made-up one is not.
      progress: async (cycle, ledger) => {
        if (cycle < 2) return;
        const client = createClient({ url: database.url, authToken: database.authToken! });
        const made = emptyLedger();
        made.claims.push({ ...ledger.claims[0]!, key: randomUUID() });
        expect(await claimProblems(client, made)).toEqual([expect.stringContaining('stored as nothing')]);
        const [row] = (await client.execute('select count(*) from cases')).rows;
        expect(Number(row![0])).toBe(ledger.claims.length);
        client.close();
        lookedAfterLastCycle = true;
      },
    });
    expect(database.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(database.authToken).toBeTruthy();
    expect(result.problems).toEqual([]);
    expect(lookedAfterLastCycle).toBe(true);
    expect(result.ledger.claims.length).toBeGreaterThan(10);
    expect(result.ledger.lookups).toBeGreaterThan(0);
  });
}
