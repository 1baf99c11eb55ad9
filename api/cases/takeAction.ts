// One staff action in one transaction: the case at the version the staff member saw, the engine's events appended,
// the row rewritten from them and its version bumped. The route and the demo seed both come through here.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { cases, payments } from '../db/schema/index.ts';
import { chinaDate, type CalendarDate } from '../domain/calendarDate.ts';
import type { ActionContext, ActionInput, ActionName } from '../domain/casework/action.ts';
import { caseFields } from '../domain/casework/caseFields.ts';
import type { CaseState } from '../domain/casework/caseState.ts';
import { applyAction } from '../domain/casework/engine.ts';
import { caseDue } from '../domain/casework/progress.ts';
import type { ApplyProgramme, StaffRole } from '../domain/workflow.ts';
import { ApiError } from '../http/errors.ts';
import type { Services } from '../services.ts';
import { casePath } from './casePath.ts';
import { appendAudit } from '../audit/chain.ts';
import { stateFromEvents as rowStateFromEvents } from '../audit/caseState.ts';
import { caseEventsOf } from './events.ts';
import { caseStateOf } from './timeline.ts';
import { approvalFacts } from '../conflicts/approvalFacts.ts';
import { crossChecks, otherHouseholds } from '../conflicts/crossChecks.ts';
import { raiseFlags } from '../conflicts/raiseFlags.ts';
import { householdOpenElsewhere, OPEN_CASE_STATUSES } from './household.ts';
import { noticeEffects, withdrawIfEnded } from '../notices/noticeEffects.ts';
import type { StateEvent } from '../audit/caseState.ts';
import type { StepDefinition } from '../domain/workflow.ts';

type CaseRow = typeof cases.$inferSelect;

export interface StaffActor {
  role: StaffRole;
  /** How events name the actor: staff:<username> (or staff:demo for the demo seed). */
  actor: string;
  /** The signed-in account, recorded on its events. */
  accountId?: number;
  /** Whether the case's place is within the actor's jurisdiction; outside it the case does not exist (404). */
  mayOpen: (place: { county: string; township: string }) => boolean;
}

export interface ActionRequest {
  caseNumber: string;
  action: ActionName;
  version: unknown;
  input: ActionInput;
}

export interface ActionResult {
  row: CaseRow;
  state: CaseState;
  context: ActionContext;
}

/** The rules' context for a case in `state` on a given day. */
export function actionContext(services: Services, row: CaseRow, state: CaseState, today: CalendarDate): ActionContext {
  const { workflow, context, steps } = casePath(services, row, state, today);
  return {
    programme: row.programme as ApplyProgramme,
    steps,
    review: workflow.review,
    townshipLinshiLimit: context.townshipLinshiLimit,
    payFirst: workflow.payFirst,
    noticeLine: `${row.village ?? row.township} ${row.applicantNameMasked}`,
    today,
    calendar: services.calendar,
  };
}

/** A case the actor may open, or 404 (the same answer for a case that does not exist and one outside the jurisdiction). */
export async function openCase(tx: Tx | Services['db'], caseNumber: string, actor: Pick<StaffActor, 'mayOpen'>): Promise<CaseRow> {
  const [row] = await tx.select().from(cases).where(eq(cases.caseNo, caseNumber));
  if (!row || !actor.mayOpen({ county: row.county, township: row.township })) throw new ApiError(404, 'case_not_found');
  return row;
}

/** Takes the action, or throws 404 / 403 role_forbidden / 409 stale_version / 409 action_not_allowed_now / 422. */
export async function takeAction(services: Services, actor: StaffActor, request: ActionRequest, when?: { on: CalendarDate; at: string }): Promise<ActionResult> {
  const now = services.now();
  const on = when?.on ?? chinaDate(now);
  const at = when?.at ?? now.toISOString();
  // The county-wide household scan reads other cases only: before the write lock, not under it (bench:cross-checks).
  const others = crossChecked(request) ? await otherHouseholds(services.db, services.sealer, await openCase(services.db, request.caseNumber, actor)) : [];
  return services.writes(() => services.db.transaction((tx) => takeActionIn(tx, services, actor, request, { on, at }, others), { behavior: 'immediate' }));
}

/** Cross-checks run at acceptance and approval (先行救助 is both at once; its confirmation is the approval). */
const CROSS_CHECKED: ReadonlySet<ActionName> = new Set(['accept', 'approve', 'pay-first', 'confirm-paid-first']);
const crossChecked = (request: ActionRequest) => CROSS_CHECKED.has(request.action);

