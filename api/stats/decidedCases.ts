// The decided cases of a place, from their audit events: each case's first acceptance and the first decision after it
// (批准 or 不予批准) and the last finding on an objection before it, found through the (case, kind, day) index and
// counted by the database per path and days, then timed against the limits of that path.
import { workflowContext } from '../content/workflows.ts';
import { regionForCounty } from '../domain/localStandards.ts';
import { workflowSteps, type ApplyProgramme, type StepDefinition } from '../domain/workflow.ts';
import { decisionTimer } from '../domain/stats/decisionTimer.ts';
import type { DecisionTime } from '../domain/stats/decisionTimes.ts';
import type { Services } from '../services.ts';
import { placeCondition, type StatsPlace } from './statsPlace.ts';

const sqlFor = (where: string) => `SELECT c.programme, c.county, c.township, c.requested_amount, a."on", d.kind, d."on",
  (SELECT max(z."on") FROM audit_events z WHERE z.case_id = c.id AND z.kind = 'objection-resolved' AND z.id < d.id),
  EXISTS (SELECT 1 FROM audit_events n WHERE n.case_id = c.id AND n.kind = 'notice-published'),
  EXISTS (SELECT 1 FROM audit_events f WHERE f.case_id = c.id AND f.kind = 'paid-first'), count(*)
  FROM cases c
  JOIN audit_events a ON a.id = (SELECT min(x.id) FROM audit_events x WHERE x.case_id = c.id AND x.kind = 'accepted')
  JOIN audit_events d ON d.id = (SELECT min(y.id) FROM audit_events y WHERE y.case_id = c.id AND y.kind IN ('approved', 'refused') AND y.id > a.id)
  WHERE ${where} GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`;

/**
 * The path a decided case went, from what its events show, without opening its sealed claim: a programme that posts no
 * 公示 for minors (特困) had a minor applicant when no notice was published; 先行救助 skips what its workflow says.
 */
function pathOf(services: Services, row: { programme: string; county: string; requestedAmount: number | null }, noticed: boolean, paidFirst: boolean): StepDefinition[] {
  const programme = row.programme as ApplyProgramme;
  const workflow = services.workflows[programme];
  const minorApplicant = !noticed && workflow.steps.some((s) => s.notForMinors);
  return workflowSteps(workflow, workflowContext(regionForCounty(row.county, services.regions), programme, { requestedAmount: row.requestedAmount, minorApplicant, paidFirst }));
}

/** One entry per decided case (cases decided alike share one object). */
export async function decidedCases(services: Services, place: StatsPlace): Promise<DecisionTime[]> {
  const where = placeCondition(place, 'c');
  const { rows } = await services.client.execute({ sql: sqlFor(where.sql), args: where.args });
  const time = decisionTimer(services.calendar);
  // Cases of one programme, county, amount asked and facts go the same path: it is worked out once.
  const paths = new Map<string, StepDefinition[]>();
  const times: DecisionTime[] = [];
  for (const r of rows) {
    const row = { programme: String(r[0]), county: String(r[1]), township: String(r[2]), requestedAmount: r[3] === null ? null : Number(r[3]) };
    const noticed = Number(r[8]) === 1;
    const paidFirst = Number(r[9]) === 1;
    const pathKey = `${row.programme}|${row.county}|${row.requestedAmount}|${noticed}|${paidFirst}`;
    let steps = paths.get(pathKey);
    if (!steps) paths.set(pathKey, (steps = pathOf(services, row, noticed, paidFirst)));
    const decided = time({ programme: row.programme, township: row.township, outcome: r[5] as 'approved' | 'refused', acceptedOn: String(r[4]), decidedOn: String(r[6]), resumedOn: r[7] === null ? undefined : String(r[7]) }, steps, pathKey);
    for (let n = Number(r[10]); n > 0; n--) times.push(decided);
  }
  return times;
}
