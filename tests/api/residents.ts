// Residents, agents and terminals the lockout tests make for themselves: claims through POST /api/cases as a
// resident files them, accounts and terminals as the bureau enters them (scripts/staff-add.ts does the same for the bureau).
import { accounts, terminals } from '../../api/db/schema/index.ts';
import { demoIdNumber } from '../../api/db/seed/demoPeople.ts';
import { terminalKeyHash } from '../../api/lookup/bucket.ts';
import { hashPassword } from '../../api/security/passwords.ts';
import { newKey, validClaim, type testApp } from './testApp.ts';

type TestApp = Awaited<ReturnType<typeof testApp>>;

export interface FiledCase {
  caseNumber: string;
  queryCode: string;
  idLast6: string;
}

let sequence = 100;

/** A 低保 claim of a household of one, filed from its own address, so no two share an ID number or a client. */
export async function fileClaim(t: TestApp): Promise<FiledCase> {
  const n = sequence++;
  const idNumber = demoIdNumber('431225', '19500101', String(n).padStart(3, '0'));
  const claim = validClaim({
    applicant: { name: '张桂兰', idNumber, phone: '13800138000' },
    members: [{ name: '张桂兰', idNumber, relation: 'self' }],
  });
  const res = await t.post('/api/cases', claim, { 'idempotency-key': newKey(), 'x-forwarded-for': `198.51.100.${n % 250}` });
  if (res.status !== 201) throw new Error(`claim refused: ${res.status} ${await res.text()}`);
  const { caseNumber, queryCode } = (await res.json()) as { caseNumber: string; queryCode: string };
  return { caseNumber, queryCode, idLast6: idNumber.slice(-6) };
}

export async function addAgent(t: TestApp, username: string, password: string): Promise<void> {
  await t.services.db.insert(accounts).values({ username, passwordHash: await hashPassword(password), displayName: `${username} 代办员`, role: 'agent', county: '431225', township: '林城镇', createdAt: new Date().toISOString() });
}

export async function addTerminal(t: TestApp, key: string): Promise<void> {
  await t.services.db.insert(terminals).values({ name: '测试查询终端', keyHash: terminalKeyHash(key), county: '431225' });
}
