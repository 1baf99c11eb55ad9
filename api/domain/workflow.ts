// Case workflow (DESIGN.md "Case workflow"): the steps each programme goes through, who acts, and the legal clock.
// Counties may shorten limits, so the numbers are data here, each with its source, not scattered through handlers.
import { addDays, type CalendarDate } from './calendarDate.ts';
import type { HolidayCalendar } from './holidayCalendar.ts';
import { addWorkingDays } from './workingDays.ts';

/** Programmes a resident can apply for online, by catalog id. */
export const APPLY_PROGRAMMES = ['dibao', 'tekun', 'linshi-jiuzhu', 'canji-butie', 'gaoling-jintie'] as const;
export type ApplyProgramme = (typeof APPLY_PROGRAMMES)[number];

/** Every step a case can pass, in workflow order. */
export const STEP_IDS = ['apply', 'accept', 'survey', 'township-review', 'public-notice', 'county-approval', 'decision', 'payment'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** Who acts on a step; the plain-language name is in the `case` locale namespace (actor.<id>). */
export type Actor = 'applicant' | 'township' | 'village' | 'county' | 'finance';

/** How long a step may take, counted from the day the step before it was done. */
export type TimeLimit = { workingDays: number } | { naturalDays: number } | { fromAcceptWorkingDays: number } | { nextMonth: true };

/** Where a step's limit comes from: a national text (and its article where known), or a default the county sets. */
export type LimitSource =
  | { text: string; article?: string }
  /** No national text sets this limit: it is the county's default and is shown as "以县里公布为准". */
  | { countySet: true };

export type StepDefinition = { step: StepId; actor: Actor } & (
  /** The applicant's own step: no limit. */
  | { limit?: undefined; source?: undefined }
  /** Every limit names where it comes from. */
  | { limit: TimeLimit; source: LimitSource }
);

const LAW_57 = '最低生活保障审核确认办法（民发〔2021〕57号）';
const LAW_43 = '特困人员认定办法（民发〔2021〕43号）';
const COUNTY: LimitSource = { countySet: true };

/** 公示 lasts 7 natural days in the village (民发〔2021〕57号 for 低保, 民发〔2021〕43号 §14 for 特困). */
export const PUBLIC_NOTICE_DAYS = 7;
/** A refusal is written, with reasons, within 3 working days of the decision (57号; 43号). */
export const REFUSAL_LETTER_WORKING_DAYS = 3;

// 低保: no national text we could read sets day counts for the township's own phases, so they are county defaults;
// the county then decides within 10 working days of receiving the township's file.
const dibaoSteps: StepDefinition[] = [
  { step: 'apply', actor: 'applicant' },
  { step: 'accept', actor: 'township', limit: { workingDays: 3 }, source: COUNTY },
  { step: 'survey', actor: 'township', limit: { workingDays: 10 }, source: COUNTY },
  { step: 'township-review', actor: 'township', limit: { workingDays: 5 }, source: COUNTY },
  { step: 'public-notice', actor: 'village', limit: { naturalDays: PUBLIC_NOTICE_DAYS }, source: { text: LAW_57 } },
  { step: 'county-approval', actor: 'county', limit: { workingDays: 10 }, source: { text: LAW_57, article: '第二十条' } },
  { step: 'decision', actor: 'county', limit: { workingDays: REFUSAL_LETTER_WORKING_DAYS }, source: { text: LAW_57 } },
  { step: 'payment', actor: 'finance', limit: { nextMonth: true }, source: { text: LAW_57 } },
];

// 特困: investigation and the township's first opinion within 15 working days of acceptance, 7 days' 公示, then the
// county within 15 working days of the file; 43号 grants no extension.
const tekunSteps: StepDefinition[] = [
  { step: 'apply', actor: 'applicant' },
  { step: 'accept', actor: 'township', limit: { workingDays: 3 }, source: COUNTY },
  { step: 'survey', actor: 'township', limit: { fromAcceptWorkingDays: 15 }, source: { text: LAW_43, article: '第十三条' } },
  { step: 'township-review', actor: 'township', limit: { fromAcceptWorkingDays: 15 }, source: { text: LAW_43, article: '第十三条' } },
  { step: 'public-notice', actor: 'village', limit: { naturalDays: PUBLIC_NOTICE_DAYS }, source: { text: LAW_43, article: '第十四条' } },
  { step: 'county-approval', actor: 'county', limit: { workingDays: 15 }, source: { text: LAW_43, article: '第十六条' } },
  { step: 'decision', actor: 'county', limit: { workingDays: REFUSAL_LETTER_WORKING_DAYS }, source: { text: LAW_43 } },
  { step: 'payment', actor: 'finance', limit: { nextMonth: true }, source: { text: LAW_43 } },
];

// Subsidies without a household means test: no home visit and no 公示; no national text sets their day counts.
const subsidySteps: StepDefinition[] = [
  { step: 'apply', actor: 'applicant' },
  { step: 'accept', actor: 'township', limit: { workingDays: 3 }, source: COUNTY },
  { step: 'township-review', actor: 'township', limit: { workingDays: 10 }, source: COUNTY },
  { step: 'county-approval', actor: 'county', limit: { workingDays: 10 }, source: COUNTY },
  { step: 'decision', actor: 'county', limit: { workingDays: REFUSAL_LETTER_WORKING_DAYS }, source: COUNTY },
  { step: 'payment', actor: 'finance', limit: { nextMonth: true }, source: COUNTY },
];

// 临时救助 (支出型) is reviewed and posted before it is decided (社会救助暂行办法 §48); the law and §48 set no day counts,
// so every limit is the county's. 急难型 先行救助 (社会救助法 §50) is paid at the window first and never waits on these.
const linshiReviewed: StepDefinition[] = [
  { step: 'apply', actor: 'applicant' },
  { step: 'accept', actor: 'township', limit: { workingDays: 3 }, source: COUNTY },
  { step: 'survey', actor: 'township', limit: { workingDays: 5 }, source: COUNTY },
  { step: 'township-review', actor: 'township', limit: { workingDays: 3 }, source: COUNTY },
  { step: 'public-notice', actor: 'village', limit: { naturalDays: PUBLIC_NOTICE_DAYS }, source: COUNTY },
];

// Up to the township's delegated amount the township decides (§48: 救助金额较小的…委托乡镇审批; 瓮安: 1000元).
const linshiTownship: StepDefinition[] = [
  ...linshiReviewed,
  { step: 'decision', actor: 'township', limit: { workingDays: 5 }, source: COUNTY },
  { step: 'payment', actor: 'finance', limit: { workingDays: 5 }, source: COUNTY },
];

const linshiCounty: StepDefinition[] = [
  ...linshiReviewed,
  { step: 'county-approval', actor: 'county', limit: { workingDays: 5 }, source: COUNTY },
  { step: 'decision', actor: 'county', limit: { workingDays: REFUSAL_LETTER_WORKING_DAYS }, source: COUNTY },
  { step: 'payment', actor: 'finance', limit: { workingDays: 5 }, source: COUNTY },
];

/** What decides a case's path: for 临时救助, whether the amount is within the township's delegation. */
export interface WorkflowContext {
  requestedAmount?: number | undefined;
  /** The county's township limit for 临时救助, yuan; absent = every claim goes to the county. */
  townshipLinshiLimit?: number | undefined;
}

/** The steps of a programme in order. */
export function workflowSteps(programme: ApplyProgramme, context: WorkflowContext = {}): StepDefinition[] {
  switch (programme) {
    case 'dibao':
      return dibaoSteps;
    case 'tekun':
      return tekunSteps;
    case 'linshi-jiuzhu': {
      const { requestedAmount, townshipLinshiLimit } = context;
      const withinTownship = townshipLinshiLimit !== undefined && requestedAmount !== undefined && requestedAmount <= townshipLinshiLimit;
      return withinTownship ? linshiTownship : linshiCounty;
    }
    case 'canji-butie':
    case 'gaoling-jintie':
      return subsidySteps;
  }
}

/** True when a step's limit is the county's default rather than a national rule (shown with "以县里公布为准"). */
export function isCountySet(step: StepDefinition): boolean {
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
  if ('nextMonth' in limit) {
    const [year, month] = previousDoneOn.split('-').map(Number) as [number, number];
    const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
    return { date: `${next}-28`, covered: true };
  }
  if ('fromAcceptWorkingDays' in limit) return addWorkingDays(acceptedOn ?? previousDoneOn, limit.fromAcceptWorkingDays, calendar);
  return addWorkingDays(previousDoneOn, limit.workingDays, calendar);
}
