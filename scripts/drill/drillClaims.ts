// The drill's residents: each claim a household of its own (一户一案) with a made-up ID number no other claim of the
// drill uses, sent from a network of its own (claims per client are limited), in 会同县 林城镇 where the drill's clerk works.
import { randomUUID } from 'node:crypto';
import { demoIdNumber } from '../../api/db/seed/demoPeople.ts';

export interface DrillClaim {
  key: string;
  body: string;
  /** X-Forwarded-For: the server trusts one proxy. */
  network: string;
  /** The applicant's ID number's last 6: what 查进度 asks for. */
  factor: string;
}

const FIRST_BIRTH = Date.UTC(1930, 0, 1);
const DAY_MS = 86_400_000;

/** The n-th claim of a drill started at `run` (runs differ, so a drill may share a database with an earlier one). */
export function drillClaim(run: number, n: number): DrillClaim {
  const birth = new Date(FIRST_BIRTH + ((run * 7919 + Math.floor(n / 999)) % 20_000) * DAY_MS).toISOString().slice(0, 10).replaceAll('-', '');
  const idNumber = demoIdNumber('431225', birth, String((n % 999) + 1).padStart(3, '0'));
  const claim = {
    programme: 'dibao', county: '431225', township: '林城镇', hukou: 'urban',
    applicant: { name: '演练住户', idNumber, phone: '13800000000' },
    members: [{ name: '演练住户', idNumber, relation: 'self' }],
    incomes: [{ memberIndex: 0, kind: 'pension', monthly: 300 }], assets: { description: '自住房一处' }, reason: '年老体弱，收入很少。',
    nearKinDeclaration: { hasNearKin: false }, financeCheckConsents: [{ memberIndex: 0, agreed: true }], truthfulnessPromise: true, uploadIds: [],
  };
  return { key: randomUUID(), body: JSON.stringify(claim), network: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`, factor: idNumber.slice(-6) };
}
