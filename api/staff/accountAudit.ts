// Sign-ins, failed sign-ins, sign-outs and account changes as events of the global audit chain (api/audit/chain.ts).
import { appendAudit, type AuditEvent, type AuditTx } from '../audit/chain.ts';
import { chinaDate } from '../domain/calendarDate.ts';
import type { Role } from '../domain/roles.ts';
import type { Services } from '../services.ts';

export type AccountEventKind = 'signed-in' | 'sign-in-failed' | 'signed-out' | 'account-created' | 'account-disabled';

export interface AccountEvent {
  kind: AccountEventKind;
  /** The account concerned; none for a failed sign-in under an unknown name (the name typed is not kept: it may be a password). */
  accountId?: number;
  /** applicant, agent:<id>, staff:<username> or system:<script>, as the chain names actors. */
  actor: string;
  /** No password, code or client address: only what tells the event apart (e.g. 'wrong password', 'totp'). */
  reason: string;
}

/** How the chain names an account as actor. */
export const actorOf = (account: { id: number; username: string; role: Role }) => (account.role === 'agent' ? `agent:${account.id}` : `staff:${account.username}`);

export function accountAuditEvent(event: AccountEvent, now: Date): AuditEvent {
  return { kind: event.kind, ...(event.accountId !== undefined ? { accountId: event.accountId } : {}), actor: event.actor, reason: event.reason, at: now.toISOString(), on: chinaDate(now) };
}

/** Appends the event inside `tx`: the transaction that makes the change it records. */
export async function appendAccountEvent(tx: AuditTx, event: AccountEvent, now: Date): Promise<void> {
  await appendAudit(tx, accountAuditEvent(event, now));
}

/** Appends the event in a write of its own (a failed sign-in or a sign-out changes nothing else worth a transaction). */
export async function auditAccountEvent(services: Pick<Services, 'db' | 'writes' | 'now'>, event: AccountEvent): Promise<void> {
  await services.writes(() => appendAudit(services.db, accountAuditEvent(event, services.now())));
}
