// Limits on document photos: pixels, stored size, the image queue, each client's hourly quota, expiry.
import { machineConcurrency, type QueueRules } from '../work/boundedQueue.ts';

export interface UploadRules {
  /** Largest decoded image, pixels (50 000 000): a 50 MP phone photo fits, a decompression bomb does not. */
  maxPixels: number;
  /** Long side of the stored image, px (2400): enough to read an ID card or a 户口簿 page. */
  longSide: number;
  /** JPEG quality of the stored image, 1–100 (80; plain libjpeg settings, no mozjpeg trellis: fast). */
  jpegQuality: number;
  /** Longest processing of one photo, seconds (20; libvips stops it). */
  jobTimeoutSeconds: number;
  /** The image queue (cores less one at once, 16 waiting, 30 s wait at most). */
  queue: QueueRules;
  /** Photos one client (address or kiosk terminal) may upload per hour (60: several claims of ≤ 10 photos, retakes included). */
  perHour: number;
  /** Bytes one client may upload per hour (300 MB: 60 phone photos). */
  bytesPerHour: number;
  /** An upload not attached to a claim within this time is deleted, ms (24 hours). */
  ttlMs: number;
  /** How often expired uploads are swept, ms (10 minutes). */
  sweepEveryMs: number;
}

export type UploadRuleOverrides = Partial<Omit<UploadRules, 'queue'>> & { queue?: Partial<QueueRules> };

export function uploadRules(overrides: UploadRuleOverrides = {}): UploadRules {
  return {
    maxPixels: 50_000_000,
    longSide: 2400,
    jpegQuality: 80,
    jobTimeoutSeconds: 20,
    perHour: 60,
    bytesPerHour: 300 * 1024 * 1024,
    ttlMs: 24 * 60 * 60_000,
    sweepEveryMs: 10 * 60_000,
    ...overrides,
    queue: { concurrency: machineConcurrency(), maxWaiting: 16, maxWaitMs: 30_000, ...overrides.queue },
  };
}
