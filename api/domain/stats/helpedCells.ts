// Households and people helped per programme, township and month, from the payments made (one row per payment).

/** One payment of a case, with what the statistics need of its case: no name, no number, no village. */
export interface PaidHousehold {
  /** The case's id, so a household paid twice in a month is counted once. */
  caseId: number;
  programme: string;
  township: string;
  /** Month paid for, YYYY-MM. */
  month: string;
  /** Members of the household (the case's household size). */
  people: number;
  /** Yuan paid. */
  amount: number;
}

/** The true figures of one cell, before suppression. */
export interface HelpedCell {
  month: string;
  programme: string;
  township: string;
  households: number;
  people: number;
  amount: number;
}

export const cellKey = (c: Pick<HelpedCell, 'month' | 'programme' | 'township'>) => `${c.month}|${c.programme}|${c.township}`;

/** Sums to the fen, as the payments table holds them. */
const yuan = (n: number) => Math.round(n * 100) / 100;

/** The cells of the payments given, newest month first, then programme and township. */
export function helpedCells(rows: readonly PaidHousehold[]): HelpedCell[] {
  const cells = new Map<string, HelpedCell & { cases: Set<number> }>();
  for (const row of rows) {
    const key = cellKey(row);
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { month: row.month, programme: row.programme, township: row.township, households: 0, people: 0, amount: 0, cases: new Set() }));
    if (!cell.cases.has(row.caseId)) {
      cell.cases.add(row.caseId);
      cell.households++;
      cell.people += row.people;
    }
    cell.amount = yuan(cell.amount + row.amount);
  }
  return [...cells.values()]
    .map(({ cases: _, ...cell }) => cell)
    .sort((a, b) => b.month.localeCompare(a.month) || a.programme.localeCompare(b.programme) || a.township.localeCompare(b.township, 'zh-CN'));
}
