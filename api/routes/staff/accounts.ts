import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody } from '../../http/responses.ts';
import { featureRouter } from '../../http/router.ts';
import { accountUsernameParamSchema, madeAccountSchema, newAccountRequestSchema, staffAccountsResponseSchema } from '../../schemas/staffAccounts.ts';
import { requireStaff } from '../../staff/access.ts';
import { countyAccounts, disableCountyAccount, openAccount } from '../../staff/accountAdmin.ts';

const ADMIN = ['admin'] as const;

const list = createRoute({
  method: 'get',
  path: '/staff/accounts',
  summary: 'Admin: the accounts of the admin\'s county',
  responses: { 200: { description: 'Accounts', content: { 'application/json': { schema: staffAccountsResponseSchema } } }, ...errorResponses(401, 403) },
});

const open = createRoute({
  method: 'post',
  path: '/staff/accounts',
  summary: 'Admin: open an account in the admin\'s county (x-csrf-token); the first password and TOTP setup are answered once',
  request: { body: jsonBody(newAccountRequestSchema) },
  responses: { 201: { description: 'Opened', content: { 'application/json': { schema: madeAccountSchema } } }, ...errorResponses(400, 401, 403, 409, 415, 422) },
});

const disable = createRoute({
  method: 'post',
  path: '/staff/accounts/{username}/disable',
  summary: 'Admin: disable an account of the admin\'s county and end its sessions (x-csrf-token)',
  request: { params: accountUsernameParamSchema },
  responses: { 204: { description: 'Disabled' }, ...errorResponses(401, 403, 404, 409) },
});

export const staffAccounts = featureRouter()
  .openapi(list, async (c) => {
    const admin = await requireStaff(c, ADMIN);
    return c.json({ accounts: await countyAccounts(c.get('services'), admin) }, 200);
  })
  .openapi(open, async (c) => {
    const admin = await requireStaff(c, ADMIN);
    const made = await openAccount(c.get('services'), admin, c.req.valid('json'));
    return c.json({ username: made.username, role: made.role, password: made.password, ...(made.totpUri ? { totpUri: made.totpUri } : {}) }, 201);
  })
  .openapi(disable, async (c) => {
    const admin = await requireStaff(c, ADMIN);
    await disableCountyAccount(c.get('services'), admin, c.req.valid('param').username);
    return c.body(null, 204);
  });
