// A feature's sub-app: OpenAPI-described routes whose validation failures reach the one error handler.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env.ts';
import { defaultHook } from './validation.ts';

export function featureRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook });
}
