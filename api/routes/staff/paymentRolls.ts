// The monthly 发放名册: read it (JSON for the printable page, CSV for Excel), then record it paid in one action.
import { createRoute, z } from '@hono/zod-openapi';
import { rollCsv } from '../../domain/payments/rollCsv.ts';
import { requestLang } from '../../http/lang.ts';
import { errorResponses, jsonBody } from '../../http/responses.ts';
import { featureRouter } from '../../http/router.ts';
import { translate, type Lang } from '../../i18n/translate.ts';
import { paymentRoll, rollPlace, type PaymentRoll } from '../../payments/paymentRoll.ts';
import { payRoll } from '../../payments/payRoll.ts';
import { paymentRollCsvParamSchema, paymentRollMonthParamSchema, paymentRollQuerySchema, paymentRollSchema, paymentRollTownshipQuerySchema, payRollRequestSchema, payRollResponseSchema } from '../../schemas/paymentRoll.ts';
import { requireStaff } from '../../staff/access.ts';
import { CASE_READERS } from '../../staff/staffRoles.ts';

const read = createRoute({
  method: 'get',
  path: '/staff/payment-rolls',
  summary: 'Staff: a month\'s payment roll of the county or one township (township roles: their own only; another answers 404)',
  request: { query: paymentRollQuerySchema },
  responses: { 200: { description: 'The roll', content: { 'application/json': { schema: paymentRollSchema } } }, ...errorResponses(401, 403, 404, 422) },
});

const csv = createRoute({
  method: 'get',
  path: '/staff/payment-rolls/{file}',
  summary: 'Staff: the roll as CSV (UTF-8 with BOM for Excel, a header row and a totals row); file is YYYY-MM.csv',
  request: { params: paymentRollCsvParamSchema, query: paymentRollTownshipQuerySchema },
  responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } }, ...errorResponses(401, 403, 404, 422) },
});

const paid = createRoute({
  method: 'post',
  path: '/staff/payment-rolls/{month}/paid',
  summary: 'County approver: record the whole roll paid in one transaction (x-csrf-token); lines already paid are left alone',
  description: '409 roll_changed: the roll no longer has the households and total sent (it was printed before a change): read it again. 422 roll_month_future: a month not yet begun.',
  request: { params: paymentRollMonthParamSchema, body: jsonBody(payRollRequestSchema) },
  responses: { 200: { description: 'Recorded', content: { 'application/json': { schema: payRollResponseSchema } } }, ...errorResponses(400, 401, 403, 404, 409, 415, 422, 503) },
});

function csvOf(roll: PaymentRoll, lang: Lang): string {
  const s = (key: string) => translate(lang, `staff:roll.${key}`);
  const header = ['col.index', 'col.caseNumber', 'col.programme', 'col.township', 'col.village', 'col.name', 'col.persons', 'col.amount', 'col.state'].map(s);
  return rollCsv(roll.lines, roll.totals, { header, total: s('total'), paid: s('paid'), unpaid: s('unpaid'), programme: (id) => translate(lang, `staff:roll.programme.${id}`) });
}

export const staffPaymentRolls = featureRouter()
  .openapi(read, async (c) => {
    const account = await requireStaff(c, CASE_READERS);
    const { month, township } = c.req.valid('query');
    const services = c.get('services');
    return c.json(await paymentRoll(services, services.db, rollPlace(account, township), month), 200);
  })
  .openapi(csv, async (c) => {
    const account = await requireStaff(c, CASE_READERS);
    const month = c.req.valid('param').file.slice(0, 7);
    const services = c.get('services');
    const place = rollPlace(account, c.req.valid('query').township);
    const roll = await paymentRoll(services, services.db, place, month);
    const name = `payment-roll-${month}${place.township ? `-${encodeURIComponent(place.township)}` : ''}.csv`;
    return c.body(csvOf(roll, requestLang(c)), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="payment-roll-${month}.csv"; filename*=UTF-8''${name}` });
  })
  .openapi(paid, async (c) => {
    const account = await requireStaff(c, ['county-approver']);
    const body = c.req.valid('json');
    const month = c.req.valid('param').month;
    const done = await payRoll(c.get('services'), account, { month, place: rollPlace(account, body.township), paidOn: body.paidOn, expected: { households: body.households, amount: body.amount } });
    return c.json(done, 200);
  });
