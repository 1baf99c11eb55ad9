import { createRoute } from '@hono/zod-openapi';
import { checkEligibility, figuresForCounty, type EligibilityInput, type HouseholdMember } from '../domain/eligibility.ts';
import { errorResponses, jsonBody } from '../http/responses.ts';
import { requestLang } from '../http/lang.ts';
import { featureRouter } from '../http/router.ts';
import { translate } from '../i18n/translate.ts';
import { eligibilityRequestSchema, eligibilityResponseSchema, type EligibilityRequest, type EligibilityResponse } from '../schemas/eligibility.ts';
import { withoutUndefined } from './withoutUndefined.ts';

const route = createRoute({
  method: 'post',
  path: '/eligibility',
  summary: '我能申请吗? — an estimate per programme from what the household tells',
  request: { body: jsonBody(eligibilityRequestSchema) },
  responses: {
    200: { description: 'One answer per programme', content: { 'application/json': { schema: eligibilityResponseSchema } } },
    ...errorResponses(400, 413, 415, 422),
  },
});

function toInput(body: EligibilityRequest): EligibilityInput {
  return { ...body, members: body.members.map((m) => withoutUndefined(m) as HouseholdMember) };
}

export const eligibility = featureRouter().openapi(route, (c) => {
  const body = c.req.valid('json');
  const lang = requestLang(c);
  const { regions, provinces, now } = c.get('services');
  const { programmes } = checkEligibility(toInput(body), figuresForCounty(body.county, regions, provinces, now()));
  const answer: EligibilityResponse = {
    programmes: programmes.map(({ reasonKey, reasonParams, noteKeys, ...rest }) => ({
      ...rest,
      reason: translate(lang, `eligibility:${reasonKey}`, reasonParams),
      ...(noteKeys && { notes: noteKeys.map((key) => translate(lang, `eligibility:${key}`)) }),
    })),
    note: translate(lang, 'eligibility:answer.note'),
  };
  return c.json(answer, 200);
});
