// Case workflow (DESIGN.md "Case workflow"): the steps each programme goes through, who acts, and the legal clock.
// Counties may shorten limits, so the numbers are data here, not scattered through handlers.
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

export interface StepDefinition {
  step: StepId;
  actor: Actor;
  /** Legal limit; absent when the step has none (the applicant's own). */
  limit?: TimeLimit;
}

/** 公示 lasts 7 natural days in the village (民发〔2021〕57号). */
export const PUBLIC_NOTICE_DAYS = 7;
/** A refusal is written, with reasons, within 3 working days of the decision. */
export const REFUSAL_LETTER_WORKING_DAYS = 3;

// The 低保 shape: survey starts within 3 working days; decision within 30 working days of acceptance.
const dibaoShape = (decisionWorkingDays: number): StepDefinition[] => [
  { step: 'apply', actor: 'applicant' },
  { step: 'accept', actor: 'township', limit: { workingDays: 3 } },
  { step: 'survey', actor: 'township', limit: { workingDays: 10 } },
  { step: 'township-review', actor: 'township', limit: { workingDays: 5 } },
  { step: 'public-notice', actor: 'village', limit: { naturalDays: PUBLIC_NOTICE_DAYS } },
  { step: 'county-approval', actor: 'county', limit: { fromAcceptWorkingDays: decisionWorkingDays } },
  { step: 'decision', actor: 'county', limit: { workingDays: REFUSAL_LETTER_WORKING_DAYS } },
  { step: 'payment', actor: 'finance', limit: { nextMonth: true } },
];

// Subsidies without a household means test: no home visit and no 公示.
const subsidyShape: StepDefinition[] = [
  { step: 'apply', actor: 'applicant' },
  { step: 'accept', actor: 'township', limit: { workingDays: 3 } },
  { step: 'township-review', actor: 'township', limit: { workingDays: 10 } },
  { step: 'county-approval', actor: 'county', limit: { workingDays: 10 } },
  { step: 'decision', actor: 'county', limit: { workingDays: REFUSAL_LETTER_WORKING_DAYS } },
  { step: 'payment', actor: 'finance', limit: { nextMonth: true } },
];

// 临时救助 up to the township's delegated amount ends at the township (瓮安: 1000元).
const linshiTownship: StepDefinition[] = [
  { step: 'apply', actor: 'applicant' },
  { step: 'accept', actor: 'township', limit: { workingDays: 3 } },
  { step: 'survey', actor: 'township', limit: { workingDays: 5 } },
  { step: 'decision', actor: 'township', limit: { workingDays: 5 } },
  { step: 'payment', actor: 'finance', limit: { workingDays: 5 } },
];

const linshiCounty: StepDefinition[] = [
  { step: 'apply', actor: 'applicant' },
  { step: 'accept', actor: 'township', limit: { workingDays: 3 } },
  { step: 'survey', actor: 'township', limit: { workingDays: 5 } },
  { step: 'township-review', actor: 'township', limit: { workingDays: 3 } },
  { step: 'county-approval', actor: 'county', limit: { workingDays: 5 } },
  { step: 'decision', actor: 'county', limit: { workingDays: REFUSAL_LETTER_WORKING_DAYS } },
  { step: 'payment', actor: 'finance', limit: { workingDays: 5 } },
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
      return dibaoShape(30);
    case 'tekun':
      return dibaoShape(15);
    case 'linshi-jiuzhu': {
      const { requestedAmount, townshipLinshiLimit } = context;
      const withinTownship = townshipLinshiLimit !== undefined && requestedAmount !== undefined && requestedAmount <= townshipLinshiLimit;
      return withinTownship ? linshiTownship : linshiCounty;
    }
    case 'canji-butie':
    case 'gaoling-jintie':
      return subsidyShape;
  }
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
