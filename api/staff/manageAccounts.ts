// Making and disabling accounts (scripts/staff-add.ts, staff-disable.ts and the demo seed): the rules in one place.
import { eq } from 'drizzle-orm';
import { accounts } from '../db/schema/index.ts';
import type { RegionFile } from '../content/regions.ts';
import { readablePassword } from '../db/seed/demoCredentials.ts';
import { countyUnit, placeTownship } from '../domain/places.ts';
import { isRole, needsTotp, needsTownship, type Role } from '../domain/roles.ts';
import { hashPassword } from '../security/passwords.ts';
import { appendAccountEvent } from './accountAudit.ts';
import { endSessionsOf } from './sessions.ts';
import { newTotpSecret, totpUri } from './totp.ts';
import type { Services } from '../services.ts';

export type AccountDeps = Pick<Services, 'db' | 'sealer' | 'hashing' | 'regions' | 'now' | 'writes'>;

export interface NewAccount {
  username: string;
  role: string;
  county: string;
  township?: string | undefined;
  village?: string | undefined;
  displayName?: string | undefined;
  /** Who makes it, for the audit event (e.g. staff:add, demo seed). */
  by: string;
}

export interface MadeAccount {
  id: number;
  username: string;
  role: Role;
  password: string;
  /** otpauth:// for the authenticator app, for TOTP roles. */
  totpUri?: string;
  totpSecret?: string;
}

/** A plain-language reason the account cannot be made as asked (the scripts print it and exit 1). */
export class AccountRefused extends Error {
  override name = 'AccountRefused';
}

function checkPlace(regions: readonly RegionFile[], input: NewAccount, role: Role): void {
  const county = countyUnit(regions, input.county);
  if (!county) throw new AccountRefused(`County ${input.county} is not one this portal serves (content/regions/).`);
  if (needsTownship(role) && !input.township) throw new AccountRefused(`Role ${role} needs --township (its jurisdiction is one township).`);
  if (!needsTownship(role) && input.township) throw new AccountRefused(`Role ${role} works for the whole county: leave out --township.`);
  if (input.village && role !== 'agent') throw new AccountRefused('Only an agent account serves one village (--village).');
  if (input.township && placeTownship(regions, input.county, input.township).kind !== 'listed') {
    throw new AccountRefused(`${input.township} is not in the township list of ${county.name} (content/regions/); cases are matched to a township by its listed name.`);
  }
}

export async function addAccount(deps: AccountDeps, input: NewAccount): Promise<MadeAccount> {
  if (!/^[a-z0-9][a-z0-9._-]{2,63}$/.test(input.username)) throw new AccountRefused('A user name is 3 to 64 of a-z, 0-9, ".", "_" and "-", starting with a letter or digit.');
  if (!isRole(input.role)) throw new AccountRefused(`Unknown role ${input.role}: agent, township-clerk, township-reviewer, county-approver or admin.`);
  const role = input.role;
  checkPlace(deps.regions, input, role);
  const [taken] = await deps.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, input.username));
  if (taken) throw new AccountRefused(`The user name ${input.username} is taken.`);
  const password = readablePassword();
  const passwordHash = await hashPassword(password, deps.hashing);
  const totpSecret = needsTotp(role) ? newTotpSecret() : undefined;
  const now = deps.now();
  const [row] = await deps.writes(() =>
    deps.db.transaction(async (tx) => {
      const made = await tx
      .insert(accounts)
      .values({
        username: input.username,
        passwordHash,
        displayName: input.displayName ?? input.username,
        role,
        county: input.county,
        township: input.township ?? null,
        village: input.village ?? null,
        totpSecretSealed: totpSecret ? deps.sealer.seal(totpSecret) : null,
        createdAt: now.toISOString(),
      })
      .returning({ id: accounts.id });
      await appendAccountEvent(tx, { kind: 'account-created', accountId: made[0]!.id, actor: input.by, reason: `role ${role}` }, now);
      return made;
    }),
  );
  return { id: row!.id, username: input.username, role, password, ...(totpSecret ? { totpSecret, totpUri: totpUri(totpSecret, input.username) } : {}) };
}

/** Disables the account and ends every session of it; false when there is no such account. */
export async function disableAccount(deps: Pick<Services, 'db' | 'writes' | 'now'>, username: string, by: string): Promise<boolean> {
  const [row] = await deps.db.select({ id: accounts.id, disabledAt: accounts.disabledAt }).from(accounts).where(eq(accounts.username, username));
  if (!row) return false;
  const now = deps.now();
  if (row.disabledAt === null) {
    await deps.writes(() =>
      deps.db.transaction(async (tx) => {
        await tx.update(accounts).set({ disabledAt: now.toISOString() }).where(eq(accounts.id, row.id));
        await appendAccountEvent(tx, { kind: 'account-disabled', accountId: row.id, actor: by, reason: 'disabled' }, now);
      }),
    );
  }
  await endSessionsOf(deps, row.id);
  return true;
}
