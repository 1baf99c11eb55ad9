// Admin: the county's kiosk terminals (list with online/offline, register, revoke).
import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody } from '../../http/responses.ts';
import { featureRouter } from '../../http/router.ts';
import { madeTerminalSchema, newTerminalRequestSchema, staffTerminalsResponseSchema, terminalIdParamSchema } from '../../schemas/terminals.ts';
import { requireStaff } from '../../staff/access.ts';
import { countyTerminals, registerTerminal, revokeTerminal } from '../../terminals/registry.ts';

const ADMIN = ['admin'] as const;

const list = createRoute({
  method: 'get',
  path: '/staff/terminals',
  summary: 'Admin: the kiosk terminals of the admin\'s county, online (a heartbeat within 5 minutes) or offline with the last-seen time',
  responses: { 200: { description: 'Terminals', content: { 'application/json': { schema: staffTerminalsResponseSchema } } }, ...errorResponses(401, 403) },
});

const register = createRoute({
  method: 'post',
  path: '/staff/terminals',
  summary: 'Admin: register a kiosk terminal in a township of the admin\'s county (x-csrf-token); its credential is answered once',
  request: { body: jsonBody(newTerminalRequestSchema) },
  responses: { 201: { description: 'Registered', content: { 'application/json': { schema: madeTerminalSchema } } }, ...errorResponses(400, 401, 403, 415, 422) },
});

const revoke = createRoute({
  method: 'post',
  path: '/staff/terminals/{id}/revoke',
  summary: 'Admin: revoke a terminal\'s credential, refused from the next request on (x-csrf-token)',
  request: { params: terminalIdParamSchema },
  responses: { 204: { description: 'Revoked' }, ...errorResponses(401, 403, 404, 422) },
});

export const staffTerminals = featureRouter()
  .openapi(list, async (c) => {
    const admin = await requireStaff(c, ADMIN);
    return c.json({ terminals: await countyTerminals(c.get('services'), admin) }, 200);
  })
  .openapi(register, async (c) => {
    const admin = await requireStaff(c, ADMIN);
    return c.json(await registerTerminal(c.get('services'), admin, c.req.valid('json')), 201);
  })
  .openapi(revoke, async (c) => {
    const admin = await requireStaff(c, ADMIN);
    await revokeTerminal(c.get('services'), admin, c.req.valid('param').id);
    return c.body(null, 204);
  });
