// Households and people helped per programme, township and month: a cell of the public statistics before suppression
// (the database sums them from the payments: api/stats/helpedCellsOf.ts).

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
