// npm run bench:dashboard — the statistics' reads with 10,000 decided and paid cases in one township (and as many in a
// neighbouring one and in another county): GET /api/staff/dashboard signed in as that township's clerk (through the app),
// the county's whole dashboard and the public GET /api/stats source (uncached: the minute it is kept is not measured),
// beside the bare indexed count of the township's cases in the same run. BENCH_ROUNDS (3) of BENCH_REQUESTS (30).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp } from '../../api/app.ts';
import { openServices } from '../../api/openServices.ts';
import { accounts, auditEvents, caseMembers, cases, payments } from '../../api/db/schema/index.ts';
import { addDays } from '../../api/domain/calendarDate.ts';
import { makeCaseNo } from '../../api/domain/caseNumber.ts';
import { hashPassword } from '../../api/security/passwords.ts';
import { dashboard } from '../../api/stats/dashboard.ts';
import { decidedCases } from '../../api/stats/decidedCases.ts';
import { helpedCellsOf } from '../../api/stats/helpedCellsOf.ts';
import { publicStats } from '../../api/domain/stats/publicStats.ts';
import { recordBench } from './record.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 30);
const PER_TOWNSHIP = 10_000;

const dir = mkdtempSync(join(tmpdir(), 'mzy-bench-dashboard-'));
const services = await openServices({ databaseUrl: `file:${join(dir, 'claims.db')}`, uploadsDir: join(dir, 'uploads'), env: { MZY_DATA_KEY: randomBytes(32).toString('hex') } });
const app = createApp({ base: '/', services });
let eventId = 0;
// The chain is not what is measured: each row carries a placeholder MAC (the table takes no row without one).
const mac = { prevMac: '0'.repeat(64), mac: '0'.repeat(64) };

/** `count` cases: 9 in 10 accepted and decided (1 in 20 of those refused), the approved ones paid for 3 months. */
async function fill(county: string, township: string, count: number) {
  const sealed = services.sealer.seal('{}');
  for (let start = 0; start < count; start += 500) {
    const n0 = start;
    const rows = Array.from({ length: Math.min(500, count - start) }, (_, i) => {
      const n = n0 + i;
      const decided = n % 10 !== 0;
      return {
        caseNo: makeCaseNo((length) => randomBytes(length)), queryCodeHmac: 'x', idLast6Hmac: 'x', programme: n % 3 ? 'dibao' : 'tekun', county, township,
        village: `第${n % 40}村`, applicantNameMasked: '张*', applicantIdLast4: '123X', claimSealed: sealed, submittedBy: 'self' as const, nearKin: false,
        status: decided ? (n % 20 === 1 ? ('refused' as const) : ('approved' as const)) : ('open' as const), submittedAt: new Date().toISOString(), version: 3,
        step: decided ? 'payment' : 'survey', dueOn: decided ? null : addDays('2026-11-20', n % 30),
      };
    });
    const ids = (await services.db.insert(cases).values(rows).returning({ id: cases.id })).map((r) => r.id);
    const events: (typeof auditEvents.$inferInsert)[] = [];
    const members: (typeof caseMembers.$inferInsert)[] = [];
    const paid: (typeof payments.$inferInsert)[] = [];
    ids.forEach((caseId, i) => {
      const row = rows[i]!;
      const accepted = addDays('2026-03-02', (start + i) % 120);
      for (let m = 0; m < 1 + (i % 4); m++) members.push({ caseId, idNumberHmac: `${caseId}-${m}`, programme: row.programme, open: row.status !== 'refused' });
      events.push({ ...mac, id: ++eventId, kind: 'submitted', caseId, actor: 'applicant', reason: '申请', at: `${accepted}T01:00:00.000Z`, on: accepted });
      if (row.status === 'open') return;
      events.push({ ...mac, id: ++eventId, kind: 'accepted', caseId, actor: 'staff:x', step: 'accept', reason: '受理', at: `${accepted}T02:00:00.000Z`, on: accepted });
      const decidedOn = addDays(accepted, 20 + ((start + i) % 40));
      if (row.status === 'refused') {
        events.push({ ...mac, id: ++eventId, kind: 'refused', caseId, actor: 'staff:x', step: 'decision', reason: '不予批准', detail: JSON.stringify({ reason: '收入', grounds: 'income' }), at: `${decidedOn}T02:00:00.000Z`, on: decidedOn });
        return;
      }
      events.push({ ...mac, id: ++eventId, kind: 'approved', caseId, actor: 'staff:x', step: 'decision', reason: '批准', detail: JSON.stringify({ monthly: 400, fromMonth: '2026-09' }), at: `${decidedOn}T02:00:00.000Z`, on: decidedOn });
      for (const month of ['2026-09', '2026-10', '2026-11']) paid.push({ caseId, month, amount: 400, paidOn: `${month}-10` });
    });
    // In slices: SQLite takes at most 32,766 parameters a statement.
    for (let i = 0; i < members.length; i += 1000) await services.db.insert(caseMembers).values(members.slice(i, i + 1000));
    for (let i = 0; i < events.length; i += 1000) await services.db.insert(auditEvents).values(events.slice(i, i + 1000));
    for (let i = 0; i < paid.length; i += 1000) await services.db.insert(payments).values(paid.slice(i, i + 1000));
  }
}

