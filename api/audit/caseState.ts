// Which event kinds set which case fields: the case row must equal what its events say, so a status changed in the
// database without an event is caught (npm run audit:verify), and the action engine writes both from one place.
import type { cases } from '../db/schema/index.ts';

type CaseRow = typeof cases.$inferSelect;

/** The case fields its events decide; each is a column of `cases` of the same name. */
export interface CaseState {
  status: CaseRow['status'] | null;
  supplementItems: string[] | null;
  supplementUploads: string[] | null;
  noticeFrom: string | null;
  noticeTo: string | null;
  noticePlace: string | null;
  refusalReason: string | null;
  approvedMonthly: number | null;
  approvedFromMonth: string | null;
  /** Cross-check flags raised, "code:basis,…" in the order raised (api/conflicts). */
  flags: string | null;
}

/** An event as stored (detail as JSON text) or as about to be appended (detail as an object). */
export interface StateEvent {
  kind: string;
  detail?: string | Record<string, unknown> | null;
}

type Detail = Record<string, unknown>;

/** A case before its first event: nothing is decided. */
export const NO_STATE: Readonly<CaseState> = Object.freeze({
  status: null,
  supplementItems: null,
  supplementUploads: null,
  noticeFrom: null,
  noticeTo: null,
  noticePlace: null,
  refusalReason: null,
  approvedMonthly: null,
  approvedFromMonth: null,
  flags: null,
});

export const CASE_STATE_FIELDS = Object.keys(NO_STATE) as (keyof CaseState)[];

// A missing or mistyped detail field becomes null, so the row that has a value disagrees and is reported.
const text = (v: unknown) => (typeof v === 'string' ? v : null);
const amount = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const texts = (v: unknown) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null);

/**
 * What each kind sets, and from which detail field. Kinds not listed (step-done, signed-in, id-revealed…) set no
 * case field. A new action that changes a case field adds its kind here.
 */
export const CASE_EVENT_EFFECTS: Readonly<Record<string, (state: CaseState, detail: Detail) => Partial<CaseState>>> = {
  /** Once, at the upgrade to the audit chain: the fields as the row held them, set before events recorded them. */
  'state-carried-over': (_, d) => Object.fromEntries(CASE_STATE_FIELDS.map((f) => [f, d[f] ?? null])) as Partial<CaseState>,
  /** The claim is recorded. */
  submitted: () => ({ status: 'open' }),
  /** 需补正 (一次性告知): detail.items, the complete list of what is missing. */
  'supplement-requested': (_, d) => ({ status: 'supplement', supplementItems: texts(d['items']) }),
  /** The applicant uploaded: detail.uploadIds, added to those sent before. */
  'supplement-received': (s, d) => ({ supplementUploads: [...(s.supplementUploads ?? []), ...(texts(d['uploadIds']) ?? [])] }),
  /** Staff recorded the documents complete: the case goes on. */
  'documents-recorded': () => ({ status: 'open' }),
  /** 公示 posted: detail.from, detail.to (China dates), detail.place. */
  'notice-published': (_, d) => ({ noticeFrom: text(d['from']), noticeTo: text(d['to']), noticePlace: text(d['place']) }),
  /** 批准: detail.monthly (yuan a month; 临时救助 the one payment), detail.fromMonth (YYYY-MM). */
  approved: (_, d) => ({ status: 'approved', approvedMonthly: amount(d['monthly']), approvedFromMonth: text(d['fromMonth']), refusalReason: null }),
  /** 不予批准: detail.reason, the written reason the applicant sees. */
  refused: (_, d) => ({ status: 'refused', refusalReason: text(d['reason']), approvedMonthly: null, approvedFromMonth: null }),
  /** 不予受理: detail.reason (casework). */
  'not-accepted': (_, d) => ({ status: 'not-accepted', refusalReason: text(d['reason']) }),
  /** 定期核查 (payments): detail.outcome continue | change-amount (detail.monthly, the new amount) | stop (the case ends, its approval kept). */
  'review-outcome-recorded': (_, d) => (d['outcome'] === 'stop' ? { status: 'closed' } : d['outcome'] === 'change-amount' ? { approvedMonthly: amount(d['monthly']) } : {}),
  /** 终止/结案 (casework): the approval, if any, is kept so reopening restores it. */
  closed: () => ({ status: 'closed' }),
  /** A cross-check flag raised (conflicts): detail.code and detail.basis, added to those raised before. */
  'flag-raised': (s, d) => ({ flags: [...(s.flags ? s.flags.split(',') : []), `${text(d['code'])}:${text(d['basis'])}`].join(',') }),
  /** 重新办理 (casework): a closed case returns to what it was, a refusal or 不予受理 to open without its reason. */
  reopened: (s) => (s.status === 'closed' ? { status: s.approvedMonthly !== null ? 'approved' : 'open' } : { status: 'open', refusalReason: null }),
};

function detailOf(event: StateEvent): Detail {
  if (!event.detail) return {};
  if (typeof event.detail !== 'string') return event.detail;
  try {
    const parsed: unknown = JSON.parse(event.detail);
    return parsed && typeof parsed === 'object' ? (parsed as Detail) : {};
  } catch {
    return {};
  }
}

/** The state after one more event. */
export function nextState(state: CaseState, event: StateEvent): CaseState {
  const effect = CASE_EVENT_EFFECTS[event.kind];
  return effect ? { ...state, ...effect(state, detailOf(event)) } : state;
}

/** A case's state from its events in chain order. */
export function stateFromEvents(events: readonly StateEvent[]): CaseState {
  return events.reduce(nextState, { ...NO_STATE });
}

/** The same fields as stored on the case row. */
export function stateOfRow(row: Pick<CaseRow, keyof CaseState>): CaseState {
  return Object.fromEntries(CASE_STATE_FIELDS.map((f) => [f, row[f] ?? null])) as unknown as CaseState;
}

/** The first field where the row and its events disagree, with both values; undefined when they agree. */
export function stateMismatch(row: CaseState, fromEvents: CaseState): { field: keyof CaseState; row: unknown; events: unknown } | undefined {
  const field = CASE_STATE_FIELDS.find((f) => JSON.stringify(row[f]) !== JSON.stringify(fromEvents[f]));
  return field ? { field, row: row[field], events: fromEvents[field] } : undefined;
}
