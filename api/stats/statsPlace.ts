// Which cases a staff account's dashboard covers: a township role's own township (asking for another is 404, as the
// roll does), a county role's county or one township of it.
import { needsTownship } from '../domain/roles.ts';
import { ApiError } from '../http/errors.ts';
import type { Account } from '../staff/access.ts';

export interface StatsPlace {
  county: string;
  /** Absent: the whole county. */
  township?: string;
}

export function statsPlace(account: Account, township: string | undefined): StatsPlace {
  if (!needsTownship(account.role)) return township ? { county: account.county, township } : { county: account.county };
  if (account.township === null || (township !== undefined && township !== account.township)) throw new ApiError(404, 'dashboard_not_found');
  return { county: account.county, township: account.township };
}

/** The place as a condition on the columns of `cases` under the alias given. */
export function placeCondition(place: StatsPlace, alias: string): { sql: string; args: string[] } {
  return place.township === undefined
    ? { sql: `${alias}.county = ?`, args: [place.county] }
    : { sql: `${alias}.county = ? AND ${alias}.township = ?`, args: [place.county, place.township] };
}
