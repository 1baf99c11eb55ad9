// POST /api/terminals/heartbeat: a kiosk page reports every 2 minutes, authenticated by its X-Terminal-Key.
import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody } from '../http/responses.ts';
import { ApiError } from '../http/errors.ts';
import { featureRouter } from '../http/router.ts';
import { terminalId } from '../lookup/bucket.ts';
import { heartbeatRequestSchema } from '../schemas/terminals.ts';
import { recordHeartbeat } from '../terminals/registry.ts';

const heartbeat = createRoute({
  method: 'post',
  path: '/terminals/heartbeat',
  summary: 'A kiosk terminal is alive: its build version, seconds since its browser started and its last script error (X-Terminal-Key)',
  request: { body: jsonBody(heartbeatRequestSchema) },
  responses: { 204: { description: 'Recorded' }, ...errorResponses(401, 415, 422) },
});

export const terminalsApi = featureRouter().openapi(heartbeat, async (c) => {
  c.header('Cache-Control', 'no-store');
  const services = c.get('services');
  const key = c.req.header('x-terminal-key');
  const id = key === undefined ? undefined : await terminalId(services, key);
  if (id === undefined) throw new ApiError(401, 'unauthorised');
  await recordHeartbeat(services, id, c.req.valid('json'));
  return c.body(null, 204);
});