/**
 * The same inside a transaction the caller holds, so several cases move together (a payment roll) or not at all;
 * `others`: the county's other households, read before the transaction (required when cross-checked).
 */
export async function takeActionIn(tx: Tx, services: Services, actor: StaffActor, request: ActionRequest, when: { on: CalendarDate; at: string }, others: Awaited<ReturnType<typeof otherHouseholds>> = []): Promise<ActionResult> {
  const { on: today, at } = when;
  const row = await openCase(tx, request.caseNumber, actor);
  const stored = await caseEventsOf(tx, row.id);
  const state = caseStateOf(stored);
  // Cross-checks at acceptance and approval, counting the person acting now among those who acted on the case.
  const found = crossChecked(request) ? await crossChecks(tx, services.sealer, row, others, actor.accountId) : [];
  const flaggedNow = found.some((f) => f.code === 'conflict_of_interest');
  const approval = await approvalFacts(tx, services.sealer, row, actor, stored, flaggedNow);
  const context = { ...actionContext(services, row, state, today), approval };
  const outcome = applyAction({ state, version: row.version }, { name: request.action, role: actor.role, version: request.version, input: request.input }, context);
  if (!outcome.ok) throw new ApiError(outcome.refusal.status, outcome.refusal.code, outcome.refusal.field ? { field: outcome.refusal.field } : {});
  // 一户一案: a case counting as open again (重新办理) may not take back a household another open case of the programme holds.
  const opensAgain = !OPEN_CASE_STATUSES.includes(row.status) && OPEN_CASE_STATUSES.includes(outcome.state.status);
  if (opensAgain && (await householdOpenElsewhere(tx, row.id))) throw new ApiError(409, 'reopen_household_case_open');
  const flagEvents = await raiseFlags(tx, row, found, { actor: actor.actor, ...(actor.accountId ? { accountId: actor.accountId } : {}), at, on: today });
  let linkedGroup = row.linkedGroup;
  for (const event of outcome.events) {
    const { step, detail, ...rest } = event;
    const { id: eventId } = await appendAudit(tx, { ...rest, ...(step ? { step } : {}), ...(detail ? { detail } : {}), caseId: row.id, ...(actor.accountId ? { accountId: actor.accountId } : {}), actor: actor.actor, at });
    // record-payment and 先行救助 alike: the payment row comes with its event.
    await noticeEffects(tx, services, row, event, eventId, today, at);
    if (event.kind === 'payment-recorded' && event.detail) {
      const { month, amount, paidOn } = event.detail as { month: string; amount: number; paidOn: string };
      await tx.insert(payments).values({ caseId: row.id, month, amount, paidOn });
    }
    if (event.kind === 'linked-case-opened' && event.detail) {
      // Every case of the household's group carries the id of its first case, so each one finds the others.
      linkedGroup ??= row.id;
      await tx.update(cases).set({ linkedGroup }).where(eq(cases.caseNo, String(event.detail['caseNumber'])));
    }
  }
  await withdrawIfEnded(tx, row.id, outcome.state, today);
  // The path after the action (先行救助 and a township review can change it), for the queue's step and due date.
  const after = casePath(services, row, outcome.state, today).steps;
  const columns = caseColumns(services, row, [...stored, ...flagEvents, ...outcome.events], outcome.state, after, today);
  // Only the version the action was taken on is moved on: a writer elsewhere that got there first leaves no row here.
  const [updated] = await tx.update(cases).set({ ...columns, linkedGroup, version: outcome.version }).where(and(eq(cases.id, row.id), eq(cases.version, row.version))).returning();
  if (!updated) throw new ApiError(409, 'stale_version');
  return { row: updated, state: outcome.state, context };
}

/**
 * A case row's columns after its events: those audit:verify checks from the audit module's mapping over every event,
 * the queue's (step, due date, review date, paused day) from the rules. Also used where the public moves a case (an
 * objection, api/notices/fileObjection.ts), so both write a row the same way.
 */
export function caseColumns(services: Services, row: CaseRow, events: readonly StateEvent[], state: CaseState, steps: readonly StepDefinition[], today: CalendarDate) {
  const columns = rowStateFromEvents(events);
  const { step, dueOn, reviewOn, pausedOn } = caseFields(state, caseDue(state, steps, services.calendar, today));
  return { ...columns, status: columns.status ?? row.status, step, dueOn, reviewOn, pausedOn };
}
