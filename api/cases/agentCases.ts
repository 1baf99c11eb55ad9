// An agent's own list: the cases they submitted for residents, newest first.
import { count, desc, eq } from 'drizzle-orm';
import type { Agent } from '../agents/session.ts';
import { cases } from '../db/schema/index.ts';
import type { Lang } from '../i18n/translate.ts';
import type { CaseSummary } from '../schemas/caseList.ts';
import type { Services } from '../services.ts';
import { caseSummaries } from './caseSummaries.ts';

export async function agentCases(services: Services, agent: Agent, limit: number, lang: Lang): Promise<{ cases: CaseSummary[]; total: number }> {
  const { db } = services;
  const mine = eq(cases.agentId, agent.id);
  const rows = await db.select().from(cases).where(mine).orderBy(desc(cases.submittedAt), desc(cases.id)).limit(limit);
  const [all] = await db.select({ total: count() }).from(cases).where(mine);
  return { cases: await caseSummaries(services, rows, lang), total: all?.total ?? 0 };
}
