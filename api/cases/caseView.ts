// What a resident sees of a case: the programme's steps in order with dates, and what is asked of them.
import { eq } from 'drizzle-orm';
import { agents, cases, payments } from '../db/schema/index.ts';
import { chinaDate } from '../domain/calendarDate.ts';
import { maskIdForResident } from '../domain/idNumber.ts';
import { stepDueDate, workflowSteps, type ApplyProgramme } from '../domain/workflow.ts';
import { regionForCounty } from '../domain/localStandards.ts';
import { whereToGo } from '../domain/places.ts';
import { translate, type Lang } from '../i18n/translate.ts';
import type { CaseView } from '../schemas/caseView.ts';
import type { Services } from '../services.ts';
import { caseEventsOf } from './events.ts';

type CaseRow = typeof cases.$inferSelect;

export async function caseView(services: Services, row: CaseRow, lang: Lang, accessToken: string): Promise<CaseView> {
  const { db, calendar } = services;
  const events = await caseEventsOf(db, row.id);
  const doneOn = new Map(events.filter((e) => e.step).map((e) => [e.step!, e.on]));
  const region = regionForCounty(row.county, services.regions);
  const finished = row.status === 'refused';
  const steps = workflowSteps(row.programme as ApplyProgramme, { requestedAmount: row.requestedAmount ?? undefined, townshipLinshiLimit: region?.townshipLinshiLimit?.amount })
    // A refused case is not paid: its timeline ends at the decision.
    .filter((s) => !(finished && s.step === 'payment'));
  const currentIndex = finished ? -1 : steps.findIndex((s) => !doneOn.has(s.step));
  const today = chinaDate(services.now());
  const view: CaseView = {
    caseNumber: row.caseNo,
    programme: row.programme as ApplyProgramme,
    applicantName: row.applicantNameMasked,
    applicantIdMasked: maskIdForResident('*'.repeat(14) + row.applicantIdLast4),
    submittedBy: { kind: row.submittedBy },
    steps: steps.map((s, i) => {
      const done = doneOn.get(s.step);
      const state = done ? 'done' : i === currentIndex ? 'current' : 'todo';
      const step: CaseView['steps'][number] = { step: s.step, title: translate(lang, `case:step.${s.step}.title`), state, actor: translate(lang, `case:actor.${s.actor}`) };
      if (done) step.doneOn = done;
      if (state === 'current' && s.limit) {
        const previous = doneOn.get(steps[i - 1]?.step ?? 'apply') ?? today;
        // The posted notice's own last day wins over the computed one.
        step.dueOn = s.step === 'public-notice' && row.noticeTo ? row.noticeTo : stepDueDate(s.limit, previous, doneOn.get('accept'), calendar).date;
      }
      return step;
    }),
    payments: (await db.select().from(payments).where(eq(payments.caseId, row.id)).orderBy(payments.month)).map((p) => ({ month: p.month, amount: p.amount, paidOn: p.paidOn })),
    accessToken,
  };
  if (row.agentId !== null) {
    const [agent] = await db.select({ displayName: agents.displayName }).from(agents).where(eq(agents.id, row.agentId));
    view.submittedBy = agent ? { kind: 'agent', agentName: agent.displayName } : { kind: 'agent' };
  }
  if (row.status === 'supplement') view.supplement = { items: row.supplementItems ?? [], uploadedIds: row.supplementUploads ?? [] };
  if (row.noticeFrom && row.noticeTo) view.publicNotice = { from: row.noticeFrom, to: row.noticeTo, place: row.noticePlace ?? '' };
  if (row.status === 'refused') view.refusal = { reason: row.refusalReason ?? '', howToObject: translate(lang, 'case:refusal.howToObject') };
  const where = whereToGo(services.regions, row.county, row.township);
  if (where) view.whereToGo = row.village ? { ...where, village: row.village } : where;
  if (row.approvedMonthly !== null && row.approvedFromMonth) view.approved = { monthly: row.approvedMonthly, fromMonth: row.approvedFromMonth };
  return view;
}
