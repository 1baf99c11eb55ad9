// GET /api/staff/cases/{caseNumber}: the whole case for staff of its jurisdiction, personal data masked.
import { asc, eq } from 'drizzle-orm';
import { accounts, payments, uploads } from '../db/schema/index.ts';
import { caseEventsOf } from '../cases/events.ts';
import { caseTimeline, standingStep } from '../cases/timeline.ts';
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
import { dueState, dueThresholds } from './dueState.ts';
import { maskedApplicant, maskedHousehold } from './household.ts';

/** Where a case's photo is opened: only through the staff handler, under the site's base path. */
export const attachmentHref = (base: string, caseNumber: string, id: string) => `${base.replace(/\/$/, '')}/api/staff/cases/${caseNumber}/attachments/${id}`;

export async function staffCaseDetail(services: Services, account: Account, row: CaseRow, lang: Lang, base: string): Promise<StaffCase> {
  const { db } = services;
  const claim = JSON.parse(services.sealer.open(row.claimSealed)) as ClaimRequest;
  const events = await caseEventsOf(db, row.id);
  const steps = caseTimeline(services, row, events, lang);
  const standing = standingStep(steps);
  const nameOf = await actorNamer(services, events, lang);
  const photos = await db.select({ id: uploads.id, purpose: uploads.purpose, createdAt: uploads.createdAt }).from(uploads).where(eq(uploads.caseId, row.id)).orderBy(asc(uploads.createdAt));
  const paid = await db.select().from(payments).where(eq(payments.caseId, row.id)).orderBy(payments.month);
  const dueDate = standing.state === 'current' ? standing.dueOn : undefined;
  const detail: StaffCase = {
    caseNumber: row.caseNo,
    programme: row.programme as ApplyProgramme,
    county: row.county,
    township: row.township,
    status: row.status,
    step: standing.step,
    dueSetByCounty: standing.dueSetByCounty ?? false,
    ...dueState(dueDate, dueThresholds(services.now(), services.calendar)),
    version: row.version,
    submittedAt: row.submittedAt,
    submittedBy: { kind: row.submittedBy },
    applicant: maskedApplicant(claim),
    household: maskedHousehold(claim, services.now()),
    hukou: claim.hukou,
    assets: claim.assets,
    reason: claim.reason,
    nearKinDeclaration: claim.nearKinDeclaration,
    steps,
    events: events.map((e) => ({ id: e.id, kind: e.kind, ...(e.step ? { step: e.step } : {}), actorName: nameOf(e), reason: e.reason, at: e.at, on: e.on })),
    attachments: photos.map((p) => ({ id: p.id, purpose: p.purpose ?? 'claim', uploadedAt: p.createdAt, href: attachmentHref(base, row.caseNo, p.id) })),
    flags: caseFlags({ nearKin: row.nearKin }, lang),
    payments: paid.map((p) => ({ month: p.month, amount: p.amount, paidOn: p.paidOn })),
    allowedActions: allowedActionsNow(row, account),
  };
  if (dueDate) detail.dueDate = dueDate;
  if (row.village) detail.village = row.village;
  if (claim.requestedAmount !== undefined) detail.requestedAmount = claim.requestedAmount;
  if (row.agentId !== null) {
    const [agent] = await db.select({ displayName: accounts.displayName }).from(accounts).where(eq(accounts.id, row.agentId));
    detail.submittedBy = agent ? { kind: 'agent', agentName: agent.displayName } : { kind: 'agent' };
  }
  if (row.status === 'supplement') detail.supplement = { items: row.supplementItems ?? [], uploadedIds: row.supplementUploads ?? [] };
  if (row.noticeFrom && row.noticeTo) detail.notice = { from: row.noticeFrom, to: row.noticeTo, place: row.noticePlace ?? '' };
  if (row.status === 'refused') detail.refusal = { reason: row.refusalReason ?? '' };
  if (row.approvedMonthly !== null && row.approvedFromMonth) detail.approved = { monthly: row.approvedMonthly, fromMonth: row.approvedFromMonth };
  return detail;
}
