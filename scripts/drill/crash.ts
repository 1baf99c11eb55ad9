// npm run drill:crash — the crash drill against `node api/server.ts` on a new file database: DRILL_CYCLES (50) kills
// with SIGKILL under load, DRILL_PORT (4595). DRILL_DATABASE=sqld runs it on a sqld primary started for the drill,
// DRILL_KILL=api (default) kills the API process, DRILL_KILL=primary the sqld primary instead. Any other server variable (DATABASE_URL, DATABASE_AUTH_TOKEN, …) set
// as DRILL_ENV_<NAME> is given to the server, so the same drill runs against another database. Exit 1 on any problem.
import { runCrashDrill, type DrillKill } from './crashDrill.ts';
import type { DrillDatabaseKind } from './drillDatabase.ts';
import { killRunningServers } from './drillServer.ts';

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => {
  killRunningServers();
  process.exit(130);
});

const cycles = Number(process.env['DRILL_CYCLES'] ?? 50);
const port = Number(process.env['DRILL_PORT'] ?? 4595);
const database = (process.env['DRILL_DATABASE'] ?? 'file') as DrillDatabaseKind;
const kill = (process.env['DRILL_KILL'] ?? 'api') as DrillKill;
if (!['file', 'sqld'].includes(database) || !['api', 'primary'].includes(kill) || (kill === 'primary' && database !== 'sqld')) {
  console.error('DRILL_DATABASE is file or sqld, DRILL_KILL api or primary (primary only with DRILL_DATABASE=sqld).');
  process.exit(2);
}
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('DRILL_ENV_')).map(([k, v]) => [k.slice('DRILL_ENV_'.length), v]));

const result = await runCrashDrill({
  cycles,
  port,
  database,
  kill,
  env,
  progress: (cycle, ledger) => console.log(`cycle ${String(cycle).padStart(3)}: ${ledger.claims.length} claims acknowledged, ${ledger.actions.length} staff actions, ${ledger.lookups} lookups`),
});
const { ledger } = result;
console.log(`\ndrill:crash (${database}, killing the ${kill === 'api' ? 'API process' : 'sqld primary'}) — ${result.cycles} SIGKILL cycles in ${(result.ms / 1000).toFixed(1)} s: ${ledger.claims.length} claims acknowledged, ${ledger.actions.length} staff actions acknowledged, ${ledger.lookups} lookups answered${kill === 'primary' ? `, ${ledger.outageAnswers} 5xx answers while the primary was down` : ''}`);
if (result.problems.length === 0) console.log('every acknowledged claim once, every acknowledged action in its case and the audit chain, integrity_check ok, audit:verify passed, retries answered as first: PASS');
else {
  console.error(`FAIL (${result.problems.length} problems):\n${result.problems.slice(0, 30).join('\n')}`);
  process.exitCode = 1;
}
