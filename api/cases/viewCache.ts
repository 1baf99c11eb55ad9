// Lookups read far more than cases change: case rows and their views (as JSON) are kept in memory until the next
// write through services.writes (every write goes there) or by another process (services.changes: a local file's
// data_version; on a libSQL server nothing is kept), so a busy kiosk morning does not re-query each time.
// A case's views hang on its entry, by language, for the day they were made (due dates count from today).
// Reading is synchronous: a hit costs no promise.
import type { cases } from '../db/schema/index.ts';
import type { Lang } from '../i18n/translate.ts';
import type { Services } from '../services.ts';
import type { ViewJson } from './viewJson.ts';

type CaseRow = typeof cases.$inferSelect;
const MAX_ENTRIES = 20_000;

export interface CachedCase {
  row: CaseRow;
  views: Partial<Record<Lang, { day: string; json: ViewJson }>>;
}

interface Cache {
  version: number;
  /** services.changes.outside() when filled. */
  outside: number;
  cases: Map<string, CachedCase>;
  /** Rows and views kept. */
  entries: number;
}
const caches = new WeakMap<Services, Cache>();

// Where outside writes cannot be seen, every lookup gets an empty cache that keeps nothing.
const NOTHING_KEPT = -1;

function cacheOf(services: Services): Cache {
  const version = services.writes.version();
  const outside = services.changes.outside();
  if (outside === undefined) return { version: NOTHING_KEPT, outside: NOTHING_KEPT, cases: new Map(), entries: 0 };
  let cache = caches.get(services);
  if (!cache || cache.version !== version || cache.outside !== outside || cache.entries > MAX_ENTRIES) {
    cache = { version, outside, cases: new Map(), entries: 0 };
    caches.set(services, cache);
  }
  return cache;
}

/** Nothing was written, here or elsewhere, since `cache` was filled. */
const stillCurrent = (services: Services, cache: Cache) => cache.version === services.writes.version() && cache.outside === services.changes.outside();

/** The case when its row is in memory, else undefined (load it with `rememberCase`). */
export function cachedCase(services: Services, caseNo: string): CachedCase | undefined {
  return cacheOf(services).cases.get(caseNo);
}

/** Loads a case row and keeps it, unless a write happened meanwhile; unknown numbers are never kept. */
export async function rememberCase(services: Services, caseNo: string, load: () => Promise<CaseRow | undefined>): Promise<CachedCase | undefined> {
  const cache = cacheOf(services);
  const row = await load();
  if (!row) return undefined;
  const entry: CachedCase = { row, views: {} };
  if (stillCurrent(services, cache)) {
    cache.cases.set(caseNo, entry);
    cache.entries++;
  }
  return entry;
}

/** The case's view in this language made on `day`, when it is in memory (else build it with `rememberView`). */
export function cachedView(entry: CachedCase, lang: Lang, day: string): ViewJson | undefined {
  const view = entry.views[lang];
  return view?.day === day ? view.json : undefined;
}

export async function rememberView(services: Services, entry: CachedCase, lang: Lang, day: string, build: () => Promise<ViewJson>): Promise<ViewJson> {
  const cache = cacheOf(services);
  const json = await build();
  if (stillCurrent(services, cache)) {
    entry.views[lang] = { day, json };
    cache.entries++;
  }
  return json;
}
