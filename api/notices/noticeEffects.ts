// What 公示 events write besides the chain, in the transaction that appends them (api/cases/takeAction.ts): the public
// notice when one is posted, an objection's finding, and the notice taken down when it ends before its last day.
import { and, eq, gte, isNull } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { cases, notices, objections } from '../db/schema/index.ts';
import type { CalendarDate } from '../domain/calendarDate.ts';
import type { CaseEvent, CaseState } from '../domain/casework/caseState.ts';
import { isFinished } from '../domain/casework/progress.ts';
import { maskName } from '../domain/personName.ts';
import type { ClaimRequest } from '../schemas/cases.ts';
import type { Services } from '../services.ts';

type CaseRow = typeof cases.$inferSelect;

export async function noticeEffects(tx: Tx, services: Services, row: CaseRow, event: CaseEvent, eventId: number, today: CalendarDate, at: string): Promise<void> {
  const d = event.detail ?? {};
  if (event.kind === 'notice-published') {
    // The name is masked from the sealed claim by today's rule (张*三), and the household counted as claimed.
    const claim = JSON.parse(services.sealer.open(row.claimSealed)) as ClaimRequest;
    await tx.insert(notices).values({
      caseId: row.id, eventId, county: row.county, township: row.township, village: row.village, programme: row.programme,
      nameMasked: maskName(claim.applicant.name), householdSize: claim.members.length, monthlyAmount: Number(d['monthly']),
      fromOn: String(d['from']), toOn: String(d['to']), place: String(d['place']), publishedAt: at,
    });
  }
  if (event.kind === 'objection-resolved') {
    const upheld = d['outcome'] === 'refuse';
    await tx.update(objections).set({ status: upheld ? 'upheld' : 'continued', finding: String(d['finding']), resolvedOn: today }).where(and(eq(objections.id, Number(d['objection'])), eq(objections.caseId, row.id)));
    if (upheld) await withdrawNotice(tx, row.id, today);
  }
}

/** A case that ends while its 公示 is posted (refused, closed) takes the notice down that day. */
export async function withdrawIfEnded(tx: Tx, caseId: number, state: CaseState, today: CalendarDate): Promise<void> {
  if (state.notice && isFinished(state) && state.notice.to >= today) await withdrawNotice(tx, caseId, today);
}

async function withdrawNotice(tx: Tx, caseId: number, today: CalendarDate): Promise<void> {
  await tx.update(notices).set({ withdrawnOn: today }).where(and(eq(notices.caseId, caseId), isNull(notices.withdrawnOn), gte(notices.toOn, today)));
}
