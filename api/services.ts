// What the API needs at run time, opened once at start and handed to handlers through the context.
import type { Client } from '@libsql/client';
import type { RegionFile } from './content/regions.ts';
import type { WorkflowSet } from './domain/workflow.ts';
import type { ProvinceStandards } from './domain/eligibility/figures.ts';
import type { Db } from './db/client.ts';
import type { HolidayCalendar } from './domain/holidayCalendar.ts';
import type { LookupLimiter } from './lookup/limiter.ts';
import type { Limiter } from './limits/limiter.ts';
import type { ClaimLimiter } from './cases/claimLimits.ts';
import type { FilingLimiter } from './filings/filingLimits.ts';
import type { HashQueue } from './security/hashQueue.ts';
import type { Sealer } from './security/sealing.ts';
import type { WriteQueue } from './db/writeQueue.ts';
import type { ChangeWatch } from './db/changeWatch.ts';
import type { GroupCommit } from './db/groupCommit.ts';
import type { ClaimConnection } from './db/claimConnection.ts';
import type { PreparedClaim } from './cases/recordClaims.ts';
import type { ClaimResponse } from './schemas/cases.ts';
import type { UploadRules } from './uploads/rules.ts';
import type { UploadQuota } from './uploads/quota.ts';
import type { ImageWorkers } from './uploads/imageWorkers.ts';
import type { BoundedQueue } from './work/boundedQueue.ts';

export interface Services {
  db: Db;
  /** The libsql client under `db`, for durability checks and raw statements. */
  client: Client;
  /** The connection claim batches write on; their BEGIN and COMMIT wait off the event loop (see db/claimConnection.ts). */
  claimConnection: ClaimConnection;
  /** Every write goes through this queue (see db/writeQueue.ts). */
  writes: WriteQueue;
  /** Writes of other connections and processes, for caches (see db/changeWatch.ts). */
  changes: ChangeWatch;
  /** Claim writes, committed in batches through `writes` (see db/groupCommit.ts, cases/recordClaims.ts). */
  claims: GroupCommit<PreparedClaim, ClaimResponse>;
  sealer: Sealer;
  regions: RegionFile[];
  /** Provinces' published figures, the self-check's fallback. */
  provinces: ProvinceStandards[];
  calendar: HolidayCalendar;
  /** Each programme's steps (content/workflows/*.yaml). */
  workflows: WorkflowSet;
  /** Failed case lookups and finds. */
  limiter: LookupLimiter;
  /** Claims per client, per hour and per day (cases/claimLimits.ts). */
  claimLimiter: ClaimLimiter;
  /** Objections to 公示 per client and per notice (filings/filingLimits.ts). */
  objectionLimiter: FilingLimiter;
  /** 举报 and questions per client and county (filings/filingLimits.ts). */
  reportLimiter: FilingLimiter;
  /** 好差评 per client and case or terminal (filings/filingLimits.ts). */
  ratingLimiter: FilingLimiter;
  /** Failed 代办 sign-ins. */
  signInLimiter: Limiter;
  /** Password hashing, in worker threads of its own (see security/hashQueue.ts). */
  hashing: HashQueue;
  /** Folder of stored photos, outside the web root. */
  uploadsDir: string;
  uploadRules: UploadRules;
  /** Photos wait here for an image worker, a few at a time. */
  imageQueue: BoundedQueue;
  /** Processes where upload bodies are parsed and photos decoded, encoded and written, off this process's threads. */
  imageWorkers: ImageWorkers;
  /** Photos per client and hour. */
  uploadQuota: UploadQuota;
  /** How many reverse proxies in front append to X-Forwarded-For; 0: the header is ignored (see http/clientAddress.ts). */
  trustedProxyHops: number;
  now: () => Date;
}
