// Demo data for a fresh machine: agents, terminals and a few cases at different steps. A second run adds nothing.
import { eq } from 'drizzle-orm';
import { agents, cases, idempotencyKeys, terminals } from '../schema/index.ts';
import { chinaDate } from '../../domain/calendarDate.ts';
import { hashPassword } from '../../security/passwords.ts';
import { terminalKeyHash } from '../../lookup/bucket.ts';
import { submitClaim } from '../../cases/submitClaim.ts';
import type { ClaimResponse } from '../../schemas/cases.ts';
import type { Services } from '../../services.ts';
import { advanceDemoCase } from './advance.ts';
import { DEMO_AGENTS, DEMO_CASES, DEMO_TERMINALS, type DemoCase } from './demoPeople.ts';

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

export async function seedDemoData(services: Services): Promise<SeededCase[]> {
  const { db } = services;
  for (const a of DEMO_AGENTS) {
    if ((await db.select({ id: agents.id }).from(agents).where(eq(agents.username, a.username))).length > 0) continue;
    const { password, ...rest } = a;
    await db.insert(agents).values({ ...rest, passwordHash: await hashPassword(password) });
  }
  for (const t of DEMO_TERMINALS) {
    const keyHash = terminalKeyHash(t.key);
    if ((await db.select({ id: terminals.id }).from(terminals).where(eq(terminals.keyHash, keyHash))).length > 0) continue;
    await db.insert(terminals).values({ name: t.name, county: t.county, keyHash });
  }
  const seeded: SeededCase[] = [];
  for (const demo of DEMO_CASES) {
    const [existing] = await db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, demo.idempotencyKey));
    let answer: ClaimResponse;
    if (existing) answer = JSON.parse(services.sealer.open(existing.responseSealed)) as ClaimResponse;
    else {
      const submittedAt = new Date(services.now().getTime() - demo.daysAgo * DAY_MS);
      const past = { ...services, now: () => submittedAt };
      const [agent] = demo.byAgent ? await db.select().from(agents).where(eq(agents.username, demo.byAgent)) : [];
      answer = await submitClaim(past, {
        idempotencyKey: demo.idempotencyKey,
        claim: claimOf(demo),
        agent: undefined,
        lang: 'zh-CN',
        channel: agent ? 'agent' : demo.stage === 'approved' ? 'window' : 'self',
      });
      const [row] = await db.select({ caseId: idempotencyKeys.caseId }).from(idempotencyKeys).where(eq(idempotencyKeys.key, demo.idempotencyKey));
      // Recorded as the agent's without their session, which a seed has not got.
      if (agent) await db.update(cases).set({ agentId: agent.id }).where(eq(cases.id, row!.caseId));
      // Through the write queue, so cached lookups see the advanced case.
      await services.writes(() => advanceDemoCase(services, row!.caseId, demo, chinaDate(submittedAt)));
    }
    seeded.push({ caseNumber: answer.caseNumber, queryCode: answer.queryCode, idLast6: demo.idNumber.slice(-6), stage: demo.stage, programme: demo.programme });
  }
  return seeded;
}

/** What `npm start` prints so a person can try the portal at once. */
export function demoInstructions(seeded: readonly SeededCase[], baseUrl: string): string {
  const lines = [
    'Demo data (made-up residents; change or remove before real use with MZY_SEED_DEMO=0):',
    `  Look a case up at ${baseUrl}case/ (查进度; API: POST /api/cases/lookup { caseNumber, factor }) with the last 6 of the ID number or the query code:`,
    ...seeded.map((s) => `    ${s.caseNumber}  ${s.programme.padEnd(14)} ${s.stage.padEnd(10)} factor ${s.idLast6}  or query code ${s.queryCode}`),
    '  代办 agents (POST /api/agent/session):',
    ...DEMO_AGENTS.map((a) => `    ${a.username} / ${a.password}  (${a.displayName})`),
    '  Kiosk terminals (header X-Terminal-Key):',
    ...DEMO_TERMINALS.map((t) => `    ${t.key}  (${t.name})`),
  ];
  return lines.join('\n');
}
