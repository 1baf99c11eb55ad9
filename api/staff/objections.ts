// Objections to 公示 for staff of their jurisdiction: listed without the objector's contact, shown with their text on
// the case page, and the contact only by an explicit reveal that is itself an audit event (as a whole ID number is).
import { asc, eq } from 'drizzle-orm';
import { appendAudit } from '../audit/chain.ts';
import { objections } from '../db/schema/index.ts';
import { chinaDate } from '../domain/calendarDate.ts';
import type { ObjectionStatus } from '../domain/notices/objection.ts';
import { ApiError } from '../http/errors.ts';
import type { Services } from '../services.ts';
import { inJurisdiction, type Account } from './access.ts';
import { casesInJurisdiction } from './jurisdiction.ts';

type ObjectionRow = typeof objections.$inferSelect;

/** The jurisdiction's objections, newest first (the same rule as its cases: a township sees its own only). */
export async function staffObjections(services: Services, account: Account, status: ObjectionStatus | undefined) {
  const where = casesInJurisdiction(account, 'o.');
  const { rows } = await services.client.execute({
    sql: `SELECT o.tracking_number, c.case_no, o.township, n.village, o.raised_on, o.status, o.resolved_on, o.contact_sealed IS NOT NULL
          FROM objections o JOIN cases c ON c.id = o.case_id JOIN notices n ON n.id = o.notice_id
          WHERE ${where.sql}${status ? ' AND o.status = ?' : ''} ORDER BY o.id DESC LIMIT 500`,
    args: [...where.args, ...(status ? [status] : [])],
  });
  return rows.map((r) => ({
    trackingNumber: String(r[0]), caseNumber: String(r[1]), township: String(r[2]), village: r[3] === null ? null : String(r[3]),
    raisedOn: String(r[4]), status: String(r[5]) as ObjectionStatus, ...(r[6] ? { resolvedOn: String(r[6]) } : {}), hasContact: Number(r[7]) === 1,
  }));
}

/** A case's objections for its page: what was written, never how to reach who wrote it. */
export async function caseObjections(services: Services, caseId: number) {
  const rows = await services.db.select().from(objections).where(eq(objections.caseId, caseId)).orderBy(asc(objections.id));
  return rows.map((o: ObjectionRow) => ({
    trackingNumber: o.trackingNumber, raisedOn: o.raisedOn, text: services.sealer.open(o.textSealed), hasContact: o.contactSealed !== null, status: o.status,
    ...(o.finding ? { finding: o.finding } : {}), ...(o.resolvedOn ? { resolvedOn: o.resolvedOn } : {}),
  }));
}

/** The objector's contact, to ask them more while looking into it; outside the jurisdiction (or without one) 404. */
export async function revealObjectionContact(services: Services, account: Account, trackingNumber: string): Promise<string> {
  const [found] = await services.db.select().from(objections).where(eq(objections.trackingNumber, trackingNumber));
  if (!found || !inJurisdiction(account, found) || !found.contactSealed) throw new ApiError(404, 'objection_not_found');
  const now = services.now();
  // Which objection, never the contact itself: the chain holds no personal data of the objector.
  await services.writes(() => services.db.transaction(
    (tx) => appendAudit(tx, { kind: 'objection-contact-revealed', caseId: found.caseId, accountId: account.id, actor: `staff:${account.username}`, reason: `objection ${found.id}`, at: now.toISOString(), on: chinaDate(now) }),
    { behavior: 'immediate' },
  ));
  return services.sealer.open(found.contactSealed);
}
