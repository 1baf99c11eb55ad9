// A county's helped cells, summed by the database: per month, programme and township, the households paid (one
// payment per case and month), their people (each case's member rows, the applicant included: no claim is opened)
// and the amount. The same figures helpedCells (api/domain/stats/helpedCells.ts) makes from single payments.
import type { HelpedCell } from '../domain/stats/helpedCells.ts';
import type { Services } from '../services.ts';

const SQL = `SELECT p.month, c.programme, c.township, count(*),
  sum((SELECT count(*) FROM case_members m WHERE m.case_id = c.id)), sum(p.amount)
  FROM cases c JOIN payments p ON p.case_id = c.id WHERE c.county = ? GROUP BY 1, 2, 3`;

export async function helpedCellsOf(services: Services, county: string): Promise<HelpedCell[]> {
  const { rows } = await services.client.execute({ sql: SQL, args: [county] });
  return rows
    .map((r) => ({ month: String(r[0]), programme: String(r[1]), township: String(r[2]), households: Number(r[3]), people: Number(r[4]), amount: Math.round(Number(r[5]) * 100) / 100 }))
    .sort((a, b) => b.month.localeCompare(a.month) || a.programme.localeCompare(b.programme) || a.township.localeCompare(b.township, 'zh-CN'));
}
