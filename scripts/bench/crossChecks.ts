// How long the cross-checks of one acceptance take with N other live cases in the county (BENCH_CASES, 10,000): each
// other case's household is opened from its sealed claim, since case_members (branch i8-claims) is not in main yet.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openServices } from '../../api/openServices.ts';
import { cases } from '../../api/db/schema/index.ts';
import { fillMissingHouseholds } from '../../api/cases/household.ts';
import { crossChecks, otherHouseholds } from '../../api/conflicts/crossChecks.ts';
import { makeCaseNo } from '../../api/domain/caseNumber.ts';
import { demoIdNumber } from '../../api/db/seed/demoPeople.ts';
import { recordBench } from './record.ts';

const COUNT = Number(process.env.BENCH_CASES ?? 10_000);
const dir = mkdtempSync(join(tmpdir(), 'mzy-bench-cross-'));
const services = await openServices({ databaseUrl: `file:${join(dir, 'claims.db')}`, uploadsDir: join(dir, 'uploads'), env: { MZY_DATA_KEY: randomBytes(32).toString('hex') } });

const claimOf = (seq: number) => {
  const a = demoIdNumber('431225', '19500101', String(seq % 1000).padStart(3, '0'));
  const b = demoIdNumber('431225', '19800101', String(seq % 1000).padStart(3, '0'));
  return { applicant: { name: '张三', idNumber: a }, members: [{ name: '张三', idNumber: a, relation: 'self' }, { name: '张四', idNumber: b, relation: 'child' }], nearKinDeclaration: { hasNearKin: false } };
};
for (let start = 0; start < COUNT; start += 500) {
  const rows = Array.from({ length: Math.min(500, COUNT - start) }, (_, i) => ({
    caseNo: makeCaseNo((n) => randomBytes(n)), queryCodeHmac: 'x', idLast6Hmac: 'x', programme: 'dibao', county: '431225', township: '林城镇',
    applicantNameMasked: '张*', applicantIdLast4: '123X', claimSealed: services.sealer.seal(JSON.stringify(claimOf(start + i))),
    submittedBy: 'self' as const, nearKin: false, status: (start + i) % 3 === 0 ? ('approved' as const) : ('open' as const), submittedAt: new Date().toISOString(),
  }));
  await services.db.insert(cases).values(rows);
}
const [probe] = await services.db.insert(cases).values({
  caseNo: makeCaseNo((n) => randomBytes(n)), queryCodeHmac: 'x', idLast6Hmac: 'x', programme: 'dibao', county: '431225', township: '林城镇', applicantNameMasked: '李*',
  applicantIdLast4: '0000', claimSealed: services.sealer.seal(JSON.stringify({ ...claimOf(0), applicant: { name: '李一', idNumber: demoIdNumber('431225', '19600101', '999') }, members: [{ name: '李一', idNumber: demoIdNumber('431225', '19600101', '999'), relation: 'self' }] })),
  submittedBy: 'self', nearKin: false, status: 'open', submittedAt: new Date().toISOString(),
}).returning();
// Member rows as every claim gets them (rows inserted directly get them the way a start fills them).
await fillMissingHouseholds(services);
const scan: number[] = [];
const locked: number[] = [];
for (let i = 0; i < 5; i++) {
  let start = performance.now();
  const others = await otherHouseholds(services.db, services.sealer, probe!);
  scan.push(performance.now() - start);
  start = performance.now();
  await crossChecks(services.db, services.sealer, probe!, others);
  locked.push(performance.now() - start);
}
const median = (ms: number[]) => ms.sort((a, b) => a - b)[2]!.toFixed(1);
console.log(`one acceptance's cross-checks with ${COUNT} other live cases in the county (no match; households from their member rows): household scan before the write lock median ${median(scan)} ms; checks inside the transaction median ${median(locked)} ms`);
recordBench([{ title: `Cross-checks of one acceptance (${COUNT} other live cases in the county, 5 runs, medians)`, rows: [
  { figure: 'household scan before the write lock', value: Number(median(scan)), unit: 'ms' },
  { figure: 'checks inside the transaction', value: Number(median(locked)), unit: 'ms' },
], notes: ['No same-run baseline in this bench: it times the two halves of one acceptance.'] }]);
services.client.close();
rmSync(dir, { recursive: true, force: true });
