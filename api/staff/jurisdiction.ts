// A staff account's cases as a SQL condition on `cases`: the same rule as inJurisdiction (access.ts) for one case.
import type { InValue } from '@libsql/client';
import { needsTownship } from '../domain/roles.ts';
import type { Account } from './access.ts';

export interface Condition {
  sql: string;
  args: InValue[];
}

/**
 * County roles see their county; township roles and agents their township in it (none when the account has no township).
 * `alias` prefixes the columns for another table that carries them (objections: `o.`).
 */
export function casesInJurisdiction(account: Account, alias = ''): Condition {
  if (!needsTownship(account.role)) return { sql: `${alias}county = ?`, args: [account.county] };
  if (account.township === null) return { sql: '0', args: [] };
  return { sql: `${alias}county = ? AND ${alias}township = ?`, args: [account.county, account.township] };
}
