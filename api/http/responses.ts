// Response declarations shared by routes: the error body under each failure status; JSON answers made ahead.
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { errorBodySchema } from '../schemas/error.ts';

const errorContent = { 'application/json': { schema: errorBodySchema } };

/** OpenAPI entries for the given failure statuses, each answering with the one error body. */
export function errorResponses<S extends number>(...statuses: S[]): Record<S, { description: string; content: typeof errorContent }> {
  const described: Partial<Record<number, string>> = {
    400: 'Malformed JSON or header',
    401: 'Not signed in or token expired',
    404: 'Not found',
    409: 'Conflicts with what is recorded now (code says what)',
    413: 'Body too large',
    415: 'Wrong content type',
    422: 'A field is not valid (field = its path)',
    429: 'Too many attempts; try again later (Retry-After)',
    503: 'Busy for the moment; try again shortly (Retry-After)',
  };
  return Object.fromEntries(statuses.map((s) => [s, { description: described[s] ?? 'Error', content: errorContent }])) as Record<S, { description: string; content: typeof errorContent }>;
}

/** The JSON request body declaration of a route. */
export function jsonBody<T>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } } as const;
}

/** A JSON answer already serialised (from a cache), typed as c.json(value of T) would be for the typed client. */
export function jsonText<T, S extends ContentfulStatusCode>(c: Context, text: string | Uint8Array<ArrayBuffer>, status: S): Response & TypedResponse<JSONParsed<T>, S, 'json'> {
  return c.body(text, status, { 'Content-Type': 'application/json' }) as unknown as Response & TypedResponse<JSONParsed<T>, S, 'json'>;
}
