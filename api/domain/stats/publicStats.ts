// The whole public answer of GET /api/stats from the county's raw figures: the one function the route calls and the
// suppression property test (tests/unit/domain/statsSuppression.test.ts) proves no hidden cell can be read from.
import type { HelpedCell } from './helpedCells.ts';
import { MIN_CELL_PEOPLE } from './smallCells.ts';
import { publishHelped, type HelpedQuery, type PublishedHelped } from './publishHelped.ts';
import { publishMedians, type PublishedMedian } from './publishMedians.ts';
import { publishRatings, type PublishedRatings } from './publishRatings.ts';

/** What the statistics are made from: the true cells of the payments (helpedCells) and the decisions, nothing that names a person. */
export interface StatsSource {
  cells: readonly HelpedCell[];
  decisions: readonly { programme: string; decidedOn: string; workingDays: number }[];
  /** 好差评 given in the county: the day and the level (1–5) only. */
  ratings: readonly { ratedOn: string; level: number }[];
}

export interface PublicStats extends PublishedHelped {
  /** Cells under this many people are suppressed. */
  minCellPeople: number;
  /** Months that have any payment, newest first (whatever the filter), so a page can offer them. */
  months: string[];
  medians: PublishedMedian[];
  /** 好差评 shares per year, county-wide (not filtered). */
  ratings: PublishedRatings[];
}

export function publicStats(source: StatsSource, query: HelpedQuery = {}): PublicStats {
  const { cells } = source;
  return {
    minCellPeople: MIN_CELL_PEOPLE,
    months: [...new Set(cells.map((c) => c.month))],
    ...publishHelped(cells, query),
    medians: publishMedians(source.decisions),
    ratings: publishRatings(source.ratings),
  };
}
