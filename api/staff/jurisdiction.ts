// A staff account's cases as a SQL condition on `cases`: the same rule as inJurisdiction (access.ts) for one case.
import type { InValue } from '@libsql/client';
import { needsTownship } from '../domain/roles.ts';
import type { Account } from './access.ts';

export interface Condition {
  sql: string;
  args: InValue[];
}

/** County roles see their county; township roles and agents their township in it (none when the account has no township). */
export function casesInJurisdiction(account: Account): Condition {
  if (!needsTownship(account.role)) return { sql: 'county = ?', args: [account.county] };
  if (account.township === null) return { sql: '0', args: [] };
  return { sql: 'county = ? AND township = ?', args: [account.county, account.township] };
}
