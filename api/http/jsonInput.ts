// A route's JSON body checked in its handler, with the answers zod-openapi's media-type gate and validator give
// (415 wrong type, 400 unreadable JSON, 422 first bad field), in one await and a synchronous parse: for a route
// as busy as lookups, their two async middlewares and async parse cost more than reading the body.
import type { Context } from 'hono';
import type { ZodType } from 'zod';
import type { RouteConfig } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { ApiError } from './errors.ts';
import { validationError } from './validation.ts';
import { requestContentType } from './requestHeader.ts';

// The gate's test of the Content-Type header, then the validator's of its media type (as @hono/zod-openapi 1.6
// and hono/validator have them): a type the gate lets through but the validator does not is checked as {}.
const GATE_JSON = /^application\/([a-z-.]+\+)?json(;\s*[a-zA-Z0-9-]+=([^;]+))*$/i;
const VALIDATOR_JSON = /^application\/([\w.-]+\+)?json$/i;

const unsupported = () => new ApiError(415, 'unsupported_media_type');

/** The body as the schema reads it; throws the error body's ApiError otherwise. One async function: each more is another promise per request. */
export async function jsonInput<T>(c: Context, schema: ZodType<T>): Promise<T> {
  const type = requestContentType(c);
  let value: unknown = {};
  if (type === undefined) {
    // Nothing declared: a body is of a type we do not take; no body at all is an empty input.
    if ((await c.req.arrayBuffer()).byteLength > 0) throw unsupported();
  } else if (type !== 'application/json' && !GATE_JSON.test(type)) {
    throw unsupported();
  } else if (type === 'application/json' || VALIDATOR_JSON.test(type.split(';')[0]!.trim())) {
    try {
      value = await c.req.json();
    } catch {
      throw new ApiError(400, 'malformed_body');
    }
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationError(parsed.error.issues, 'json');
  return parsed.data;
}

/**
 * The route to give `openapi()` when its handler reads the body with jsonInput: documented (and typed for the client)
 * as declared, but without the body validators zod-openapi would put in front of the handler.
 */
export function bodyReadInHandler<R extends RouteConfig>(app: OpenAPIHono<any>, route: R): R {
  app.openAPIRegistry.registerPath(route);
  const { body: _documented, ...request } = route.request ?? {};
  return { ...route, request, hide: true };
}
