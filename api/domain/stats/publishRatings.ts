// 好差评 for the public: per year, how many ratings of each of the five levels (国办发〔2019〕51号) the county got and
// their shares. A level of fewer than 5 ratings shows no figure, and shares are of the ratings shown (saying how many
// levels were left out), so 100 % minus the shown shares never gives a hidden level back.
import { isShown } from './smallCells.ts';

/** 5 非常满意 … 1 非常不满意, best first. */
export const RATING_LEVELS = [5, 4, 3, 2, 1] as const;

export type PublishedLevel = { level: number; suppressed: false; ratings: number; share: number } | { level: number; suppressed: true };

export interface PublishedRatings {
  year: string;
  levels: PublishedLevel[];
  /** Ratings in the levels shown: what the shares are of. */
  shownRatings: number;
  /** Levels that had ratings but fewer than 5. */
  levelsLeftOut: number;
}

export function publishRatings(ratings: readonly { ratedOn: string; level: number }[]): PublishedRatings[] {
  const years = new Map<string, Map<number, number>>();
  for (const r of ratings) {
    const year = r.ratedOn.slice(0, 4);
    let counts = years.get(year);
    if (!counts) years.set(year, (counts = new Map()));
    counts.set(r.level, (counts.get(r.level) ?? 0) + 1);
  }
  return [...years].sort(([a], [b]) => b.localeCompare(a)).map(([year, counts]) => {
    const shown = RATING_LEVELS.filter((l) => isShown(counts.get(l) ?? 0));
    const shownRatings = shown.reduce((n, l) => n + counts.get(l)!, 0);
    const levels: PublishedLevel[] = RATING_LEVELS.filter((l) => counts.has(l)).map((level) => (shown.includes(level)
      ? { level, suppressed: false, ratings: counts.get(level)!, share: Math.round((counts.get(level)! / shownRatings) * 1000) / 1000 }
      : { level, suppressed: true }));
    return { year, levels, shownRatings, levelsLeftOut: levels.filter((l) => l.suppressed).length };
  });
}
