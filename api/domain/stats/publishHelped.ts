// What the public may read of the helped cells: each cell shown or suppressed ("<5"), and totals per month and
// programme. Totals add up only the cells that are shown (and say how many were left out), so no total minus the
// cells beside it gives back a suppressed one; a filter only picks cells, so no two answers differ by a hidden cell.
import { isShown } from './smallCells.ts';
import type { HelpedCell } from './helpedCells.ts';

/** Which cells an answer covers; absent = all. Months are YYYY-MM, both ends included. */
export interface HelpedQuery {
  township?: string | undefined;
  programme?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export type PublishedCell =
  | { month: string; programme: string; township: string; suppressed: false; households: number; people: number; amount: number }
  | { month: string; programme: string; township: string; suppressed: true };

/** A month's total of one programme over the cells shown in the answer. */
export interface PublishedTotal {
  month: string;
  programme: string;
  households: number;
  people: number;
  amount: number;
  /** Cells of this month and programme in the answer that were suppressed and are not in the total. */
  cellsLeftOut: number;
}

export interface PublishedHelped {
  cells: PublishedCell[];
  totals: PublishedTotal[];
}

const inQuery = (cell: HelpedCell, q: HelpedQuery) =>
  (q.township === undefined || cell.township === q.township) &&
  (q.programme === undefined || cell.programme === q.programme) &&
  (q.from === undefined || cell.month >= q.from) &&
  (q.to === undefined || cell.month <= q.to);

export function publishHelped(all: readonly HelpedCell[], query: HelpedQuery = {}): PublishedHelped {
  const chosen = all.filter((c) => inQuery(c, query));
  const cells: PublishedCell[] = chosen.map((c) =>
    isShown(c.people)
      ? { month: c.month, programme: c.programme, township: c.township, suppressed: false, households: c.households, people: c.people, amount: c.amount }
      : { month: c.month, programme: c.programme, township: c.township, suppressed: true });
  const totals = new Map<string, PublishedTotal>();
  for (const c of chosen) {
    const key = `${c.month}|${c.programme}`;
    let total = totals.get(key);
    if (!total) totals.set(key, (total = { month: c.month, programme: c.programme, households: 0, people: 0, amount: 0, cellsLeftOut: 0 }));
    if (!isShown(c.people)) {
      total.cellsLeftOut++;
      continue;
    }
    total.households += c.households;
    total.people += c.people;
    total.amount = Math.round((total.amount + c.amount) * 100) / 100;
  }
  return { cells, totals: [...totals.values()] };
}
