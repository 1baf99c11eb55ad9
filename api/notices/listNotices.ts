// The public lists: current notices (from ≤ today ≤ to, China date, not taken down) with exactly the fields the issue
// names, and the archive of those that ended, grouped without names. Plain SQL on the libsql client, as the queue does.
import { countyUnit } from '../domain/places.ts';
import { ApiError } from '../http/errors.ts';
import type { ArchivedNotice, NoticePlaceQuery, PublicNotice } from '../schemas/notices.ts';
import type { Services } from '../services.ts';

/** Most archive groups answered (newest first): years of notices of a county fit; a page shows what it asks for. */
export const ARCHIVE_LIMIT = 500;

/** The place filters as SQL, refused (422 with its field) when a part names nothing we serve or lacks the part above it. */
function placeFilter(services: Services, place: NoticePlaceQuery): { sql: string; args: string[] } {
  if (place.county && !countyUnit(services.regions, place.county)) throw new ApiError(422, 'notice_county_unknown', { field: 'county' });
  if (place.township && !place.county) throw new ApiError(422, 'notice_township_needs_county', { field: 'township' });
  if (place.village && !place.township) throw new ApiError(422, 'notice_village_needs_township', { field: 'village' });
  const parts: { sql: string; arg: string }[] = [];
  if (place.county) parts.push({ sql: 'county = ?', arg: place.county });
  if (place.township) parts.push({ sql: 'township = ?', arg: place.township });
  if (place.village) parts.push({ sql: 'village = ?', arg: place.village });
  return { sql: parts.map((p) => ` AND ${p.sql}`).join(''), args: parts.map((p) => p.arg) };
}

/** A posted notice as the public page shows it: the API's fields and where the paper notice hangs. */
export interface PostedNotice extends PublicNotice {
  place: string;
}

/**
 * Notices posted today in the place, oldest first by place; `villageSearch`: only villages whose name contains it
 * (the page's search by village).
 */
export async function postedNotices(services: Services, place: NoticePlaceQuery, today: string, villageSearch?: string): Promise<PostedNotice[]> {
  const where = placeFilter(services, place);
  const search = villageSearch ? { sql: ' AND instr(village, ?) > 0', args: [villageSearch] } : { sql: '', args: [] };
  const { rows } = await services.client.execute({
    sql: `SELECT id, programme, name_masked, household_size, monthly_amount, from_on, to_on, county, township, village, place FROM notices
          WHERE from_on <= ? AND to_on >= ? AND withdrawn_on IS NULL${where.sql}${search.sql} ORDER BY county, township, village, from_on, id`,
    args: [today, today, ...where.args, ...search.args],
  });
  return rows.map((r) => ({
    id: Number(r[0]), programme: String(r[1]), nameMasked: String(r[2]), householdSize: Number(r[3]), monthlyAmount: Number(r[4]),
    from: String(r[5]), to: String(r[6]), county: String(r[7]), township: String(r[8]), village: r[9] === null ? null : String(r[9]), place: String(r[10]),
  }));
}

/** GET /api/notices: exactly the fields the issue names, nothing else. */
export async function currentNotices(services: Services, place: NoticePlaceQuery, today: string): Promise<PublicNotice[]> {
  return (await postedNotices(services, place, today)).map(({ place: _place, ...notice }) => notice);
}

/** Notices that ended (their last day passed, or taken down early), one line per place, programme and dates, with how many. */
export async function archivedNotices(services: Services, place: NoticePlaceQuery, today: string, villageSearch?: string): Promise<ArchivedNotice[]> {
  const where = placeFilter(services, place);
  const search = villageSearch ? { sql: ' AND instr(village, ?) > 0', args: [villageSearch] } : { sql: '', args: [] };
  const { rows } = await services.client.execute({
    sql: `SELECT programme, county, township, village, from_on, to_on, count(*) FROM notices
          WHERE (to_on < ? OR withdrawn_on IS NOT NULL)${where.sql}${search.sql}
          GROUP BY county, township, village, programme, from_on, to_on ORDER BY to_on DESC, county, township, village, programme LIMIT ${ARCHIVE_LIMIT}`,
    args: [today, ...where.args, ...search.args],
  });
  return rows.map((r) => ({ programme: String(r[0]), county: String(r[1]), township: String(r[2]), village: r[3] === null ? null : String(r[3]), from: String(r[4]), to: String(r[5]), count: Number(r[6]) }));
}
