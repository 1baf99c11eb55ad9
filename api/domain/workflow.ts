// Case workflow (DESIGN.md "Case workflow"): the steps each programme goes through, who acts, and the legal clock.
// The steps are data (content/workflows/<programme>.yaml, checked by api/content/workflows.ts); this module only reads
// them, so a county changes a limit in its region file, not here.
import { addDays, type CalendarDate } from './calendarDate.ts';
import { ROLES, type Role } from './roles.ts';
import type { HolidayCalendar } from './holidayCalendar.ts';
import { addWorkingDays } from './workingDays.ts';

/** Programmes a resident can apply for online, by catalog id. */
export const APPLY_PROGRAMMES = ['dibao', 'tekun', 'linshi-jiuzhu', 'canji-butie', 'gaoling-jintie'] as const;
export type ApplyProgramme = (typeof APPLY_PROGRAMMES)[number];

/** Every step a case can pass, in workflow order. */
export const STEP_IDS = ['apply', 'accept', 'survey', 'democratic-review', 'township-review', 'public-notice', 'county-approval', 'decision', 'payment'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** Who acts on a step; the plain-language name is in the `case` locale namespace (actor.<id>). */
export const ACTORS = ['applicant', 'township', 'village', 'county', 'finance'] as const;
export type Actor = (typeof ACTORS)[number];

/** The accounts' roles (api/domain/roles.ts); a workflow step names the one that takes its actions. */
export const STAFF_ROLES = ROLES;
export type StaffRole = Role;

/** How long a step may take, counted from the day the step before it was done. */
export type TimeLimit = { workingDays: number } | { naturalDays: number } | { fromAcceptWorkingDays: number } | { nextMonth: true };

/** Where a step's limit comes from. */
export type LimitSource =
  /** A national text; `restatedIn` names the official local page the figure was read on when the text itself was not. */
  | { text: string; article?: string; restatedIn?: string }
  /** The county's own published figure (its region file's workflowLimits), with the document it rests on. */
  | { county: string }
  /** No text sets this limit: it is the county's default and is shown as "以县里公布为准". */
  | { countySet: true };

/** When a step is on a case's path at all. */
export type StepCondition = 'countyKeepsReview' | 'withinTownshipLimit' | 'aboveTownshipLimit';

/** What the survey step needs recorded before it is done. */
export type SurveyPart = 'check' | 'visit';

export type StepDefinition = {
  step: StepId;
  actor: Actor;
  /** The staff role that takes this step's actions; absent for the applicant's own step. */
  role?: StaffRole;
  /** Locale key of what the applicant is told while the case is at this step. */
  told: string;
  only?: StepCondition;
  /** Not posted or taken for a minor applicant (特困: 未成年人不公示). */
  notForMinors?: boolean;
  needs?: SurveyPart[];
} & (
  /** The applicant's own step: no limit. */
  | { limit?: undefined; source?: undefined }
  /** Every limit names where it comes from. */
  | { limit: TimeLimit; source: LimitSource }
);

/** How often an approved case is reviewed (定期核查, 社会救助法 §46 sets no period). */
export interface ReviewPeriod {
  months: number;
  /** Shorter period for households whose income is irregular. */
  irregularIncomeMonths?: number;
  source: LimitSource;
}

/**
 * 急难型 先行救助 (临时救助): who may pay first, on which text, and which steps the paperwork after it leaves out.
 * The amount is capped by the county's township delegation (townshipLinshiLimit); no text sets a day count for
 * the paperwork, so its steps keep their own (county-set) limits.
 */
export interface PayFirstRule {
  /** The staff role that records 先行救助 (and, on the township path, confirms or closes it after the paperwork). */
  role: StaffRole;
  source: LimitSource;
  /** Steps not taken once paid first (瓮安: 简化…公示等环节). */
  skips: StepId[];
  /** The local practice the skipped steps rest on, with its year. */
  practice: string;
}

/** A programme's workflow as its data file declares it. */
export interface ProgrammeWorkflow {
  programme: ApplyProgramme;
  steps: StepDefinition[];
  review?: ReviewPeriod;
  payFirst?: PayFirstRule;
}

export type WorkflowSet = Readonly<Record<ApplyProgramme, ProgrammeWorkflow>>;

/** A county's own limit for one step, replacing the programme's default. */
export interface LimitOverride {
  limit: TimeLimit;
  /** Title of the county document that sets it. */
  source: string;
}

/** What decides a case's path and limits: the county's choices and, for 临时救助, the amount asked for. */
export interface WorkflowContext {
  requestedAmount?: number | undefined;
  /** The county's township limit for 临时救助, yuan; absent = every claim goes to the county. */
  townshipLinshiLimit?: number | undefined;
  /** The county keeps 民主评议 for this programme (its region file says so). */
  keepsDemocraticReview?: boolean | undefined;
  /** The applicant is under 18 on the day the case reaches the step not for minors (casework/minorApplicant.ts). */
  minorApplicant?: boolean | undefined;
  /** 先行救助 was paid on this case: the programme's payFirst.skips are off its path. */
  paidFirst?: boolean | undefined;
  /** The county's own limits for this programme, by step. */
  limits?: Partial<Record<StepId, LimitOverride>> | undefined;
}

/** 公示 lasts 7 natural days in the village (local restatements of 57号 and 43号, casework-facts.md §1a–b). */
export const PUBLIC_NOTICE_DAYS = 7;

/** Whether the township decides this 临时救助 claim itself (up to its delegated amount; "1000元以下" read as ≤). */
export function withinTownshipLimit(context: WorkflowContext): boolean {
  const { requestedAmount, townshipLinshiLimit } = context;
  return townshipLinshiLimit !== undefined && requestedAmount !== undefined && requestedAmount <= townshipLinshiLimit;
}

function onPath(step: StepDefinition, context: WorkflowContext, workflow: ProgrammeWorkflow): boolean {
  if (step.notForMinors && context.minorApplicant) return false;
  if (context.paidFirst && workflow.payFirst?.skips.includes(step.step)) return false;
  switch (step.only) {
    case undefined:
      return true;
    case 'countyKeepsReview':
      return context.keepsDemocraticReview === true;
    case 'withinTownshipLimit':
      return withinTownshipLimit(context);
    case 'aboveTownshipLimit':
      return !withinTownshipLimit(context);
  }
  return true;
}

/** The steps of one case in order: the programme's data, its path for this case, and the county's own limits. */
export function workflowSteps(workflow: ProgrammeWorkflow, context: WorkflowContext = {}): StepDefinition[] {
  return workflow.steps
    .filter((s) => onPath(s, context, workflow))
    .map((s) => {
      const own = context.limits?.[s.step];
      return own && s.limit ? { ...s, limit: own.limit, source: { county: own.source } } : s;
    });
}

/** True when a step's limit is the county's default rather than a published rule (shown with "以县里公布为准"). */
export function isCountySet(step: Pick<StepDefinition, 'source'>): boolean {
  return step.source !== undefined && 'countySet' in step.source;
}

/** The legal due date of a step, from the day the previous step was done (and the day the case was accepted). */
export function stepDueDate(
  limit: TimeLimit,
  previousDoneOn: CalendarDate,
  acceptedOn: CalendarDate | undefined,
  calendar: HolidayCalendar,
): { date: CalendarDate; covered: boolean } {
  if ('naturalDays' in limit) return { date: addDays(previousDoneOn, limit.naturalDays - 1), covered: true };
  if ('nextMonth' in limit) return { date: `${nextMonth(previousDoneOn.slice(0, 7))}-28`, covered: true };
  if ('fromAcceptWorkingDays' in limit) return addWorkingDays(acceptedOn ?? previousDoneOn, limit.fromAcceptWorkingDays, calendar);
  return addWorkingDays(previousDoneOn, limit.workingDays, calendar);
}

/** The month after `month` (YYYY-MM). */
export function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** `months` whole months after `date`, clamped to the month's last day (2026-08-31 + 6 → 2027-02-28). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
