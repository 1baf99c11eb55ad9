// One case for a staff account: outside its jurisdiction the case answers 404 exactly as an unknown number does.
import { eq } from 'drizzle-orm';
import { cases } from '../db/schema/index.ts';
import { ApiError } from '../http/errors.ts';
import type { Services } from '../services.ts';
import { inJurisdiction, type Account } from './access.ts';

export type CaseRow = typeof cases.$inferSelect;

export async function caseForStaff(services: Services, account: Account, caseNumber: string): Promise<CaseRow> {
  const [row] = await services.db.select().from(cases).where(eq(cases.caseNo, caseNumber));
  if (!row || !inJurisdiction(account, row)) throw new ApiError(404, 'staff_case_not_found');
  return row;
}
