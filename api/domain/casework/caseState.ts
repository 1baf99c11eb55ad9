// Which event sets which case field: the one definition the action engine writes by and the case row is checked against.
// The case-row columns among these (status, 需补正, 公示, refusal, approval) are set by api/audit/caseState.ts, which
// audit:verify checks rows against; this fold uses the same kinds and detail fields and adds what the rules need
// (steps done, 核对 and 入户调查, paid months), and a test keeps the two in agreement.
import type { CalendarDate } from '../calendarDate.ts';
import type { StepId } from '../workflow.ts';
import type { ObjectionOutcome } from '../notices/objection.ts';

export const CASE_STATUSES = ['open', 'supplement', 'not-accepted', 'approved', 'refused', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** An event as the rules see it; the store adds who, when (instant) and the chain. */
export interface CaseEvent {
  kind: string;
  step?: StepId | null;
  /** Why, in plain words, with no personal data beyond what the case needs. */
  reason: string;
  /** China date the event counts on. */
  on: CalendarDate;
  /** The values the event sets (amounts, dates, lists), as JSON. */
  detail?: Record<string, unknown> | null;
}

export interface CaseState {
  status: CaseStatus;
  /** Day each step was done. */
  done: Partial<Record<StepId, CalendarDate>>;
  /** 需补正 was last told complete on this day: the 受理 clock runs from it. */
  documentsCompleteOn?: CalendarDate;
  check?: { on: CalendarDate; result: string };
  visit?: { on: CalendarDate; staff: [string, string] };
  supplement?: { items: string[]; uploadIds: string[] };
  notice?: { from: CalendarDate; to: CalendarDate; place: string; line: string };
  refusal?: { reason: string };
  approved?: { amount: number; fromMonth: string; reviewOn?: CalendarDate };
  /** A conflict-of-interest case's first county approval, waiting for a second approver (twoApprovers.ts). */
  firstApproval?: { approver: string; amount: number; fromMonth: string };
  paidMonths: string[];
  /** 急难型 先行救助: paid before the paperwork (社会救助法 §50); the case then settles it. */
  paidFirst?: { amount: number; paidOn: CalendarDate; reason: string };
  /** Why the case was closed, as recorded (the applicant sees it where it settles a 先行救助). */
  closedReason?: string;
  /** 定期核查: the last outcome and the written reason the household was told (社会救助法 §48). */
  lastReview?: { on: CalendarDate; outcome: string; reason: string; monthly?: number };
  /** 一门受理: cases of other programmes opened for the same household from this one. */
  linked: { programme: string; caseNumber: string }[];
  /** Cross-check flags raised, "code:basis" in the order raised (the case row's `flags`). */
  flags?: string[];
  /** 公示异议 in the order raised (the objections table's ids): open until the township's finding. */
  objections?: { id: number; raisedOn: CalendarDate; resolvedOn?: CalendarDate; outcome?: ObjectionOutcome }[];
  /** An upheld objection's finding: the ground the decision-maker refuses on (objections.ts). */
  objectionFinding?: string;
  /** What the case was before it was closed, so reopening restores it. */
  closedFrom?: 'open' | 'approved';
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The state a case is in after one more event. Unknown kinds (sign-ins, ID reveals) change nothing. */
export function foldEvent(state: CaseState, event: CaseEvent): CaseState {
  const d = event.detail ?? {};
  const s: CaseState = { ...state, done: { ...state.done } };
  switch (event.kind) {
    case 'submitted':
      return { ...s, status: 'open', done: { ...s.done, apply: event.on } };
    case 'step-done': // written by demo seeds before issue 9: marks its step done, nothing else
      return event.step ? { ...s, done: { ...s.done, [event.step]: event.on } } : s;
    case 'supplement-requested':
      // A new list replaces the old one; photos already sent stay with the case.
      return { ...s, status: 'supplement', supplement: { items: strings(d['items']), uploadIds: s.supplement?.uploadIds ?? [] } };
    case 'supplement-received':
      return s.supplement ? { ...s, supplement: { ...s.supplement, uploadIds: [...s.supplement.uploadIds, ...strings(d['uploadIds'])] } } : s;
    case 'documents-recorded':
      return { ...s, status: 'open', documentsCompleteOn: event.on };
    case 'accepted':
      return { ...s, status: 'open', done: { ...s.done, accept: event.on } };
    case 'not-accepted':
      return { ...s, status: 'not-accepted', refusal: { reason: str(d['reason']) }, done: { ...s.done, accept: event.on } };
    case 'check-recorded':
      return withSurvey({ ...s, check: { on: event.on, result: str(d['result']) } });
    case 'visit-recorded': {
      const [a, b] = strings(d['staff']);
      return withSurvey({ ...s, visit: { on: event.on, staff: [a ?? '', b ?? ''] } });
    }
    case 'review-recorded':
      return { ...s, done: { ...s.done, 'democratic-review': event.on } };
    case 'township-reviewed':
      return { ...s, done: { ...s.done, 'township-review': event.on } };
    case 'notice-published':
      return { ...s, notice: { from: str(d['from']), to: str(d['to']), place: str(d['place']), line: str(d['line']) } };
    case 'notice-ended':
      return { ...s, done: { ...s.done, 'public-notice': event.on } };
    case 'first-approval':
      return { ...s, firstApproval: { approver: str(d['approver']), amount: Number(d['monthly']), fromMonth: str(d['fromMonth']) } };
    case 'approved': {
      delete s.firstApproval;
      const approved = { amount: Number(d['monthly']), fromMonth: str(d['fromMonth']), ...(d['reviewOn'] ? { reviewOn: str(d['reviewOn']) } : {}) };
      return { ...s, status: 'approved', approved, done: { ...s.done, 'county-approval': event.on, decision: event.on } };
    }
    case 'refused':
      delete s.firstApproval;
      return { ...s, status: 'refused', refusal: { reason: str(d['reason']) }, done: { ...s.done, 'county-approval': event.on, decision: event.on } };
    case 'paid-first':
      return { ...s, paidFirst: { amount: Number(d['amount']), paidOn: str(d['paidOn']), reason: str(d['reason']) } };
    case 'payment-recorded':
      return { ...s, paidMonths: [...s.paidMonths, str(d['month'])], done: { payment: event.on, ...s.done } };
    case 'review-outcome-recorded': {
      const outcome = str(d['outcome']);
      const monthly = typeof d['monthly'] === 'number' ? d['monthly'] : undefined;
      const lastReview = { on: event.on, outcome, reason: str(d['reason']), ...(monthly !== undefined ? { monthly } : {}) };
      if (outcome === 'stop') return { ...s, lastReview, status: 'closed', closedFrom: 'approved' };
      if (!s.approved) return { ...s, lastReview };
      const { reviewOn: _old, ...approved } = s.approved;
      return { ...s, lastReview, approved: { ...approved, ...(monthly !== undefined ? { amount: monthly } : {}), ...(d['reviewOn'] ? { reviewOn: str(d['reviewOn']) } : {}) } };
    }
    case 'linked-case-opened':
      return { ...s, linked: [...s.linked, { programme: str(d['programme']), caseNumber: str(d['caseNumber']) }] };
    case 'objection-raised':
      return { ...s, objections: [...(s.objections ?? []), { id: Number(d['objection']), raisedOn: event.on }] };
    case 'objection-resolved': {
      const outcome = str(d['outcome']) as ObjectionOutcome;
      const objections = (s.objections ?? []).map((o) => (o.id === Number(d['objection']) ? { ...o, resolvedOn: event.on, outcome } : o));
      return { ...s, objections, ...(outcome === 'refuse' ? { objectionFinding: str(d['finding']) } : {}) };
    }
    case 'flag-raised':
      return { ...s, flags: [...(s.flags ?? []), `${str(d['code'])}:${str(d['basis'])}`] };
    case 'closed':
      return { ...s, status: 'closed', closedFrom: s.status === 'approved' ? 'approved' : 'open', closedReason: str(d['reason']) };
    case 'reopened':
      return reopened(s, event);
    default:
      return state;
  }
}

/** The survey is done on the later of the 核对 and the 入户调查. */
function withSurvey(s: CaseState): CaseState {
  if (!s.check || !s.visit) return s;
  return { ...s, done: { ...s.done, survey: s.check.on > s.visit.on ? s.check.on : s.visit.on } };
}

/** A refusal goes back to the county's decision, a 不予受理 to acceptance, a closed case to what it was. */
function reopened(s: CaseState, event: CaseEvent): CaseState {
  // A reopened decision is the county's to take afresh: an upheld objection's finding no longer binds it.
  const { refusal: _refusal, closedFrom: _closedFrom, closedReason: _closedReason, firstApproval: _firstApproval, objectionFinding: _finding, ...rest } = s;
  if (s.status === 'closed') return { ...rest, status: s.closedFrom ?? 'open' };
  const done = { ...s.done };
  if (s.status === 'not-accepted') delete done.accept;
  if (s.status === 'refused') {
    delete done['county-approval'];
    delete done.decision;
  }
  return { ...rest, status: 'open', done, documentsCompleteOn: event.on };
}

export const INITIAL_STATE: CaseState = { status: 'open', done: {}, paidMonths: [], linked: [] };

/** A case's state from its events in order. */
export function stateFromEvents(events: readonly CaseEvent[]): CaseState {
  return events.reduce(foldEvent, INITIAL_STATE);
}
