// Demo data, only when asked (npm start): agents, terminals and a few cases at different steps. A second run adds nothing.
import { eq } from 'drizzle-orm';
import { accounts, cases, idempotencyKeys, terminals } from '../schema/index.ts';
import { chinaDate } from '../../domain/calendarDate.ts';
import { hashPassword } from '../../security/passwords.ts';
import { terminalKeyHash } from '../../lookup/bucket.ts';
import { submitClaim } from '../../cases/submitClaim.ts';
import type { ClaimResponse } from '../../schemas/cases.ts';
import type { Services } from '../../services.ts';
import { advanceDemoCase } from './advance.ts';
import { DEMO_AGENTS, DEMO_CASES, DEMO_STAFF, DEMO_TERMINALS, type DemoCase } from './demoPeople.ts';
import { loadOrCreateDemoCredentials, type DemoCredentials } from './demoCredentials.ts';
import { markDemoData } from '../demoMode.ts';
import { appendAccountEvent } from '../../staff/accountAudit.ts';

const DAY_MS = 86_400_000;

function claimOf(demo: DemoCase) {
  return {
    programme: demo.programme,
    county: demo.county,
    township: demo.township,
    ...(demo.village ? { village: demo.village } : {}),
    hukou: demo.hukou,
    applicant: { name: demo.name, idNumber: demo.idNumber, phone: demo.phone },
    members: [{ name: demo.name, idNumber: demo.idNumber, relation: 'self' as const }],
    incomes: [{ memberIndex: 0, kind: 'pension' as const, monthly: 300 }],
    assets: { description: '自住房一处' },
    reason: '年老体弱, 收入很少。',
    nearKinDeclaration: { hasNearKin: false },
    financeCheckConsents: [{ memberIndex: 0, agreed: true as const }],
    truthfulnessPromise: true as const,
    uploadIds: [],
  };
}

export interface SeededCase {
  caseNumber: string;
  queryCode: string;
  idLast6: string;
  stage: DemoCase['stage'];
  programme: string;
}

export interface DemoSeed {
  cases: SeededCase[];
  credentials: DemoCredentials;
  /** True on the start that made the passwords and keys: the only one that prints them. */
  createdCredentials: boolean;
  /** True on the start that made the staff accounts' passwords and TOTP secrets (with the others, or added later). */
  createdStaffCredentials: boolean;
  credentialsFile: string;
}

/**
 * Makes the demo accounts match the credentials file: when the file was just made, every demo account (new, or left
 * from a start before, e.g. with the passwords that used to be in the source) gets its secret; otherwise only missing
 * ones are added.
 */
async function seedDemoAccounts(services: Services, credentials: DemoCredentials, created: boolean, createdStaff: boolean): Promise<void> {
  const { db } = services;
  for (const { username, password, totpSecret } of credentials.staff ?? []) {
    const person = DEMO_STAFF.find((s) => s.username === username);
    if (!person) continue;
    const [existing] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, username));
    if (existing && !createdStaff) continue;
    const secrets = { passwordHash: await hashPassword(password, services.hashing), totpSecretSealed: totpSecret ? services.sealer.seal(totpSecret) : null, totpLastStep: null };
    if (existing) await db.update(accounts).set(secrets).where(eq(accounts.id, existing.id));
    else await insertAccount(services, { ...person, ...secrets });
  }
  for (const { username, password } of credentials.agents) {
    const person = DEMO_AGENTS.find((a) => a.username === username);
    if (!person) continue;
    const [existing] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, username));
    if (existing && !created) continue;
    const passwordHash = await hashPassword(password, services.hashing);
    if (existing) await db.update(accounts).set({ passwordHash }).where(eq(accounts.id, existing.id));
    else await insertAccount(services, { ...person, role: 'agent', passwordHash });
  }
  for (const { name, key } of credentials.terminals) {
    const place = DEMO_TERMINALS.find((t) => t.name === name);
    if (!place) continue;
    const [existing] = await db.select({ id: terminals.id }).from(terminals).where(eq(terminals.name, name));
    if (existing && !created) continue;
    if (existing) await db.update(terminals).set({ keyHash: terminalKeyHash(key) }).where(eq(terminals.id, existing.id));
    else await db.insert(terminals).values({ ...place, keyHash: terminalKeyHash(key) });
  }
}

