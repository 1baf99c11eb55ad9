// The decided cases of a jurisdiction, read from their audit events: the day each was first accepted and the day of
// the first decision after it (批准 or 不予批准), timed against the limits of the case's own path.
import { casePath } from '../cases/casePath.ts';
import { decisionTimer } from '../domain/stats/decisionTimer.ts';
import type { DecisionTime } from '../domain/stats/decisionTimes.ts';
import type { Services } from '../services.ts';
import { placeCondition, type StatsPlace } from './statsPlace.ts';

const sqlFor = (where: string) => `SELECT e.case_id, e.kind, e."on", c.programme, c.county, c.township, c.requested_amount
  FROM cases c JOIN audit_events e ON e.case_id = c.id
  WHERE ${where} AND e.kind IN ('accepted', 'approved', 'refused') ORDER BY e.id`;

interface Found {
  row: { programme: string; county: string; township: string; requestedAmount: number | null };
  acceptedOn?: string;
  decided?: { outcome: 'approved' | 'refused'; on: string };
}

export async function decidedCases(services: Services, place: StatsPlace): Promise<DecisionTime[]> {
  const where = placeCondition(place, 'c');
  const { rows } = await services.client.execute({ sql: sqlFor(where.sql), args: where.args });
  const found = new Map<number, Found>();
  for (const r of rows) {
    const id = Number(r[0]);
    let f = found.get(id);
    if (!f) found.set(id, (f = { row: { programme: String(r[3]), county: String(r[4]), township: String(r[5]), requestedAmount: r[6] === null ? null : Number(r[6]) } }));
    const kind = String(r[1]);
    if (kind === 'accepted') f.acceptedOn ??= String(r[2]);
    else if (f.acceptedOn && !f.decided) f.decided = { outcome: kind as 'approved' | 'refused', on: String(r[2]) };
  }
  const times: DecisionTime[] = [];
  const time = decisionTimer(services.calendar);
  // Cases of one programme, county and amount asked go the same path: it is worked out once.
  const paths = new Map<string, ReturnType<typeof casePath>['steps']>();
  for (const f of found.values()) {
    if (!f.acceptedOn || !f.decided) continue;
    const pathKey = `${f.row.programme}|${f.row.county}|${f.row.requestedAmount}`;
    let steps = paths.get(pathKey);
    if (!steps) paths.set(pathKey, (steps = casePath(services, f.row).steps));
    const decided = { programme: f.row.programme, township: f.row.township, outcome: f.decided.outcome, acceptedOn: f.acceptedOn, decidedOn: f.decided.on };
    times.push(time(decided, steps, pathKey));
  }
  return times;
}
