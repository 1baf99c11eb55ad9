// GET /api/staff/cases/{caseNumber} (and the answer to an action): the whole case for staff of its jurisdiction,
// personal data masked, its state and due date from its events by the same rules the actions use.
import { asc, eq } from 'drizzle-orm';
import { accounts, caseFlags as caseFlagRows, payments, uploads } from '../db/schema/index.ts';
import { approvalFacts } from '../conflicts/approvalFacts.ts';
import { caseEventsOf } from '../cases/events.ts';
import { actionContext } from '../cases/takeAction.ts';
import { caseStateOf, caseTimeline } from '../cases/timeline.ts';
import { chinaDate } from '../domain/calendarDate.ts';
import { caseDue } from '../domain/casework/progress.ts';
import type { ApplyProgramme } from '../domain/workflow.ts';
import type { Lang } from '../i18n/translate.ts';
import type { ClaimRequest } from '../schemas/cases.ts';
import type { StaffCase } from '../schemas/staff.ts';
import type { Services } from '../services.ts';
import type { Account } from './access.ts';
import { actorNamer } from './actorNames.ts';
import { allowedActionsNow } from './allowedActionsNow.ts';
import { caseFlags } from './caseFlags.ts';
import type { CaseRow } from './caseForStaff.ts';
import { maskedApplicant, maskedHousehold } from './household.ts';
import { linkedProgrammes } from './linkedProgrammes.ts';
import { linkedCasesOf } from '../cases/linkedCases.ts';
import { caseObjections } from './objections.ts';

/** Where a case's photo is opened: only through the staff handler, under the site's base path. */
export const attachmentHref = (base: string, caseNumber: string, id: string) => `${base.replace(/\/$/, '')}/api/staff/cases/${caseNumber}/attachments/${id}`;

export async function staffCaseDetail(services: Services, account: Account, row: CaseRow, lang: Lang, base: string): Promise<StaffCase> {
  const { db } = services;
  const claim = JSON.parse(services.sealer.open(row.claimSealed)) as ClaimRequest;
  const events = await caseEventsOf(db, row.id);
  const state = caseStateOf(events);
  // The viewer's own standing decides whether a conflict-of-interest case offers them approve (twoApprovers.ts).
  const approval = await approvalFacts(db, services.sealer, row, { actor: `staff:${account.username}`, accountId: account.id }, events);
  const context = { ...actionContext(services, row, state, chinaDate(services.now())), approval };
  const raised = await db.select({ code: caseFlagRows.code, basis: caseFlagRows.basis }).from(caseFlagRows).where(eq(caseFlagRows.caseId, row.id)).orderBy(asc(caseFlagRows.id));
  const due = caseDue(state, context.steps, services.calendar, context.today);
  const nameOf = await actorNamer(services, events, lang);
  const photos = await db.select({ id: uploads.id, purpose: uploads.purpose, createdAt: uploads.createdAt }).from(uploads).where(eq(uploads.caseId, row.id)).orderBy(asc(uploads.createdAt));
  const paid = await db.select().from(payments).where(eq(payments.caseId, row.id)).orderBy(payments.month);
  const detail: StaffCase = {
    caseNumber: row.caseNo,
    programme: row.programme as ApplyProgramme,
    county: row.county,
    township: row.township,
    status: state.status,
    step: due.step,
    dueSetByCounty: due.countySet,
    dueEstimated: !due.covered,
    overdue: due.overdue,
    dueSoon: due.dueSoon,
    version: row.version,
    submittedAt: row.submittedAt,
    submittedBy: { kind: row.submittedBy },
    applicant: maskedApplicant(claim),
    household: maskedHousehold(claim, services.now()),
    hukou: claim.hukou,
    assets: claim.assets,
    reason: claim.reason,
    nearKinDeclaration: claim.nearKinDeclaration,
    steps: caseTimeline(services, row, events, lang),
    events: events.map((e) => ({ id: e.id, kind: e.kind, ...(e.step ? { step: e.step } : {}), actor: e.actor, actorName: nameOf(e), reason: e.reason, at: e.at, on: e.on })),
    attachments: photos.map((p) => ({ id: p.id, purpose: p.purpose ?? 'claim', uploadedAt: p.createdAt, href: attachmentHref(base, row.caseNo, p.id) })),
    flags: caseFlags({ nearKin: row.nearKin, raised, paused: due.pausedOn !== null }, lang),
    paidMonths: state.paidMonths,
    payments: paid.map((p) => ({ month: p.month, amount: p.amount, paidOn: p.paidOn })),
    allowedActions: allowedActionsNow(state, account, context),
    linkedCases: [],
    objections: await caseObjections(services, row.id),
  };
  if (due.dueOn) detail.dueDate = due.dueOn;
  if (row.village) detail.village = row.village;
  if (claim.requestedAmount !== undefined) detail.requestedAmount = claim.requestedAmount;
  if (row.agentId !== null) {
    const [agent] = await db.select({ displayName: accounts.displayName }).from(accounts).where(eq(accounts.id, row.agentId));
    detail.submittedBy = agent ? { kind: 'agent', agentName: agent.displayName } : { kind: 'agent' };
  }
  if (state.status === 'supplement' && state.supplement) detail.supplement = { items: state.supplement.items, uploadedIds: state.supplement.uploadIds };
  if (state.notice) detail.notice = state.notice;
  if (state.refusal) detail.refusal = state.refusal;
  if (state.approved) detail.approved = state.approved;
  if (state.paidFirst) detail.paidFirst = state.paidFirst;
  const firstEvent = state.firstApproval && events.findLast((e) => e.kind === 'first-approval');
  if (state.firstApproval && firstEvent) detail.firstApproval = { approverName: nameOf(firstEvent), amount: state.firstApproval.amount, fromMonth: state.firstApproval.fromMonth };
  if (state.check) detail.check = state.check;
  if (state.lastReview) detail.lastReview = state.lastReview;
  const linked = await linkedCasesOf(db, row);
  detail.linkedCases = linked;
  // At acceptance and approval (and between): what else the household likely qualifies for (一门受理).
  if (state.done.accept && (state.status === 'open' || state.status === 'approved')) {
    detail.linkedProgrammes = linkedProgrammes(services, claim, [...linked.map((l) => l.programme), ...state.linked.map((l) => l.programme)], lang);
  }
  if (state.visit) detail.visit = { on: state.visit.on, staff: [...state.visit.staff] };
  return detail;
}
