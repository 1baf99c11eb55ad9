// Opens everything the API needs: database (migrated, durability checked), data key, content, limiter.
import { mkdirSync } from 'node:fs';
import { loadCalendar } from './content/holidays.ts';
import { loadProvinces } from './content/provinces.ts';
import { loadRegions } from './content/regions.ts';
import { openDatabase } from './db/client.ts';
import { makeWriteQueue } from './db/writeQueue.ts';
import { makeGroupCommit } from './db/groupCommit.ts';
import { DurabilityError, isDurable, libsqlPragma, readSettings } from './db/durability.ts';
import { makeLookupLimiter, type LimiterRules } from './lookup/limiter.ts';
import { loadDataKey } from './security/dataKey.ts';
import { makeSealer } from './security/sealing.ts';
import type { Services } from './services.ts';
import { sweepExpiredUploads } from './uploads/sweep.ts';
import { fillMissingIdNumberHashes } from './cases/idNumberHash.ts';

export interface ServiceOptions {
  databaseUrl?: string;
  uploadsDir?: string;
  env?: NodeJS.ProcessEnv;
  limiterRules?: LimiterRules;
  now?: () => Date;
}

export async function openServices(options: ServiceOptions = {}): Promise<Services> {
  const env = options.env ?? process.env;
  const { db, client } = await openDatabase(options.databaseUrl ?? env['DATABASE_URL']);
  const uploadsDir = options.uploadsDir ?? env['UPLOADS_DIR'] ?? 'data/uploads';
  mkdirSync(uploadsDir, { recursive: true, mode: 0o700 });
  const writes = makeWriteQueue();
  // Checked inside every claim batch's own transaction: a pooled connection opened later must be as durable.
  const claims = makeGroupCommit(client, writes, async (tx) => {
    if (!isDurable(await readSettings(libsqlPragma(tx)))) throw new DurabilityError('A claim connection is not synchronous=FULL/WAL');
  });
  const services: Services = {
    db,
    client,
    writes,
    claims,
    sealer: makeSealer(loadDataKey(env)),
    regions: loadRegions(),
    provinces: loadProvinces(),
    calendar: loadCalendar(),
    limiter: makeLookupLimiter(options.limiterRules),
    uploadsDir,
    trustProxy: env['TRUST_PROXY'] === '1',
    now: options.now ?? (() => new Date()),
  };
  await sweepExpiredUploads(services);
  await fillMissingIdNumberHashes(services);
  return services;
}
