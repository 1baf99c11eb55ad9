// Conflict of interest: one's own near-kin declarations, village cadres' (entered by an admin), and the register.
import { createRoute } from '@hono/zod-openapi';
import { countyCadreKin, declarationView, declareCadreKin, declareOwnKin, ownKin } from '../../conflicts/declareKin.ts';
import { conflictRegister } from '../../conflicts/register.ts';
import { ROLES } from '../../domain/roles.ts';
import { placeTownship } from '../../domain/places.ts';
import { ApiError } from '../../http/errors.ts';
import { requestLang } from '../../http/lang.ts';
import { errorResponses, jsonBody } from '../../http/responses.ts';
import { featureRouter } from '../../http/router.ts';
import { cadreKinRequestSchema, kinDeclarationSchema, kinListSchema, kinRequestSchema, registerResponseSchema } from '../../schemas/conflicts.ts';
import { requireStaff } from '../../staff/access.ts';
import { CASE_READERS } from '../../staff/staffRoles.ts';

const ADMIN = ['admin'] as const;
const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const declareOwn = createRoute({
  method: 'post', path: '/staff/kin',
  summary: 'Any signed-in account (staff or agent): declare a near relative, or one\'s own ID number (relation self); kept only as a keyed HMAC and a masked name (x-csrf-token)',
  request: { body: jsonBody(kinRequestSchema) },
  responses: { 201: json(kinDeclarationSchema, 'Declared'), ...errorResponses(400, 401, 403, 415, 422) },
});
const listOwn = createRoute({
  method: 'get', path: '/staff/kin', summary: 'One\'s own declarations (masked)',
  responses: { 200: json(kinListSchema, 'Declarations'), ...errorResponses(401) },
});
const declareCadre = createRoute({
  method: 'post', path: '/staff/cadre-kin',
  summary: 'Admin: enter a village cadre\'s near-kin declaration for a village of the admin\'s county (x-csrf-token)',
  request: { body: jsonBody(cadreKinRequestSchema) },
  responses: { 201: json(kinDeclarationSchema, 'Entered'), ...errorResponses(400, 401, 403, 415, 422) },
});
const listCadre = createRoute({
  method: 'get', path: '/staff/cadre-kin', summary: 'Admin: the village cadres\' declarations of the admin\'s county (masked)',
  responses: { 200: json(kinListSchema, 'Declarations'), ...errorResponses(401, 403) },
});
const register = createRoute({
  method: 'get', path: '/staff/conflicts',
  summary: 'Staff: the conflict-of-interest register of the caller\'s jurisdiction (单独登记), newest first, with flags and approvals so far',
  responses: { 200: json(registerResponseSchema, 'The register'), ...errorResponses(401, 403) },
});

export const staffConflicts = featureRouter()
  .openapi(declareOwn, async (c) => {
    const account = await requireStaff(c, ROLES);
    return c.json(declarationView(await declareOwnKin(c.get('services'), account, c.req.valid('json'))), 201);
  })
  .openapi(listOwn, async (c) => {
    const account = await requireStaff(c, ROLES);
    return c.json({ declarations: (await ownKin(c.get('services'), account)).map(declarationView) }, 200);
  })
  .openapi(declareCadre, async (c) => {
    const admin = await requireStaff(c, ADMIN);
    const input = c.req.valid('json');
    const services = c.get('services');
    const place = placeTownship(services.regions, admin.county, input.township);
    if (place.kind === 'elsewhere') throw new ApiError(422, 'township_other_county', { field: 'township', params: { township: input.township, county: place.countyName } });
    return c.json(declarationView(await declareCadreKin(services, admin, input)), 201);
  })
  .openapi(listCadre, async (c) => {
    const admin = await requireStaff(c, ADMIN);
    return c.json({ declarations: (await countyCadreKin(c.get('services'), admin)).map(declarationView) }, 200);
  })
  .openapi(register, async (c) => {
    const account = await requireStaff(c, CASE_READERS);
    return c.json({ cases: await conflictRegister(c.get('services'), account, requestLang(c)) }, 200);
  });
