import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody } from '../http/responses.ts';
import { featureRouter } from '../http/router.ts';
import { sessionSchema, signInSchema } from '../schemas/session.ts';
import { endSessionOf, startSession } from '../staff/signIn.ts';

const signIn = createRoute({
  method: 'post',
  path: '/session',
  summary: 'Sign in (agents and staff): sets an HttpOnly SameSite=Strict session cookie and gives the CSRF token',
  request: { body: jsonBody(signInSchema) },
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: sessionSchema } } },
    ...errorResponses(400, 401, 415, 422, 429, 503),
  },
});

const signOut = createRoute({
  method: 'delete',
  path: '/session',
  summary: 'Sign out: ends the session on the server (x-csrf-token and our Origin required)',
  responses: { 204: { description: 'Signed out' }, ...errorResponses(403) },
});

export const session = featureRouter()
  .openapi(signIn, async (c) => {
    c.header('Cache-Control', 'no-store');
    const services = c.get('services');
    return c.json(await startSession(c, services, c.req.valid('json')), 200);
  })
  .openapi(signOut, async (c) => {
    c.header('Cache-Control', 'no-store');
    await endSessionOf(c, c.get('services'));
    return c.body(null, 204);
  });
