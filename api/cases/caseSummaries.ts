// Cases in a list (found by a resident, or an agent's own): masked applicant, programme and where each one stands.
import type { cases } from '../db/schema/index.ts';
import { chinaDate } from '../domain/calendarDate.ts';
import type { ApplyProgramme } from '../domain/workflow.ts';
import type { Lang } from '../i18n/translate.ts';
import type { CaseSummary } from '../schemas/caseList.ts';
import type { Services } from '../services.ts';
import { eventsOfCases, type CaseEvent } from './events.ts';
import { caseTimeline, standingStep } from './timeline.ts';

type CaseRow = typeof cases.$inferSelect;


/** One summary per row, in the rows' order; the events of all rows are read in one query. */
export async function caseSummaries(services: Services, rows: readonly CaseRow[], lang: Lang): Promise<CaseSummary[]> {
  if (rows.length === 0) return [];
  const byCase = Map.groupBy(await eventsOfCases(services.db, rows.map((r) => r.id)), (e: CaseEvent) => e.caseId);
  return rows.map((row) => ({
    caseNumber: row.caseNo,
    programme: row.programme as ApplyProgramme,
    applicantName: row.applicantNameMasked,
    submittedOn: chinaDate(new Date(row.submittedAt)),
    status: row.status,
    step: standingStep(caseTimeline(services, row, byCase.get(row.id) ?? [], lang)),
  }));
}
