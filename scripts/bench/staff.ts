// npm run bench:staff — the staff queue (GET /api/staff/cases, signed in as a township clerk, through the real app:
// session check, filters, both index walks, the count and the JSON) with 10,000 cases in that township (and as many
// in a neighbouring one and another county, so the jurisdiction condition has work to do), beside a bare indexed
// query in the same run: the queue's first index walk on the raw libsql client, no app, no session, no JSON.
// Budget (DESIGN.md): the queue within 2 × the bare query. BENCH_ROUNDS (3) rounds of BENCH_REQUESTS (300), interleaved.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp } from '../../api/app.ts';
import { openServices } from '../../api/openServices.ts';
import { accounts, cases } from '../../api/db/schema/index.ts';
import { addDays, chinaDate } from '../../api/domain/calendarDate.ts';
import { makeCaseNo } from '../../api/domain/caseNumber.ts';
import { hashPassword } from '../../api/security/passwords.ts';
import { recordBench } from './record.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const PER_TOWNSHIP = 10_000;
const TARGET = 2;
const STEPS = ['accept', 'survey', 'township-review', 'public-notice', 'county-approval'];

const dir = mkdtempSync(join(tmpdir(), 'mzy-bench-staff-'));
const services = await openServices({ databaseUrl: `file:${join(dir, 'claims.db')}`, uploadsDir: join(dir, 'uploads'), env: { MZY_DATA_KEY: randomBytes(32).toString('hex') } });
const app = createApp({ base: '/', services });
const today = chinaDate(new Date());

async function fill(county: string, township: string, count: number) {
  const sealed = services.sealer.seal('{}');
  for (let start = 0; start < count; start += 500) {
    const rows = Array.from({ length: Math.min(500, count - start) }, (_, i) => {
      const n = start + i;
      // Due dates from 40 days ago to 80 days ahead; one case in ten finished (nothing due).
      const finished = n % 10 === 0;
      return {
        caseNo: makeCaseNo((length) => randomBytes(length)), queryCodeHmac: 'x', idLast6Hmac: 'x', programme: 'dibao', county, township,
        village: `第${n % 40}村`, applicantNameMasked: `张${'*'.repeat(1 + (n % 2))}`, applicantIdLast4: '123X', claimSealed: sealed,
        submittedBy: 'self' as const, nearKin: n % 50 === 0, status: finished ? ('approved' as const) : ('open' as const), submittedAt: new Date().toISOString(),
        version: 1, step: finished ? 'payment' : STEPS[n % STEPS.length]!, dueOn: finished ? null : addDays(today, (n * 7919) % 120 - 40),
      };
    });
    await services.db.insert(cases).values(rows);
  }
}

await fill('431225', '林城镇', PER_TOWNSHIP);
await fill('431225', '坪村镇', PER_TOWNSHIP);
await fill('522725', '建中镇', PER_TOWNSHIP);
await services.client.execute('ANALYZE');

const password = randomBytes(12).toString('base64url');
await services.db.insert(accounts).values({ username: 'bench-clerk', passwordHash: await hashPassword(password, services.hashing), displayName: '林城镇经办', role: 'township-clerk', county: '431225', township: '林城镇', createdAt: new Date().toISOString() });
const signIn = await app.request('/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bench-clerk', password }) });
if (signIn.status !== 200) throw new Error(`sign-in refused: ${signIn.status} ${await signIn.text()}`);
const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;

const bareSql = 'SELECT case_no, programme, applicant_name_masked, township, village, step, status, due_on, near_kin, version FROM cases WHERE county = ? AND township = ? AND due_on IS NOT NULL ORDER BY due_on, id LIMIT 200';
const bare = async () => (await services.client.execute({ sql: bareSql, args: ['431225', '林城镇'] })).rows.length;
// The answer's bytes are read, not parsed: parsing is the browser's work, not the server's.
const queue = async () => {
  const res = await app.request('/api/staff/cases', { headers: { cookie } });
  if (res.status !== 200) throw new Error(`queue answered ${res.status}`);
  return (await res.text()).length;
};
const first = (await (await app.request('/api/staff/cases', { headers: { cookie } })).json()) as { cases: { township: string }[]; totalCapped: boolean };
if (first.cases.length !== 200 || !first.totalCapped || first.cases.some((c) => c.township !== '林城镇')) throw new Error('the queue did not answer 200 of its own township\'s 10,000 cases');

async function time(run: () => Promise<number>): Promise<{ median: number; p95: number; rows: number }> {
  const ms: number[] = [];
  let rows = 0;
  for (let i = 0; i < REQUESTS; i++) {
    const start = performance.now();
    rows = await run();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(ms.length / 2)]!, p95: ms[Math.floor(ms.length * 0.95)]!, rows };
}

const plan = async (sql: string, args: string[]) => (await services.client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args })).rows.map((r) => String(r['detail'])).join('; ');
console.log(`bench:staff — ${PER_TOWNSHIP} cases in 林城镇 (and ${PER_TOWNSHIP} in 坪村镇, ${PER_TOWNSHIP} in 建中镇), ${REQUESTS} requests × ${ROUNDS} rounds, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`bare query plan: ${await plan(bareSql, ['431225', '林城镇'])}`);
await queue();
await bare();
const ratios: number[] = [];
const queueMs: number[] = [];
const bareMs: number[] = [];
for (let round = 1; round <= ROUNDS; round++) {
  const b = await time(bare);
  const q = await time(queue);
  ratios.push(q.median / b.median);
  queueMs.push(q.median);
  bareMs.push(b.median);
  console.log(`round ${round}: queue median ${q.median.toFixed(2)} ms (p95 ${q.p95.toFixed(2)}, 200 cases, ${q.rows} bytes) · bare indexed query median ${b.median.toFixed(2)} ms (p95 ${b.p95.toFixed(2)}, ${b.rows} rows) · ratio ${(q.median / b.median).toFixed(2)}×`);
}
ratios.sort((a, b) => a - b);
const median = ratios[Math.floor(ratios.length / 2)]!;
console.log(`queue / bare indexed query: median ${median.toFixed(2)}× (spread ${ratios[0]!.toFixed(2)}–${ratios.at(-1)!.toFixed(2)}×), target ≤ ${TARGET}× → ${median <= TARGET ? 'PASS' : 'FAIL'}`);
const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
recordBench([{ title: `Staff queue (GET /api/staff/cases, ${PER_TOWNSHIP} cases in the clerk's township, ${REQUESTS} requests × ${ROUNDS} rounds)`, rows: [
  { figure: 'queue, median of round medians', value: mid(queueMs), unit: 'ms', baseline: { name: 'bare indexed query, raw libsql, same run', value: mid(bareMs), unit: 'ms' }, ratio: median, target: `≤ ${TARGET}×`, verdict: median <= TARGET ? 'PASS' : 'FAIL' },
] }]);
services.client.close();
await services.hashing.close();
rmSync(dir, { recursive: true, force: true });
process.exit(0);
