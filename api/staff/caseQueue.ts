// My queue: the cases of one's jurisdiction, soonest due first (then those with nothing due), on the queue's indexes
// (migration 0010). Plain SQL on the libsql client: for 200 rows drizzle's builder and row mapping cost more than
// SQLite's own work, and the queue is held to 2 × a bare indexed query (npm run bench:staff).
import type { Row } from '@libsql/client';
import { parseCaseNo } from '../domain/caseNumber.ts';
import type { CaseStatus } from '../domain/casework/caseState.ts';
import type { ApplyProgramme, StepId } from '../domain/workflow.ts';
import type { Lang } from '../i18n/translate.ts';
import type { QueueCase, StaffQueueQuery } from '../schemas/staff.ts';
import type { Services } from '../services.ts';
import type { Account } from './access.ts';
import { caseFlags, parseRaised } from './caseFlags.ts';
import { dueState, dueThresholds } from './dueState.ts';
import { casesInJurisdiction, type Condition } from './jurisdiction.ts';

const COLUMNS = 'case_no, programme, applicant_name_masked, township, village, step, status, due_on, near_kin, version, flags, paused_on';
/** Counted exactly up to here; past it the queue says "at least" (counting 10,000 index entries per request would cost more than the list). */
export const QUEUE_COUNT_CAP = 1000;

/** Every filter of the request, ANDed: the jurisdiction first, so no other condition can reach past it. */
function filters(account: Account, query: StaffQueueQuery, today: string): Condition {
  const parts = [casesInJurisdiction(account)];
  if (query.step) parts.push({ sql: 'step = ?', args: [query.step] });
  if (query.status) parts.push({ sql: 'status = ?', args: [query.status] });
  if (query.overdue === true) parts.push({ sql: 'due_on < ?', args: [today] });
  if (query.overdue === false) parts.push({ sql: '(due_on IS NULL OR due_on >= ?)', args: [today] });
  if (query.review === 'due') parts.push({ sql: "status = 'approved' AND review_on IS NOT NULL AND review_on <= ?", args: [today] });
  if (query.q) {
    // q matches a whole case number, a masked name as listed, or a village.
    const caseNo = parseCaseNo(query.q);
    const text = query.q.trim();
    parts.push(caseNo ? { sql: '(case_no = ? OR applicant_name_masked = ? OR village = ?)', args: [caseNo, text, text] } : { sql: '(applicant_name_masked = ? OR village = ?)', args: [text, text] });
  }
  return { sql: parts.map((p) => p.sql).join(' AND '), args: parts.flatMap((p) => p.args) };
}

export async function caseQueue(services: Services, account: Account, query: StaffQueueQuery, lang: Lang): Promise<{ cases: QueueCase[]; total: number; totalCapped: boolean }> {
  const thresholds = dueThresholds(services.now(), services.calendar);
  const where = filters(account, query, thresholds.today);
  const count = `(SELECT count(*) FROM (SELECT 1 FROM cases WHERE ${where.sql} LIMIT ${QUEUE_COUNT_CAP}))`;
  const part = (n: number, extra: string, key: string, order: string) => `SELECT * FROM (SELECT ${COLUMNS}, ${n} AS part, ${key} AS sort_key, id FROM cases WHERE ${where.sql} AND ${extra} ORDER BY ${order} LIMIT ?)`;
  // One statement walks two indexes: cases paused by an objection to their 公示 first (they wait on the township with no
  // due date; a partial index holds only them), then those with a due date in date order; the count rides along as an
  // uncorrelated subquery (run once). The few rows are put in order by (part, key, id) after the walks, not before.
  const firstParts = query.overdue === true ? [part(1, 'due_on IS NOT NULL', 'due_on', 'due_on, id')] : [part(0, 'paused_on IS NOT NULL', 'paused_on', 'paused_on, id'), part(1, 'due_on IS NOT NULL', 'due_on', 'due_on, id')];
  const first = await services.client.execute({
    sql: `SELECT ${COLUMNS}, ${count} FROM (${firstParts.join(' UNION ALL ')}) ORDER BY part, sort_key, id LIMIT ?`,
    args: [...where.args, ...firstParts.flatMap(() => [...where.args, query.limit]), query.limit],
  });
  const listed = first.rows;
  // Then finished ones newest first, when there is room left.
  const rest = listed.length < query.limit && query.overdue !== true ? (await services.client.execute({
    sql: `SELECT ${COLUMNS}, ${count} FROM cases WHERE ${where.sql} AND due_on IS NULL AND paused_on IS NULL ORDER BY id DESC LIMIT ?`,
    args: [...where.args, ...where.args, query.limit - listed.length],
  })).rows : [];
  const firstRow = listed[0] ?? rest[0];
  const total = firstRow ? Number(firstRow[12]) : 0;
  return { total, totalCapped: total >= QUEUE_COUNT_CAP, cases: [...listed, ...rest].map((row) => queueCase(row, thresholds, lang)) };
}

function queueCase(row: Row, thresholds: ReturnType<typeof dueThresholds>, lang: Lang): QueueCase {
  const dueOn = row[7] as string | null;
  const village = row[4] as string | null;
  const listed: QueueCase = {
    caseNumber: row[0] as string,
    programme: row[1] as ApplyProgramme,
    applicantName: row[2] as string,
    township: row[3] as string,
    // Rows written before the workflow columns carry no step until their next action.
    step: ((row[5] as string | null) ?? 'apply') as StepId,
    status: row[6] as CaseStatus,
    ...dueState(dueOn, thresholds),
    flags: caseFlags({ nearKin: Number(row[8]) === 1, raised: parseRaised(row[10]), paused: row[11] !== null }, lang),
    version: Number(row[9]),
  };
  if (village) listed.village = village;
  if (dueOn) listed.dueDate = dueOn;
  return listed;
}
