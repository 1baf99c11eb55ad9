// One error type, one handler, one body for every /api failure: { code, message, field?, requestId }.
import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody } from '../schemas/error.ts';
import { translate } from '../i18n/translate.ts';
import { requestLang } from './lang.ts';

/** A failure with a stable code; its message comes from the `errors` locale namespace. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: ContentfulStatusCode;
  readonly code: string;
  readonly field: string | undefined;
  readonly params: Record<string, unknown>;
  /** Key in `errors` of the message when it is more specific than the code (validation: field.id.checksum). */
  readonly messageKey: string | undefined;
  /** Headers the answer carries, e.g. Retry-After on 429 and 503. */
  readonly headers: Record<string, string>;
  constructor(status: ContentfulStatusCode, code: string, options: { field?: string; params?: Record<string, unknown>; messageKey?: string; headers?: Record<string, string> } = {}) {
    super(code);
    this.status = status;
    this.code = code;
    this.field = options.field;
    this.params = options.params ?? {};
    this.messageKey = options.messageKey;
    this.headers = options.headers ?? {};
  }
}

// Statuses Hono's own middleware throws (body parsing, media-type gate, body limit) mapped to our codes.
const HTTP_CODES: Partial<Record<number, string>> = {
  400: 'malformed_body',
  401: 'unauthorised',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
};

interface BodyOptions {
  field?: string | undefined;
  params?: Record<string, unknown>;
  messageKey?: string | undefined;
}

export function errorBody(c: Context, code: string, options: BodyOptions = {}): ErrorBody {
  const message = translate(requestLang(c), `errors:${options.messageKey ?? code}`, options.params ?? {});
  const body: ErrorBody = { code, message, requestId: c.get('requestId') ?? '' };
  if (options.field !== undefined) body.field = options.field;
  return body;
}

export const onApiError: ErrorHandler = (err, c) => {
  if (err instanceof ApiError) return c.json(errorBody(c, err.code, { field: err.field, params: err.params, messageKey: err.messageKey }), err.status, err.headers);
  if (err instanceof HTTPException && err.status < 500) {
    return c.json(errorBody(c, HTTP_CODES[err.status] ?? 'bad_request'), err.status as ContentfulStatusCode);
  }
  // Only the error's name and the request id: messages from libraries may quote personal data.
  console.error(`[${c.get('requestId') ?? '-'}] ${c.req.method} ${c.req.routePath} failed: ${err.name}`);
  return c.json(errorBody(c, 'internal'), 500);
};
