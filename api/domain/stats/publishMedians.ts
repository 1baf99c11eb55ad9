// The public's median time to decision: per programme and year of decision over the whole county, shown only over
// five decisions or more. No township split and no total over programmes: a group is never part of another that
// is published, so a small group's days cannot be read off a larger one.
import { median } from './decisionTimes.ts';
import { isShown } from './smallCells.ts';

export type PublishedMedian =
  | { programme: string; year: string; suppressed: false; decisions: number; medianWorkingDays: number }
  | { programme: string; year: string; suppressed: true };

export function publishMedians(decisions: readonly { programme: string; decidedOn: string; workingDays: number }[]): PublishedMedian[] {
  const groups = new Map<string, { programme: string; year: string; days: number[] }>();
  for (const d of decisions) {
    const year = d.decidedOn.slice(0, 4);
    const key = `${d.programme}|${year}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { programme: d.programme, year, days: [] }));
    group.days.push(d.workingDays);
  }
  return [...groups.values()]
    .sort((a, b) => b.year.localeCompare(a.year) || a.programme.localeCompare(b.programme))
    .map((g) => (isShown(g.days.length)
      ? { programme: g.programme, year: g.year, suppressed: false, decisions: g.days.length, medianWorkingDays: median(g.days)! }
      : { programme: g.programme, year: g.year, suppressed: true }));
}
