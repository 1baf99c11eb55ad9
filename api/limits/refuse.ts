// A limiter's refusal as the one error body: 429 with the minutes to wait.
import { ApiError } from '../http/errors.ts';
import type { Refusal } from './limiter.ts';

export const minutesOf = (refusal: Refusal) => Math.max(1, Math.ceil(refusal.waitMs / 60_000));

/** 429 too_many_requests: "请过N分钟再试". */
export function tooManyAttempts(refusal: Refusal): ApiError {
  const minutes = minutesOf(refusal);
  return new ApiError(429, 'too_many_requests', { params: { minutes, count: minutes }, headers: { 'Retry-After': String(Math.ceil(refusal.waitMs / 1000)) } });
}
