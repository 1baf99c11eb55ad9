// Photos per client and hour, by count and by bytes, so one address cannot fill the disk or the image queue.
// Every attempt counts, refused ones too. In memory, like the lookup limiter: one process serves the county, and a
// restart forgetting counts is acceptable.
import { ApiError } from '../http/errors.ts';
import type { UploadRules } from './rules.ts';

const HOUR_MS = 60 * 60_000;

interface Window {
  count: number;
  bytes: number;
  startedAt: number;
}

export interface UploadQuota {
  /** Counts one upload of `bytes` against `bucket`; minutes to wait when that would pass the quota, else 0. */
  take(bucket: string, bytes: number, now: number): number;
}

export function makeUploadQuota(rules: Pick<UploadRules, 'perHour' | 'bytesPerHour'>): UploadQuota {
  const windows = new Map<string, Window>();
  return {
    take(bucket, bytes, now) {
      let w = windows.get(bucket);
      if (!w || now - w.startedAt >= HOUR_MS) {
        w = { count: 0, bytes: 0, startedAt: now };
        windows.set(bucket, w);
      }
      if (w.count + 1 > rules.perHour || w.bytes + bytes > rules.bytesPerHour) return Math.max(1, Math.ceil((w.startedAt + HOUR_MS - now) / 60_000));
      w.count++;
      w.bytes += bytes;
      // Keeps memory bounded under uploads from many addresses.
      if (windows.size > 100_000) for (const [key, old] of windows) if (now - old.startedAt >= HOUR_MS) windows.delete(key);
      return 0;
    },
  };
}

/** Throws the 429 that says how long to wait when this upload would pass the client's quota. */
export function chargeUpload(quota: UploadQuota, bucket: string, bytes: number, now: Date): void {
  const minutes = quota.take(bucket, bytes, now.getTime());
  if (minutes > 0) throw new ApiError(429, 'upload_quota', { params: { minutes }, headers: { 'Retry-After': String(minutes * 60) } });
}
