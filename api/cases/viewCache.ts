// Lookups read far more than cases change: case rows and views are kept in memory until the next write
// through services.writes (every write goes there), so a busy kiosk morning does not re-query each time.
import type { cases } from '../db/schema/index.ts';
import type { CaseView } from '../schemas/caseView.ts';
import type { Services } from '../services.ts';

type CaseRow = typeof cases.$inferSelect;
const MAX_ENTRIES = 20_000;

interface Cache {
  version: number;
  rows: Map<string, CaseRow>;
  views: Map<string, CaseView>;
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

export async function cachedCase(services: Services, caseNo: string, load: () => Promise<CaseRow | undefined>): Promise<CaseRow | undefined> {
  const cache = cacheOf(services);
  const hit = cache.rows.get(caseNo);
  if (hit) return hit;
  const row = await load();
  // Stored only if no write happened while loading; unknown numbers are never stored.
  if (row && cache.version === services.writes.version()) cache.rows.set(caseNo, row);
  return row;
}

export async function cachedView(services: Services, key: string, build: () => Promise<CaseView>): Promise<CaseView> {
  const cache = cacheOf(services);
  const hit = cache.views.get(key);
  if (hit) return hit;
  const view = await build();
  if (cache.version === services.writes.version()) cache.views.set(key, view);
  return view;
}
