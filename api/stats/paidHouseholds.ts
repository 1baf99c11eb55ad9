// Every payment of a county's cases with the programme, township and household size of its case, for the statistics.
// The household size is the case's member rows (一户一案's keyed hashes, the applicant included): no claim is opened.
import type { PaidHousehold } from '../domain/stats/helpedCells.ts';
import type { Services } from '../services.ts';

const SQL = `SELECT p.case_id, c.programme, c.township, p.month, p.amount,
  (SELECT count(*) FROM case_members m WHERE m.case_id = c.id) AS people
  FROM cases c JOIN payments p ON p.case_id = c.id WHERE c.county = ?`;

export async function paidHouseholds(services: Services, county: string): Promise<PaidHousehold[]> {
  const { rows } = await services.client.execute({ sql: SQL, args: [county] });
  return rows.map((r) => ({ caseId: Number(r[0]), programme: String(r[1]), township: String(r[2]), month: String(r[3]), amount: Number(r[4]), people: Number(r[5]) }));
}
