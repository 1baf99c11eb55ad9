// My queue: the cases of one's jurisdiction, soonest due first (then those with nothing due), on the queue's indexes.
import { and, asc, count, desc, eq, gte, isNotNull, isNull, lt, or, type SQL } from 'drizzle-orm';
import { cases } from '../db/schema/index.ts';
import { parseCaseNo } from '../domain/caseNumber.ts';
import type { StepId, ApplyProgramme } from '../domain/workflow.ts';
import type { Lang } from '../i18n/translate.ts';
import type { QueueCase, StaffQueueQuery } from '../schemas/staff.ts';
import type { Services } from '../services.ts';
import type { Account } from './access.ts';
import { caseFlags } from './caseFlags.ts';
import { dueState, dueThresholds } from './dueState.ts';
import { casesInJurisdiction } from './jurisdiction.ts';

const queueColumns = {
  id: cases.id,
  caseNo: cases.caseNo,
  programme: cases.programme,
  applicantNameMasked: cases.applicantNameMasked,
  township: cases.township,
  village: cases.village,
  step: cases.step,
  status: cases.status,
  dueOn: cases.dueOn,
  nearKin: cases.nearKin,
  version: cases.version,
};

/** q matches a whole case number, a masked name as listed, or a village. */
function searchCondition(q: string): SQL {
  const caseNo = parseCaseNo(q);
  const text = q.trim();
  return or(...(caseNo ? [eq(cases.caseNo, caseNo)] : []), eq(cases.applicantNameMasked, text), eq(cases.village, text))!;
}

function filters(account: Account, query: StaffQueueQuery, today: string): SQL {
  return and(
    casesInJurisdiction(account),
    query.step ? eq(cases.step, query.step) : undefined,
    query.status ? eq(cases.status, query.status as never) : undefined,
    query.overdue === true ? lt(cases.dueOn, today) : undefined,
    query.overdue === false ? or(isNull(cases.dueOn), gte(cases.dueOn, today)) : undefined,
    query.q ? searchCondition(query.q) : undefined,
  )!;
}

export async function caseQueue(services: Services, account: Account, query: StaffQueueQuery, lang: Lang): Promise<{ cases: QueueCase[]; total: number }> {
  const { db } = services;
  const thresholds = dueThresholds(services.now(), services.calendar);
  const where = filters(account, query, thresholds.today);
  // Two index walks instead of one sort: cases with a due date in date order, then finished ones newest first.
  const due = await db.select(queueColumns).from(cases).where(and(where, isNotNull(cases.dueOn))).orderBy(asc(cases.dueOn), asc(cases.id)).limit(query.limit);
  const rest = due.length < query.limit && query.overdue !== true
    ? await db.select(queueColumns).from(cases).where(and(where, isNull(cases.dueOn))).orderBy(desc(cases.id)).limit(query.limit - due.length)
    : [];
  const [all] = await db.select({ total: count() }).from(cases).where(where);
  return {
    total: all?.total ?? 0,
    cases: [...due, ...rest].map((row) => {
      const listed: QueueCase = {
        caseNumber: row.caseNo,
        programme: row.programme as ApplyProgramme,
        applicantName: row.applicantNameMasked,
        township: row.township,
        // Rows written before the workflow columns carry no step until their next action.
        step: (row.step ?? 'apply') as StepId,
        status: row.status,
        ...dueState(row.dueOn, thresholds),
        flags: caseFlags({ nearKin: row.nearKin }, lang),
        version: row.version,
      };
      if (row.village) listed.village = row.village;
      if (row.dueOn) listed.dueDate = row.dueOn;
      return listed;
    }),
  };
}