/** A demo account and its account-created event, in one transaction. */
async function insertAccount(services: Services, account: Omit<typeof accounts.$inferInsert, 'createdAt'>): Promise<void> {
  const now = services.now();
  await services.db.transaction(async (tx) => {
    const [made] = await tx.insert(accounts).values({ ...account, createdAt: now.toISOString() }).returning({ id: accounts.id });
    await appendAccountEvent(tx, { kind: 'account-created', accountId: made!.id, actor: 'system:demo-seed', reason: `role ${account.role ?? 'agent'}` }, now);
  });
}

/** Seeds demo data into `services`' database, with the secrets kept in `credentialsFile` (see demoCredentials.ts). */
export async function seedDemoData(services: Services, credentialsFile: string): Promise<DemoSeed> {
  const { db } = services;
  await markDemoData(db, services.now());
  const { credentials, created, createdStaff } = await loadOrCreateDemoCredentials(credentialsFile);
  await seedDemoAccounts(services, credentials, created, createdStaff);
  const seeded: SeededCase[] = [];
  for (const demo of DEMO_CASES) {
    const [existing] = await db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, demo.idempotencyKey));
    let answer: ClaimResponse;
    if (existing) answer = JSON.parse(services.sealer.open(existing.responseSealed)) as ClaimResponse;
    else {
      const submittedAt = new Date(services.now().getTime() - demo.daysAgo * DAY_MS);
      const past = { ...services, now: () => submittedAt };
      const [agent] = demo.byAgent ? await db.select().from(accounts).where(eq(accounts.username, demo.byAgent)) : [];
      answer = await submitClaim(past, {
        idempotencyKey: demo.idempotencyKey,
        claim: claimOf(demo),
        agent: undefined,
        lang: 'zh-CN',
        channel: agent ? 'agent' : demo.stage === 'approved' ? 'window' : 'self',
        client: undefined,
      });
      const [row] = await db.select({ caseId: idempotencyKeys.caseId }).from(idempotencyKeys).where(eq(idempotencyKeys.key, demo.idempotencyKey));
      // Recorded as the agent's without their session, which a seed has not got.
      if (agent) await db.update(cases).set({ agentId: agent.id }).where(eq(cases.id, row!.caseId));
      // Each action goes through the write queue, so cached lookups see the advanced case.
      await advanceDemoCase(services, answer.caseNumber, demo, chinaDate(submittedAt));
    }
    seeded.push({ caseNumber: answer.caseNumber, queryCode: answer.queryCode, idLast6: demo.idNumber.slice(-6), stage: demo.stage, programme: demo.programme });
  }
  return { cases: seeded, credentials, createdCredentials: created, createdStaffCredentials: createdStaff, credentialsFile };
}

/** What a demo start prints so a person can try the portal at once; the secrets only on the start that made them. */
export function demoInstructions(seed: DemoSeed, baseUrl: string): string {
  const secrets = seed.createdCredentials
    ? [
        `  代办 agents (POST /api/session), passwords made now and kept in ${seed.credentialsFile}:`,
        ...seed.credentials.agents.map((a) => `    ${a.username} / ${a.password}  (${a.displayName})`),
        '  Kiosk terminals (header X-Terminal-Key):',
        ...seed.credentials.terminals.map((t) => `    ${t.key}  (${t.name})`),
      ]
    : [`  代办 agents' passwords and kiosk terminal keys were printed when they were made; they are in ${seed.credentialsFile}.`];
  const staff = seed.createdStaffCredentials
    ? [
        `  Staff (POST /api/session; county-approver and admin also need the 6-digit code of the TOTP address in an authenticator app), made now and kept in ${seed.credentialsFile}:`,
        ...(seed.credentials.staff ?? []).flatMap((s) => [`    ${s.username} / ${s.password}  (${s.role}, ${s.displayName})`, ...(s.totpUri ? [`      totp: ${s.totpUri}`] : [])]),
      ]
    : [`  Staff passwords and TOTP secrets were printed when they were made; they are in ${seed.credentialsFile}.`];
  const lines = [
    'Demo data (made-up residents; every page says 演示站; a real deployment starts with `npm run serve` on a new database):',
    `  Look a case up at ${baseUrl}case/ (查进度; API: POST /api/cases/lookup { caseNumber, factor }) with the last 6 of the ID number or the query code:`,
    ...seed.cases.map((s) => `    ${s.caseNumber}  ${s.programme.padEnd(14)} ${s.stage.padEnd(10)} factor ${s.idLast6}  or query code ${s.queryCode}`),
    ...secrets,
    ...staff,
  ];
  return lines.join('\n');
}
