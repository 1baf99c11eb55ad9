// Admins manage the accounts of their own county: list, open (through addAccount, as staff:add does) and disable.
import { asc, eq } from 'drizzle-orm';
import { accounts } from '../db/schema/index.ts';
import { placeTownship } from '../domain/places.ts';
import { needsTownship } from '../domain/roles.ts';
import { ApiError } from '../http/errors.ts';
import type { Services } from '../services.ts';
import type { Account } from './access.ts';
import { AccountRefused, addAccount, disableAccount, type MadeAccount } from './manageAccounts.ts';
import type { z } from 'zod';
import type { newAccountRequestSchema, staffAccountSchema } from '../schemas/staffAccounts.ts';

type StaffAccount = z.infer<typeof staffAccountSchema>;

export async function countyAccounts(services: Services, admin: Account): Promise<StaffAccount[]> {
  const rows = await services.db.select().from(accounts).where(eq(accounts.county, admin.county)).orderBy(asc(accounts.role), asc(accounts.username));
  return rows.map((a) => ({
    username: a.username, displayName: a.displayName, role: a.role, county: a.county,
    ...(a.township ? { township: a.township } : {}), ...(a.village ? { village: a.village } : {}), ...(a.disabledAt ? { disabledAt: a.disabledAt } : {}),
  }));
}

/** The checks addAccount makes, first, so the admin reads why in their language and next to the field. */
async function checkNewAccount(services: Services, admin: Account, input: z.infer<typeof newAccountRequestSchema>): Promise<void> {
  if (!/^[a-z0-9][a-z0-9._-]{2,63}$/.test(input.username)) throw new ApiError(422, 'account_username_invalid', { field: 'username' });
  const [taken] = await services.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, input.username));
  if (taken) throw new ApiError(409, 'account_username_taken', { field: 'username', params: { username: input.username } });
  if (needsTownship(input.role) && (!input.township || placeTownship(services.regions, admin.county, input.township).kind !== 'listed')) {
    throw new ApiError(422, 'account_township_invalid', { field: 'township' });
  }
  if (input.village && input.role !== 'agent') throw new ApiError(422, 'account_village_agent_only', { field: 'village' });
}

export async function openAccount(services: Services, admin: Account, input: z.infer<typeof newAccountRequestSchema>): Promise<MadeAccount> {
  await checkNewAccount(services, admin, input);
  try {
    return await addAccount(services, {
      username: input.username, role: input.role, county: admin.county, displayName: input.displayName,
      township: needsTownship(input.role) ? input.township : undefined, village: input.role === 'agent' ? input.village : undefined,
      by: `staff:${admin.username}`,
    });
  } catch (err) {
    if (err instanceof AccountRefused) throw new ApiError(422, 'account_refused');
    throw err;
  }
}

export async function disableCountyAccount(services: Services, admin: Account, username: string): Promise<void> {
  const [row] = await services.db.select({ county: accounts.county }).from(accounts).where(eq(accounts.username, username));
  // Another county's account answers as an unknown one.
  if (!row || row.county !== admin.county) throw new ApiError(404, 'account_not_found');
  if (username === admin.username) throw new ApiError(409, 'account_self');
  await disableAccount(services, username, `staff:${admin.username}`);
}
