// GET /api/stats: a county's public statistics from its payments, decisions and ratings, through the one suppressing function.
// The answer changes only when money is paid or a case decided, and anyone may ask: it is kept a minute per county.
import { publicStats, type PublicStats } from '../domain/stats/publicStats.ts';
import type { HelpedQuery } from '../domain/stats/publishHelped.ts';
import type { Services } from '../services.ts';
import { decidedCases } from './decidedCases.ts';
import { helpedCellsOf } from './helpedCellsOf.ts';

const KEEP_MS = 60_000;

/** The county's 好差评: the day and level of each, nothing else. */
async function ratingsOf(services: Services, county: string) {
  const { rows } = await services.client.execute({ sql: 'SELECT rated_on, level FROM ratings WHERE county = ?', args: [county] });
  return rows.map((r) => ({ ratedOn: String(r[0]), level: Number(r[1]) }));
}
const kept = new WeakMap<Services, Map<string, { at: number; source: Promise<Parameters<typeof publicStats>[0]> }>>();

function sourceOf(services: Services, county: string) {
  let perCounty = kept.get(services);
  if (!perCounty) kept.set(services, (perCounty = new Map()));
  const now = services.now().getTime();
  const hit = perCounty.get(county);
  if (hit && now - hit.at < KEEP_MS && now >= hit.at) return hit.source;
  const source = Promise.all([helpedCellsOf(services, county), decidedCases(services, { county }), ratingsOf(services, county)]).then(([cells, decisions, ratings]) => ({ cells, decisions, ratings }));
  perCounty.set(county, { at: now, source });
  source.catch(() => perCounty.delete(county));
  return source;
}

export async function countyStats(services: Services, county: string, query: HelpedQuery): Promise<PublicStats & { county: string }> {
  return { county, ...publicStats(await sourceOf(services, county), query) };
}
