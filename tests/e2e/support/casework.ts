// Casework on the shared server's database, taken the way the actions route takes it (takeAction), for specs that
// need a case further along than a claim.
import { eq } from 'drizzle-orm';
import { takeAction } from '../../../api/cases/takeAction.ts';
import { cases } from '../../../api/db/schema/index.ts';
import type { ActionInput, ActionName } from '../../../api/domain/casework/action.ts';
import type { StaffRole } from '../../../api/domain/workflow.ts';
import { openServices } from '../../../api/openServices.ts';

export type Step = [StaffRole, ActionName, ActionInput?];

/** The township's steps from acceptance to its review, dated `today`. */
export const toTownshipReview = (today: string): Step[] => [
  ['township-clerk', 'accept'],
  ['township-clerk', 'record-check', { result: '核对完成' }],
  ['township-clerk', 'record-visit', { staff: ['杨立新', '吴晓梅'], visitedOn: today }],
  ['township-clerk', 'record-review', { result: '居民代表评议：情况属实' }],
  ['township-reviewer', 'township-review', { opinion: 'agree', reason: '情况属实，建议批准' }],
];

/** Takes the steps in order, each on the case's version at that moment, as staff of 林城镇. */
export async function takeSteps(caseNumber: string, steps: Step[]): Promise<void> {
  const services = await openServices();
  try {
    for (const [role, action, input = {}] of steps) {
      const [row] = await services.db.select({ version: cases.version }).from(cases).where(eq(cases.caseNo, caseNumber));
      await takeAction(services, { role, actor: 'staff:linchen-jingban', mayOpen: () => true }, { caseNumber, action, version: row!.version, input });
    }
  } finally {
    services.client.close();
  }
}
