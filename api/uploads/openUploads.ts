// What uploads need at run time, opened once with the services: their rules, the image queue and its worker
// processes, and the quota.
import { ApiError } from '../http/errors.ts';
import { makeBoundedQueue } from '../work/boundedQueue.ts';
import { makeImageWorkers } from './imageWorkers.ts';
import { makeUploadQuota } from './quota.ts';
import { uploadRules, type UploadRuleOverrides } from './rules.ts';

/** The answer when the image queue cannot take a photo soon. */
export const photoQueueBusy = () => new ApiError(503, 'photo_queue_busy', { headers: { 'Retry-After': '60' } });

export function openUploads(overrides?: UploadRuleOverrides) {
  const rules = uploadRules(overrides);
  return { uploadRules: rules, imageQueue: makeBoundedQueue(rules.queue, photoQueueBusy), imageWorkers: makeImageWorkers(), uploadQuota: makeUploadQuota(rules) };
}
