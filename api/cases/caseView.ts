// What a resident sees of a case: the programme's steps in order with dates, and what is asked of them.
import { eq } from 'drizzle-orm';
import { accounts, cases, payments } from '../db/schema/index.ts';
import { maskIdForResident } from '../domain/idNumber.ts';
import type { CaseState } from '../domain/casework/caseState.ts';
import type { ApplyProgramme } from '../domain/workflow.ts';
import { whereToGo } from '../domain/places.ts';
import { translate, type Lang } from '../i18n/translate.ts';
import type { CaseView } from '../schemas/caseView.ts';
import type { Services } from '../services.ts';
import { caseEventsOf } from './events.ts';
import { caseStateOf, caseTimeline } from './timeline.ts';
import { linkedCasesOf } from './linkedCases.ts';
import { caseRatingOf } from '../ratings/caseRating.ts';

type CaseRow = typeof cases.$inferSelect;

export async function caseView(services: Services, row: CaseRow, lang: Lang, accessToken: string): Promise<CaseView> {
  const { db } = services;
  const events = await caseEventsOf(db, row.id);
  const view: CaseView = {
    caseNumber: row.caseNo,
    programme: row.programme as ApplyProgramme,
    applicantName: row.applicantNameMasked,
    applicantIdMasked: maskIdForResident('*'.repeat(14) + row.applicantIdLast4),
    submittedBy: { kind: row.submittedBy },
    steps: caseTimeline(services, row, events, lang),
    payments: (await db.select().from(payments).where(eq(payments.caseId, row.id)).orderBy(payments.month)).map((p) => ({ month: p.month, amount: p.amount, paidOn: p.paidOn })),
    linkedCases: await linkedCasesOf(db, row),
    accessToken,
  };
  const state = caseStateOf(events);
  const { lastReview, objections } = state;
  const objection = noticeObjection(objections ?? []);
  if (objection) view.noticeObjection = objection;
  if (lastReview) view.review = { ...lastReview, howToObject: translate(lang, 'case:refusal.howToObject') };
  if (state.paidFirst) view.paidFirst = paidFirstView(state, lang);
  if (row.agentId !== null) {
    const [agent] = await db.select({ displayName: accounts.displayName }).from(accounts).where(eq(accounts.id, row.agentId));
    view.submittedBy = agent ? { kind: 'agent', agentName: agent.displayName } : { kind: 'agent' };
  }
  if (row.status === 'supplement') view.supplement = { items: row.supplementItems ?? [], uploadedIds: row.supplementUploads ?? [] };
  if (row.noticeFrom && row.noticeTo) view.publicNotice = { from: row.noticeFrom, to: row.noticeTo, place: row.noticePlace ?? '' };
  if (row.status === 'refused' || row.status === 'not-accepted') view.refusal = { reason: row.refusalReason ?? '', howToObject: translate(lang, 'case:refusal.howToObject') };
  const where = whereToGo(services.regions, row.county, row.township);
  if (where) view.whereToGo = row.village ? { ...where, village: row.village } : where;
  if (row.approvedMonthly !== null && row.approvedFromMonth) view.approved = { monthly: row.approvedMonthly, fromMonth: row.approvedFromMonth };
  const rating = await caseRatingOf(db, row);
  if (rating) view.rating = rating;
  return view;
}

/** 先行救助 in the applicant's words: paid on that day, and where the paperwork after it stands. */
function paidFirstView(state: CaseState, lang: Lang): NonNullable<CaseView['paidFirst']> {
  const { amount, paidOn } = state.paidFirst!;
  const outcome = state.status === 'approved' ? 'confirmed' : state.status === 'closed' ? 'closed' : 'paperwork';
  const shown = { amount, paidOn, outcome, text: translate(lang, `case:paidFirst.${outcome}`, { amount, date: paidOn }) } as const;
  return outcome === 'closed' ? { ...shown, closedReason: state.closedReason ?? '', howToObject: translate(lang, 'case:refusal.howToObject') } : shown;
}

/** Where the questions about the 公示 stand: open from the oldest still open, else the latest finding. */
function noticeObjection(objections: NonNullable<CaseState['objections']>): CaseView['noticeObjection'] {
  const open = objections.find((o) => !o.resolvedOn);
  if (open) return { state: 'open', raisedOn: open.raisedOn };
  const last = objections.at(-1);
  if (!last?.resolvedOn) return undefined;
  return { state: last.outcome === 'refuse' ? 'upheld' : 'continued', raisedOn: last.raisedOn, resolvedOn: last.resolvedOn };
}
