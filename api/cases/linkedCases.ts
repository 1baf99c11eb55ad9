// 一门受理: the other cases of the household's linked group (cases.linked_group holds the group's first case id).
import { and, eq, ne, or } from 'drizzle-orm';
import { cases } from '../db/schema/index.ts';
import type { Services } from '../services.ts';

type CaseRow = typeof cases.$inferSelect;

export async function linkedCasesOf(db: Services['db'], row: CaseRow): Promise<{ caseNumber: string; programme: string }[]> {
  const group = row.linkedGroup;
  if (group === null) return [];
  const rows = await db.select({ caseNumber: cases.caseNo, programme: cases.programme }).from(cases).where(and(or(eq(cases.id, group), eq(cases.linkedGroup, group)), ne(cases.id, row.id))).orderBy(cases.id);
  return rows;
}
