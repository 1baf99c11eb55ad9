// The case row's columns as its events define them: what an action writes, and what an audit compares the row with.
import type { CalendarDate } from '../calendarDate.ts';
import type { CaseState, CaseStatus } from './caseState.ts';
import type { CaseDue } from './progress.ts';

export interface CaseFields {
  status: CaseStatus;
  step: string;
  dueOn: CalendarDate | null;
  reviewOn: CalendarDate | null;
  supplementItems: string[] | null;
  supplementUploads: string[] | null;
  noticeFrom: CalendarDate | null;
  noticeTo: CalendarDate | null;
  noticePlace: string | null;
  refusalReason: string | null;
  approvedMonthly: number | null;
  approvedFromMonth: string | null;
  flags: string | null;
  /** 公示异议: the day the clock stopped (the queue lists paused cases first). */
  pausedOn: CalendarDate | null;
}

export function caseFields(state: CaseState, due: CaseDue): CaseFields {
  return {
    status: state.status,
    step: due.step,
    dueOn: due.dueOn,
    reviewOn: state.status === 'approved' ? state.approved?.reviewOn ?? null : null,
    supplementItems: state.supplement?.items ?? null,
    supplementUploads: state.supplement?.uploadIds.length ? state.supplement.uploadIds : null,
    noticeFrom: state.notice?.from ?? null,
    noticeTo: state.notice?.to ?? null,
    noticePlace: state.notice?.place ?? null,
    refusalReason: state.refusal?.reason ?? null,
    approvedMonthly: state.approved?.amount ?? null,
    approvedFromMonth: state.approved?.fromMonth ?? null,
    flags: state.flags?.join(',') ?? null,
    pausedOn: due.pausedOn,
  };
}
