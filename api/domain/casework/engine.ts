// The action engine: which actions a role may take on a case now, and what taking one appends and changes. No DB, no HTTP.
import type { StaffRole } from '../workflow.ts';
import { ACTION_NAMES, type ActionContext, type ActionField, type ActionInput, type ActionName, type ActionRefusal, type ActionRule } from './action.ts';
import { foldEvent, type CaseEvent, type CaseState } from './caseState.ts';
import { accept } from './actions/accept.ts';
import { approve } from './actions/approve.ts';
import { close } from './actions/close.ts';
import { publishNotice } from './actions/publishNotice.ts';
import { recordCheck } from './actions/recordCheck.ts';
import { recordDocuments } from './actions/recordDocuments.ts';
import { recordPayment } from './actions/recordPayment.ts';
import { recordReview } from './actions/recordReview.ts';
import { recordReviewOutcome } from './actions/recordReviewOutcome.ts';
import { openLinkedCase } from './actions/openLinkedCase.ts';
import { recordVisit } from './actions/recordVisit.ts';
import { refuse } from './actions/refuse.ts';
import { refuseToAccept } from './actions/refuseToAccept.ts';
import { reopen } from './actions/reopen.ts';
import { requestDocuments } from './actions/requestDocuments.ts';
import { townshipReview } from './actions/townshipReview.ts';
import { closePaidFirst } from './actions/closePaidFirst.ts';
import { confirmPaidFirst } from './actions/confirmPaidFirst.ts';
import { payFirst } from './actions/payFirst.ts';
import { resolveObjection } from './actions/resolveObjection.ts';

const RULES: Readonly<Record<ActionName, ActionRule>> = {
  accept, 'refuse-to-accept': refuseToAccept, 'request-documents': requestDocuments, 'record-documents': recordDocuments,
  'record-check': recordCheck, 'record-visit': recordVisit, 'record-review': recordReview, 'township-review': townshipReview,
  'publish-notice': publishNotice, approve, refuse, 'record-payment': recordPayment, close, reopen,
  'record-review-outcome': recordReviewOutcome, 'open-linked-case': openLinkedCase, 'resolve-objection': resolveObjection,
  'pay-first': payFirst, 'confirm-paid-first': confirmPaidFirst, 'close-paid-first': closePaidFirst,
};

export function isActionName(name: unknown): name is ActionName {
  return typeof name === 'string' && (ACTION_NAMES as readonly string[]).includes(name);
}

/** The role that takes an action on this case's path; undefined when its step is not on the path. */
function rolesFor(rule: ActionRule, context: ActionContext): readonly StaffRole[] {
  if (rule.roles) return rule.roles;
  if (rule.rolesFrom) return rule.rolesFrom(context);
  // 临时救助 lists the decision twice (township / county); only this case's path is in context.steps.
  const role = context.steps.find((s) => s.step === rule.step)?.role;
  return role ? [role] : [];
}

/** Whether the role ever takes this action on this case (403 when not), whatever the case's step. */
export function roleMayTake(name: ActionName, role: StaffRole, context: ActionContext): boolean {
  const rule = RULES[name];
  const roles = rolesFor(rule, context);
  // An action whose step is off this case's path is refused as not allowed now, not as a role matter.
  return roles.length === 0 || roles.includes(role);
}

/** The actions this role may take on the case now, with the fields each one asks for. */
export function allowedActions(state: CaseState, role: StaffRole, context: ActionContext): { action: ActionName; fields: readonly ActionField[] }[] {
  return ACTION_NAMES.map((name) => RULES[name])
    .filter((rule) => rolesFor(rule, context).includes(role) && rule.allowedNow(state, context) && !rule.barred?.(state, context))
    .map((rule) => ({ action: rule.name, fields: rule.fields }));
}

export type ActionOutcome =
  | { ok: true; events: CaseEvent[]; state: CaseState; version: number }
  | { ok: false; refusal: ActionRefusal };

/**
 * Takes one action: role first (403), then the version the staff member saw (409 stale_version), then whether the
 * workflow allows it now (409 action_not_allowed_now), then whether this person may (409 same_approver…), then the input (422). The new state is the old one folded with
 * the events, by the same mapping the case row is checked against.
 */
export function applyAction(
  current: { state: CaseState; version: number },
  action: { name: ActionName; role: StaffRole; version: unknown; input: ActionInput },
  context: ActionContext,
): ActionOutcome {
  const rule = RULES[action.name];
  if (!roleMayTake(action.name, action.role, context)) return { ok: false, refusal: { status: 403, code: 'role_forbidden' } };
  if (action.version !== current.version) return { ok: false, refusal: { status: 409, code: 'stale_version' } };
  if (rolesFor(rule, context).length === 0 || !rule.allowedNow(current.state, context)) return { ok: false, refusal: { status: 409, code: 'action_not_allowed_now' } };
  const bar = rule.barred?.(current.state, context);
  if (bar) return { ok: false, refusal: { status: 409, code: bar } };
  const result = rule.events(current.state, action.input, context);
  if (!result.ok) return result;
  return { ok: true, events: result.events, state: result.events.reduce(foldEvent, current.state), version: current.version + 1 };
}
