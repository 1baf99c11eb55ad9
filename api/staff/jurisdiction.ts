// A staff account's cases as a SQL condition: the same rule as inJurisdiction (access.ts) for one case.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { cases } from '../db/schema/index.ts';
import { needsTownship } from '../domain/roles.ts';
import type { Account } from './access.ts';

/** County roles see their county; township roles and agents their township in it (none when the account has no township). */
export function casesInJurisdiction(account: Account): SQL {
  const county = eq(cases.county, account.county);
  if (!needsTownship(account.role)) return county;
  return account.township === null ? sql`0` : and(county, eq(cases.township, account.township))!;
}
