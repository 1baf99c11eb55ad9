// What a staff action declares: its name, the workflow step whose role takes it, its fields, when it is allowed and
// which events it appends. The workflow data (the step's role and whether the step is on the case's path) decides the rest.
import type { CalendarDate } from '../calendarDate.ts';
import type { HolidayCalendar } from '../holidayCalendar.ts';
import type { ApplyProgramme, PayFirstRule, ReviewPeriod, StaffRole, StepDefinition, StepId } from '../workflow.ts';
import type { CaseEvent, CaseState } from './caseState.ts';
import type { ApprovalBar, ApprovalFacts } from './twoApprovers.ts';

export const ACTION_NAMES = [
  'accept', 'refuse-to-accept', 'request-documents', 'record-documents', 'record-check', 'record-visit', 'record-review',
  'township-review', 'publish-notice', 'approve', 'refuse', 'record-payment', 'close', 'reopen',
  'record-review-outcome', 'open-linked-case', 'pay-first', 'confirm-paid-first', 'close-paid-first', 'resolve-objection',
] as const;
export type ActionName = (typeof ACTION_NAMES)[number];

/** What the action's form asks for (the console draws it, the API checks it). */
export interface ActionField {
  name: string;
  kind: 'text' | 'text-list' | 'names' | 'date' | 'month' | 'amount' | 'choice' | 'boolean';
  required: boolean;
  /** For `choice`: the values allowed. */
  options?: readonly string[];
}

/** Everything about the case and the day the rules need besides its state. */
export interface ActionContext {
  programme: ApplyProgramme;
  /** The case's path: the programme's steps for this county and case. */
  steps: readonly StepDefinition[];
  review?: ReviewPeriod | undefined;
  /** 临时救助: the township's delegated amount, yuan. */
  townshipLinshiLimit?: number | undefined;
  /** 急难型 先行救助 as the programme's data declares it (absent: the programme has none). */
  payFirst?: PayFirstRule | undefined;
  /** The masked line a 公示 shows (村, 张*, programme), made by the caller from the case. */
  noticeLine: string;
  today: CalendarDate;
  calendar: HolidayCalendar;
  /** Conflict of interest: who is about to decide and how they stand to the case (absent: no two-approver rule). */
  approval?: ApprovalFacts | undefined;
}

export type ActionInput = Record<string, unknown>;

/** Why an action was refused: the HTTP status and a stable reason code (and the field, for bad input). */
export interface ActionRefusal {
  status: 403 | 409 | 422;
  code: 'role_forbidden' | 'stale_version' | 'action_not_allowed_now' | 'action_input_invalid' | ApprovalBar;
  field?: string;
}

export type EventsOrRefusal = { ok: true; events: CaseEvent[] } | { ok: false; refusal: ActionRefusal };

export interface ActionRule {
  name: ActionName;
  /** The workflow step whose role takes this action; the role comes from the data. */
  step?: StepId;
  /** For actions outside any one step (close, reopen): the roles that take them. */
  roles?: readonly StaffRole[];
  /** For actions outside any one step whose role the programme's data names (先行救助). */
  rolesFrom?(context: ActionContext): readonly StaffRole[];
  fields: readonly ActionField[];
  /** Whether the workflow allows it now (the step is current and the case's status fits). */
  allowedNow(state: CaseState, context: ActionContext): boolean;
  /** Why this person may not take it now though the workflow would allow it (409 with this code; not offered). */
  barred?(state: CaseState, context: ActionContext): ApprovalBar | undefined;
  /** The events it appends, or why the input is refused. */
  events(state: CaseState, input: ActionInput, context: ActionContext): EventsOrRefusal;
}

export const invalid = (field: string): EventsOrRefusal => ({ ok: false, refusal: { status: 422, code: 'action_input_invalid', field } });
export const appended = (...events: CaseEvent[]): EventsOrRefusal => ({ ok: true, events });

/** A trimmed non-empty string of at most `max` characters, or undefined. */
export function textOf(input: ActionInput, name: string, max = 2000): string | undefined {
  const v = input[name];
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t.length > 0 && [...t].length <= max ? t : undefined;
}

/** A list of trimmed non-empty strings (at least one), or undefined. */
export function textListOf(input: ActionInput, name: string, max = 500): string[] | undefined {
  const v = input[name];
  if (!Array.isArray(v) || v.length === 0 || v.length > 50) return undefined;
  const items = v.map((x) => (typeof x === 'string' ? x.trim() : ''));
  return items.every((x) => x.length > 0 && [...x].length <= max) ? items : undefined;
}

export function dateOf(input: ActionInput, name: string): CalendarDate | undefined {
  const v = input[name];
  return typeof v === 'string' && /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v) ? v : undefined;
}

export function monthOf(input: ActionInput, name: string): string | undefined {
  const v = input[name];
  return typeof v === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(v) ? v : undefined;
}

/** Yuan, positive, at most two decimals. */
export function amountOf(input: ActionInput, name: string): number | undefined {
  const v = input[name];
  return typeof v === 'number' && Number.isFinite(v) && v > 0 && v < 1e7 && Math.round(v * 100) === v * 100 ? v : undefined;
}

/** Whether `step` is the case's current step: on its path and the first not done. */
export function isCurrent(state: CaseState, context: ActionContext, step: StepId): boolean {
  return context.steps.find((s) => !state.done[s.step])?.step === step;
}
