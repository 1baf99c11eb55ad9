// POST /api/staff/cases/{caseNumber}/actions: a township or county officer moves a case one action on.
import { createRoute } from '@hono/zod-openapi';
import { openLinkedCase } from '../../cases/openLinkedCase.ts';
import { takeAction } from '../../cases/takeAction.ts';
import type { ActionInput } from '../../domain/casework/action.ts';
import { STAFF_ROLES } from '../../domain/roles.ts';
import { requestLang } from '../../http/lang.ts';
import { errorResponses, jsonBody } from '../../http/responses.ts';
import { featureRouter } from '../../http/router.ts';
import { caseNumberParamSchema, staffActionRequestSchema } from '../../schemas/staffAction.ts';
import { staffCaseSchema } from '../../schemas/staff.ts';
import { inJurisdiction, requireStaff } from '../../staff/access.ts';
import { staffCaseDetail } from '../../staff/caseDetail.ts';

const route = createRoute({
  method: 'post',
  path: '/staff/cases/{caseNumber}/actions',
  summary: 'Staff: take one workflow action on a case (x-csrf-token; version as last read)',
  description:
    '403 role_forbidden: the role never takes this action on this case. 409 stale_version: someone changed the case since `version` (nothing was changed; read it again). ' +
    '409 action_not_allowed_now: the workflow does not allow it at the case\'s step. 409 reopen_household_case_open: reopening would give the household a second open case of the programme (一户一案). 422 action_input_invalid: `field` names the input. Outside the caller\'s jurisdiction: 404.',
  request: { params: caseNumberParamSchema, body: jsonBody(staffActionRequestSchema) },
  responses: {
    200: { description: 'The case after the action, as GET /api/staff/cases/{caseNumber} answers it', content: { 'application/json': { schema: staffCaseSchema } } },
    ...errorResponses(400, 401, 403, 404, 409, 415, 422, 503),
  },
});

export const staffActions = featureRouter().openapi(route, async (c) => {
  c.header('Cache-Control', 'no-store');
  const services = c.get('services');
  const account = await requireStaff(c, STAFF_ROLES);
  const { action, version, ...input } = c.req.valid('json');
  const actor = { role: account.role, actor: `staff:${account.username}`, accountId: account.id, mayOpen: (place: { county: string; township: string }) => inJurisdiction(account, place) };
  const caseNumber = c.req.valid('param').caseNumber;
  // 一门受理 opens a claim first, then records the link; every other action is the engine's alone.
  const done = action === 'open-linked-case'
    ? await openLinkedCase(services, actor, { caseNumber, version, programme: input['programme'] }, requestLang(c))
    : await takeAction(services, actor, { caseNumber, action, version, input: input as ActionInput });
  return c.json(await staffCaseDetail(services, account, done.row, requestLang(c), c.get('basePath')), 200);
});
