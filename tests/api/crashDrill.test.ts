// Issue 12: the crash drill, short (3 SIGKILL cycles under claims, lookups and staff actions): nothing acknowledged
// lost or applied twice, integrity_check ok, audit:verify passes, retries answer as first. `npm run drill:crash` runs 50.
import { randomUUID } from 'node:crypto';
import { createClient } from '@libsql/client';
import { expect, it } from 'vitest';
import { runCrashDrill } from '../../scripts/drill/crashDrill.ts';
import { actionProblems, claimProblems } from '../../scripts/drill/drillChecks.ts';
import { emptyLedger } from '../../scripts/drill/drillLedger.ts';

it('three SIGKILLs under load lose nothing acknowledged and apply nothing twice', { timeout: 240_000 }, async () => {
  let databaseUrl = '';
  const result = await runCrashDrill({ cycles: 3, port: 4593, minUpMs: 800, maxUpMs: 2000, progress: () => undefined, onDatabase: (url) => (databaseUrl = url) });
  expect(result.problems).toEqual([]);
  expect(result.ledger.claims.length).toBeGreaterThan(10);
  expect(result.ledger.actions.length).toBeGreaterThan(0);
  expect(result.ledger.lookups).toBeGreaterThan(0);

  // The same checks see a claim or an action the database does not hold.
  const client = createClient({ url: databaseUrl });
  const made = emptyLedger();
  made.claims.push({ ...result.ledger.claims[0]!, key: randomUUID() });
  made.actions.push({ ...result.ledger.actions[0]!, version: 99 }, { ...result.ledger.actions[0]!, kind: 'approved' });
  expect(await claimProblems(client, made)).toEqual([expect.stringContaining('stored as nothing')]);
  expect(await actionProblems(client, made)).toEqual([expect.stringContaining('at version'), expect.stringContaining('0 approved events')]);
  client.close();
});
