// What the API needs at run time, opened once at start and handed to handlers through the context.
import type { Client } from '@libsql/client';
import type { RegionFile } from './content/regions.ts';
import type { ProvinceStandards } from './domain/eligibility/figures.ts';
import type { Db } from './db/client.ts';
import type { HolidayCalendar } from './domain/holidayCalendar.ts';
import type { LookupLimiter } from './lookup/limiter.ts';
import type { Sealer } from './security/sealing.ts';
import type { WriteQueue } from './db/writeQueue.ts';
import type { GroupCommit } from './db/groupCommit.ts';

export interface Services {
  db: Db;
  /** The libsql client under `db`, for durability checks and raw statements. */
  client: Client;
  /** Every write goes through this queue (see db/writeQueue.ts). */
  writes: WriteQueue;
  /** Claim writes, committed in batches through `writes` (see db/groupCommit.ts). */
  claims: GroupCommit;
  sealer: Sealer;
  regions: RegionFile[];
  /** Provinces' published figures, the self-check's fallback. */
  provinces: ProvinceStandards[];
  calendar: HolidayCalendar;
  limiter: LookupLimiter;
  /** Folder of stored photos, outside the web root. */
  uploadsDir: string;
  /** Whether X-Forwarded-For names the client (behind the county's reverse proxy). */
  trustProxy: boolean;
  now: () => Date;
}
