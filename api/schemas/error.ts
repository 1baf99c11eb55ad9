// The one error body every /api failure answers with.
import { z } from 'zod';

export const errorBodySchema = z.object({
  /** Stable machine code, e.g. validation, case_not_found, idempotency_key_reused. */
  code: z.string(),
  /** Plain-language message in the request's language (zh-CN default, en). */
  message: z.string(),
  /** Path of the first bad field, dot-separated (members.0.idNumber), for validation errors. */
  field: z.string().optional(),
  /** Id of the request, also in the X-Request-Id header, to quote when calling the office. */
  requestId: z.string(),
});

export type ErrorBody = z.infer<typeof errorBodySchema>;
