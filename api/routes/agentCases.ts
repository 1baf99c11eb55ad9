import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../http/responses.ts';
import { requestLang } from '../http/lang.ts';
import { featureRouter } from '../http/router.ts';
import { agentCasesQuerySchema, agentCasesResponseSchema } from '../schemas/caseList.ts';
import { requireAgent } from '../agents/session.ts';
import { agentCases } from '../cases/agentCases.ts';

const route = createRoute({
  method: 'get',
  path: '/agent/cases',
  summary: '代办: the cases the signed-in agent submitted, newest first, applicants masked',
  request: { query: agentCasesQuerySchema },
  responses: {
    200: { description: 'The agent\'s cases', content: { 'application/json': { schema: agentCasesResponseSchema } } },
    ...errorResponses(401, 422),
  },
});

export const agentCaseList = featureRouter().openapi(route, async (c) => {
  c.header('Cache-Control', 'no-store');
  const services = c.get('services');
  const agent = await requireAgent(c, services);
  return c.json(await agentCases(services, agent, c.req.valid('query').limit, requestLang(c)), 200);
});
