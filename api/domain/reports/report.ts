// 举报 and questions (issue 10): what the public files with the report form, and the words' limits.

/** 举报 (something wrong: a benefit wrongly given, a staff member's conduct) or 问题 (a question to the bureau). */
export const REPORT_KINDS = ['report', 'question'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** What it is about: a programme, a place (township, village), or a person's conduct. */
export const REPORT_ABOUT = ['programme', 'place', 'conduct'] as const;
export type ReportAbout = (typeof REPORT_ABOUT)[number];

/** Whose conduct: the reporter need not name anyone, only say where the person works. */
export const PERSON_ROLES = ['township-staff', 'village-cadre', 'county-staff', 'other'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** received (waiting for the decision to accept), accepted (受理), not-accepted (不予受理, with the reason), answered. */
export const REPORT_STATUSES = ['received', 'accepted', 'not-accepted', 'answered'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** The county's steps on a report, each allowed from one status. */
export const REPORT_ACTIONS = ['accept', 'not-accept', 'answer'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

const ACTION_FROM: Record<ReportAction, ReportStatus> = { accept: 'received', 'not-accept': 'received', answer: 'accepted' };

/** The actions open on a report now, in the order the console offers them. */
export function allowedReportActions(status: ReportStatus): ReportAction[] {
  return REPORT_ACTIONS.filter((a) => ACTION_FROM[a] === status);
}

/** The status an action takes a report from, and to. */
export function reportTransition(action: ReportAction): { from: ReportStatus; to: ReportStatus } {
  return { from: ACTION_FROM[action], to: action === 'accept' ? 'accepted' : action === 'answer' ? 'answered' : 'not-accepted' };
}

/** Code points, like the objection's text. */
export const REPORT_TEXT_MAX = 2000;
export const REPORT_CONTACT_MAX = 100;
/** The county's reply (the answer, or why it is not accepted and where to go instead). */
export const REPORT_REPLY_MAX = 2000;
