// POST /api/notices/{id}/objections: anyone may object to a 公示 while it is posted. The objection, its event in the
// case's chain and the paused case row commit together; the objector gets a tracking number and a query code (shown
// once, kept as an HMAC); what they wrote and how to reach them are sealed.
import { randomBytes, randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/chain.ts';
import { raiseAlert } from '../alerts/raiseAlert.ts';
import { caseEventsOf } from '../cases/events.ts';
import { actionContext, caseColumns } from '../cases/takeAction.ts';
import { caseStateOf } from '../cases/timeline.ts';
import type { Tx } from '../db/client.ts';
import { cases, notices, objections } from '../db/schema/index.ts';
import { chinaDate } from '../domain/calendarDate.ts';
import { foldEvent } from '../domain/casework/caseState.ts';
import { objectionRaised } from '../domain/casework/objections.ts';
import { makeQueryCode } from '../domain/queryCode.ts';
import { makeTrackingNumber } from '../domain/trackingNumber.ts';
import { filingCodeHmac } from '../filings/filingCode.ts';
import { ApiError } from '../http/errors.ts';
import type { FiledResponse, ObjectionRequest } from '../schemas/notices.ts';
import type { Services } from '../services.ts';

/** The limiter's subject for objections to one notice. */
const noticeSubject = (id: number) => `notice:${id}`;

export async function fileObjection(services: Services, noticeId: number, request: ObjectionRequest, client: string): Promise<FiledResponse> {
  const now = services.now();
  const today = chinaDate(now);
  const at = now.toISOString();
  // Counted before anything is looked up, so a refused objection counts too and cannot be used to probe notices quickly.
  const reached = services.objectionLimiter.admit(client, noticeSubject(noticeId), now.getTime());
  if (reached) void raiseAlert(services, 'filing_limit', reached);
  const queryCode = makeQueryCode(randomInt);
  const trackingNumber = await services.writes(() => services.db.transaction(async (tx) => {
    const [notice] = await tx.select().from(notices).where(eq(notices.id, noticeId));
    if (!notice) throw new ApiError(404, 'notice_not_found');
    const [row] = await tx.select().from(cases).where(eq(cases.id, notice.caseId));
    const stored = await caseEventsOf(tx, row!.id);
    const state = caseStateOf(stored);
    const context = actionContext(services, row!, state, today);
    if (notice.withdrawnOn || notice.fromOn > today || notice.toOn < today) throw new ApiError(409, 'notice_not_current');
    const number = await freeTrackingNumber(tx);
    const [objection] = await tx.insert(objections).values({
      trackingNumber: number, queryCodeHmac: filingCodeHmac(services.sealer, number, queryCode), noticeId, caseId: row!.id,
      county: row!.county, township: row!.township, textSealed: services.sealer.seal(request.text),
      contactSealed: request.contact ? services.sealer.seal(request.contact) : null, raisedAt: at, raisedOn: today, status: 'open',
    }).returning({ id: objections.id });
    // The rules decide whether the case takes it (an open case at its posted 公示); otherwise nothing above is kept.
    const event = objectionRaised(state, context, objection!.id);
    if (!event) throw new ApiError(409, 'notice_not_current');
    // Who objected is never in the chain: the public, with the objection's id.
    await appendAudit(tx, { kind: event.kind, caseId: row!.id, actor: 'public', step: event.step!, reason: event.reason, detail: event.detail!, at, on: today });
    const next = foldEvent(state, event);
    await tx.update(cases).set({ ...caseColumns(services, row!, [...stored, event], next, context.steps, today), version: row!.version + 1 }).where(eq(cases.id, row!.id));
    return number;
  }, { behavior: 'immediate' }));
  return { trackingNumber, queryCode };
}

async function freeTrackingNumber(tx: Tx): Promise<string> {
  for (;;) {
    const number = makeTrackingNumber('objection', (n) => randomBytes(n));
    const [taken] = await tx.select({ id: objections.id }).from(objections).where(eq(objections.trackingNumber, number));
    if (!taken) return number;
  }
}
