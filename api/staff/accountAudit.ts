// Sign-ins, failed sign-ins, sign-outs and account changes as audit events: the one place they are written from.
import type { Services } from '../services.ts';

export type AccountEventKind = 'sign-in' | 'sign-in-failed' | 'sign-out' | 'account-created' | 'account-disabled';

export interface AccountEvent {
  kind: AccountEventKind;
  /** The account concerned; none for a failed sign-in under an unknown name. */
  accountId?: number;
  /** Who did it: the user name, or the script that made or disabled the account. */
  actor: string;
  /** No password, code or client address: only what tells the event apart (e.g. 'wrong password', 'totp'). */
  reason: string;
}

/**
 * Writes the event into the global audit chain (api/audit/chain.ts, branch `audit`). Until that branch is merged this
 * only gives every event its one call site; the events' kinds and fields above are what it will append.
 */
export async function auditAccountEvent(_services: Pick<Services, 'db' | 'writes' | 'now'>, _event: AccountEvent): Promise<void> {}
