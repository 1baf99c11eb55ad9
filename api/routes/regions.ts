import { createRoute } from '@hono/zod-openapi';
import type { TownshipFile } from '../content/regions.ts';
import { featureRouter } from '../http/router.ts';
import { regionsResponseSchema, type RegionsResponse } from '../schemas/regions.ts';

const route = createRoute({
  method: 'get',
  path: '/regions',
  summary: 'Counties, townships and villages for the apply form',
  responses: { 200: { description: 'The jurisdictions served', content: { 'application/json': { schema: regionsResponseSchema } } } },
});

const townshipsOf = (list: TownshipFile[] | undefined) => (list ?? []).map((t) => ({ ...(t.code ? { code: t.code } : {}), name: t.name, villages: (t.villages ?? []).map((v) => v.name) }));

export const regions = featureRouter().openapi(route, (c) => {
  const answer: RegionsResponse = {
    counties: c.get('services').regions.map((r) => ({
      code: r.code,
      name: r.name,
      parent: r.parent,
      districts: (r.districts ?? []).map((d) => ({ code: d.code, name: d.name, office: (d.office ?? r.office).name, townships: townshipsOf(d.townships) })),
      townships: townshipsOf(r.townships),
      office: r.office.name,
    })),
  };
  c.header('Cache-Control', 'public, max-age=300');
  return c.json(answer, 200);
});
