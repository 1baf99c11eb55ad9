// Opens everything the API needs: database (migrated, durability checked), data key, content, limiters, hashing.
import { loadCalendar } from './content/holidays.ts';
import { loadProvinces } from './content/provinces.ts';
import { loadRegions } from './content/regions.ts';
import { loadWorkflows } from './content/workflows.ts';
import { openDatabase } from './db/client.ts';
import { openClaims } from './db/claimConnections.ts';
import { openChangeWatch } from './db/changeWatch.ts';
import { makeWriteQueue } from './db/writeQueue.ts';
import { makeGroupCommit } from './db/groupCommit.ts';
import { recordClaims } from './cases/recordClaims.ts';
import { trustedProxyHops } from './http/clientAddress.ts';
import { makeLookupLimiter, type LimiterRules } from './lookup/limiter.ts';
import { makeSignInLimiter } from './agents/signInLimits.ts';
import { processHashQueue, type HashQueue } from './security/hashQueue.ts';
import { loadDataKey } from './security/dataKey.ts';
import { makeSealer } from './security/sealing.ts';
import type { Services } from './services.ts';
import { sweepExpiredUploads, sweepUploadsEvery } from './uploads/sweep.ts';
import { openUploads } from './uploads/openUploads.ts';
import type { UploadRuleOverrides } from './uploads/rules.ts';
import { fillMissingIdNumberHashes } from './cases/idNumberHash.ts';
import { fillMissingHouseholds } from './cases/household.ts';
import { makeClaimLimiter } from './cases/claimLimits.ts';
import { makeFilingLimiter, OBJECTION_LIMITS, RATING_LIMITS, REPORT_LIMITS } from './filings/filingLimits.ts';
import { makeDirectoryDurably } from './files/durableFile.ts';
import { bindAuditMac, makeAuditMac } from './audit/auditKey.ts';
import { openAudit } from './audit/openAudit.ts';
import { DEFAULT_DATABASE_URL } from './db/client.ts';

export interface ServiceOptions {
  databaseUrl?: string;
  uploadsDir?: string;
  env?: NodeJS.ProcessEnv;
  limiterRules?: LimiterRules;
  signInRules?: LimiterRules;
  /** The process's own hashing queue unless given (tests give a small one). */
  hashQueue?: HashQueue;
  /** Photo limits: pixels, the image queue, quotas, expiry (defaults in uploads/rules.ts). */
  uploadRules?: UploadRuleOverrides;
  now?: () => Date;
}

export async function openServices(options: ServiceOptions = {}): Promise<Services> {
  const env = options.env ?? process.env;
  const databaseUrl = options.databaseUrl ?? env['DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL;
  const { db, client, target } = await openDatabase(databaseUrl, env);
  const { connection: claimConnection, checkBatch } = await openClaims(target, client);
  const masterKey = await loadDataKey(env);
  // The audit chain's key travels with the connection (and each claim batch's), so appendAudit(tx, event) needs nothing else.
  const auditMac = makeAuditMac(masterKey);
  const uploadsDir = options.uploadsDir ?? env['UPLOADS_DIR'] ?? 'data/uploads';
  await makeDirectoryDurably(uploadsDir, 0o700);
  const writes = makeWriteQueue();
  // Checked inside every claim batch's transaction too, not only when the claims' connection opened.
  const claims = makeGroupCommit(claimConnection, writes, async (tx) => {
    await checkBatch(tx);
    bindAuditMac(tx, auditMac);
  }, recordClaims);
  const services: Services = {
    db,
    client,
    claimConnection,
    writes,
    changes: openChangeWatch(target),
    claims,
    sealer: makeSealer(masterKey),
    regions: loadRegions(),
    provinces: loadProvinces(),
    calendar: loadCalendar(),
    workflows: loadWorkflows(),
    limiter: makeLookupLimiter(options.limiterRules),
    claimLimiter: makeClaimLimiter(),
    objectionLimiter: makeFilingLimiter('objections_too_many', OBJECTION_LIMITS),
    reportLimiter: makeFilingLimiter('reports_too_many', REPORT_LIMITS),
    ratingLimiter: makeFilingLimiter('ratings_too_many', RATING_LIMITS),
    signInLimiter: makeSignInLimiter(options.signInRules),
    hashing: options.hashQueue ?? processHashQueue(),
    uploadsDir,
    trustedProxyHops: trustedProxyHops(env),
    ...openUploads(options.uploadRules),
    now: options.now ?? (() => new Date()),
  };
  await sweepExpiredUploads(services);
  sweepUploadsEvery(services, services.uploadRules.sweepEveryMs);
  await fillMissingIdNumberHashes(services);
  await openAudit({ db, client, target }, { databaseUrl, mac: auditMac, env, writes, now: services.now });
  await fillMissingHouseholds(services);
  return services;
}