await fill('431225', '林城镇', PER_TOWNSHIP);
await fill('431225', '坪村镇', PER_TOWNSHIP);
await fill('522725', '建中镇', PER_TOWNSHIP);
await services.client.execute('ANALYZE');

const password = randomBytes(12).toString('base64url');
await services.db.insert(accounts).values({ username: 'bench-clerk', passwordHash: await hashPassword(password, services.hashing), displayName: '林城镇经办', role: 'township-clerk', county: '431225', township: '林城镇', createdAt: new Date().toISOString() });
const signIn = await app.request('/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bench-clerk', password }) });
if (signIn.status !== 200) throw new Error(`sign-in refused: ${signIn.status}`);
const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;

const bare = async () => Number((await services.client.execute({ sql: 'SELECT count(*) FROM cases WHERE county = ? AND township = ?', args: ['431225', '林城镇'] })).rows[0]![0]);
const township = async () => {
  const res = await app.request('/api/staff/dashboard', { headers: { cookie } });
  if (res.status !== 200) throw new Error(`dashboard answered ${res.status}`);
  return (await res.text()).length;
};
const county = async () => JSON.stringify(await dashboard(services, { county: '431225' })).length;
const publicSource = async () => {
  const [cells, decisions] = await Promise.all([helpedCellsOf(services, '431225'), decidedCases(services, { county: '431225' })]);
  return JSON.stringify(publicStats({ cells, decisions, ratings: [] }, {})).length;
};
const check = (await dashboard(services, { county: '431225', township: '林城镇' })).decisions.reduce((n, d) => n + d.decisions, 0);
if (check !== PER_TOWNSHIP * 0.9) throw new Error(`the township's dashboard counted ${check} decisions, not ${PER_TOWNSHIP * 0.9}`);

async function time(run: () => Promise<number>): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const start = performance.now();
    await run();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return ms[Math.floor(ms.length / 2)]!;
}

console.log(`bench:dashboard — ${PER_TOWNSHIP} cases in 林城镇 (and ${PER_TOWNSHIP} in 坪村镇, ${PER_TOWNSHIP} in 建中镇), 9 in 10 decided, ${REQUESTS} requests × ${ROUNDS} rounds, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
for (const run of [bare, township, county, publicSource]) await run();
const timings = { bare: [] as number[], township: [] as number[], county: [] as number[], publicSource: [] as number[] };
for (let round = 1; round <= ROUNDS; round++) {
  const b = await time(bare);
  const t = await time(township);
  const c = await time(county);
  const p = await time(publicSource);
  timings.bare.push(b);
  timings.township.push(t);
  timings.county.push(c);
  timings.publicSource.push(p);
  console.log(`round ${round}: township dashboard (HTTP) ${t.toFixed(1)} ms · county dashboard (20,000 cases) ${c.toFixed(1)} ms · public stats source, uncached ${p.toFixed(1)} ms · bare indexed count ${b.toFixed(2)} ms (medians)`);
}
const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const bareRef = { name: "bare indexed count of the township's cases, same run", value: mid(timings.bare), unit: 'ms' };
recordBench([{ title: `Dashboard (${PER_TOWNSHIP} cases per township, 9 in 10 decided, ${REQUESTS} requests × ${ROUNDS} rounds, median of medians)`, rows: [
  { figure: 'township dashboard (HTTP, signed in)', value: mid(timings.township), unit: 'ms', baseline: bareRef },
  { figure: 'county dashboard (20,000 cases)', value: mid(timings.county), unit: 'ms', baseline: bareRef },
  { figure: 'public stats source, uncached', value: mid(timings.publicSource), unit: 'ms', baseline: bareRef },
] }]);
services.client.close();
await services.hashing.close();
rmSync(dir, { recursive: true, force: true });
process.exit(0);
