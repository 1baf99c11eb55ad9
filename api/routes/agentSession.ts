import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody } from '../http/responses.ts';
import { featureRouter } from '../http/router.ts';
import { agentLoginSchema, agentSessionSchema } from '../schemas/agent.ts';
import { endAgentSession, startAgentSession } from '../agents/session.ts';

const signIn = createRoute({
  method: 'post',
  path: '/agent/session',
  summary: '代办 agent sign-in: sets an HttpOnly SameSite=Strict session cookie',
  request: { body: jsonBody(agentLoginSchema) },
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: agentSessionSchema } } },
    ...errorResponses(400, 401, 415, 422, 429, 503),
  },
});

const signOut = createRoute({
  method: 'delete',
  path: '/agent/session',
  summary: '代办 agent sign-out',
  responses: { 204: { description: 'Signed out' } },
});

export const agentSession = featureRouter()
  .openapi(signIn, async (c) => {
    c.header('Cache-Control', 'no-store');
    const session = await startAgentSession(c, c.get('services'), c.req.valid('json'));
    return c.json(session, 200);
  })
  .openapi(signOut, async (c) => {
    await endAgentSession(c, c.get('services'));
    return c.body(null, 204);
  });
