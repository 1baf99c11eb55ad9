// Lookups read far more than cases change: case rows and views (as JSON) are kept in memory until the next write
// through services.writes (every write goes there), so a busy kiosk morning does not re-query each time.
// Reading is synchronous: a hit costs no promise.
import type { cases } from '../db/schema/index.ts';
import type { Services } from '../services.ts';
import type { ViewJson } from './viewJson.ts';

type CaseRow = typeof cases.$inferSelect;
const MAX_ENTRIES = 20_000;

interface Cache {
  version: number;
  rows: Map<string, CaseRow>;
  views: Map<string, ViewJson>;
}
const caches = new WeakMap<Services, Cache>();

function cacheOf(services: Services): Cache {
  const version = services.writes.version();
  let cache = caches.get(services);
  if (!cache || cache.version !== version || cache.rows.size + cache.views.size > MAX_ENTRIES) {
    cache = { version, rows: new Map(), views: new Map() };
    caches.set(services, cache);
  }
  return cache;
}

/** The case row when it is in memory, else undefined (load it with `rememberCase`). */
export function cachedCase(services: Services, caseNo: string): CaseRow | undefined {
  return cacheOf(services).rows.get(caseNo);
}

/** Loads a case row and keeps it, unless a write happened meanwhile; unknown numbers are never kept. */
export async function rememberCase(services: Services, caseNo: string, load: () => Promise<CaseRow | undefined>): Promise<CaseRow | undefined> {
  const cache = cacheOf(services);
  const row = await load();
  if (row && cache.version === services.writes.version()) cache.rows.set(caseNo, row);
  return row;
}

/** A view when it is in memory, else undefined (build it with `rememberView`). */
export function cachedView(services: Services, key: string): ViewJson | undefined {
  return cacheOf(services).views.get(key);
}

export async function rememberView(services: Services, key: string, build: () => Promise<ViewJson>): Promise<ViewJson> {
  const cache = cacheOf(services);
  const view = await build();
  if (cache.version === services.writes.version()) cache.views.set(key, view);
  return view;
}
