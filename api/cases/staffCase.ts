// A case as the staff console sees it after an action: state, due date and flags, events, and what the role may do now.
import type { cases } from '../db/schema/index.ts';
import { chinaDate } from '../domain/calendarDate.ts';
import type { CaseState } from '../domain/casework/caseState.ts';
import { allowedActions } from '../domain/casework/engine.ts';
import { caseDue } from '../domain/casework/progress.ts';
import type { ActionContext } from '../domain/casework/action.ts';
import type { ApplyProgramme, StaffRole } from '../domain/workflow.ts';
import type { StaffCase } from '../schemas/staffAction.ts';
import type { Services } from '../services.ts';
import type { CaseEvent } from './events.ts';

type CaseRow = typeof cases.$inferSelect;

export function staffCase(services: Services, row: CaseRow, state: CaseState, context: ActionContext, events: readonly CaseEvent[], role: StaffRole): StaffCase {
  const due = caseDue(state, context.steps, services.calendar, chinaDate(services.now()));
  const view: StaffCase = {
    caseNumber: row.caseNo,
    programme: row.programme as ApplyProgramme,
    county: row.county,
    township: row.township,
    status: state.status,
    step: due.step,
    dueDate: due.dueOn,
    overdue: due.overdue,
    dueSoon: due.dueSoon,
    dueSetByCounty: due.countySet,
    dueEstimated: !due.covered,
    version: row.version,
    paidMonths: state.paidMonths,
    events: events.map((e) => ({ id: e.id, kind: e.kind, step: e.step, actor: e.actor, reason: e.reason, at: e.at, on: e.on })),
    allowedActions: allowedActions(state, role, context).map((a) => ({
      action: a.action,
      fields: a.fields.map(({ name, kind, required, options }) => (options ? { name, kind, required, options: [...options] } : { name, kind, required })),
    })),
  };
  if (row.village) view.village = row.village;
  if (state.status === 'supplement' && state.supplement) view.supplement = { items: state.supplement.items, uploadedIds: state.supplement.uploadIds };
  if (state.notice) view.notice = state.notice;
  if (state.refusal) view.refusal = state.refusal;
  if (state.approved) view.approved = state.approved;
  if (state.check) view.check = state.check;
  if (state.visit) view.visit = { on: state.visit.on, staff: [...state.visit.staff] };
  return view;
}
