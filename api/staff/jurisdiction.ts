// A staff account's cases as a SQL condition: the same rule as inJurisdiction (access.ts) for one case.
import { and, eq, type SQL } from 'drizzle-orm';
import { cases } from '../db/schema/index.ts';
import type { Account } from './access.ts';

/** County roles see their county; township roles and agents their township in it. */
export function casesInJurisdiction(account: Account): SQL {
  const county = eq(cases.county, account.county);
  return account.township === null ? county : and(county, eq(cases.township, account.township))!;
}
