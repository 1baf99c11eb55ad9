// The county's view of time to decision, per programme: the distribution of working days from acceptance to decision
// with the limit the path sets, not only the mean (issue 10).
import { median, type DecisionTime } from './decisionTimes.ts';
import { histogram, type Bin } from './histogram.ts';

/** Working days per bar of the distribution. */
export const BIN_WORKING_DAYS = 5;

export interface DecisionSummary {
  programme: string;
  decisions: number;
  approved: number;
  refused: number;
  medianWorkingDays: number;
  meanWorkingDays: number;
  /** The limit most of the programme's cases had (each case is judged against its own: holidays move it). */
  limitWorkingDays: number;
  overLimit: number;
  /** Some day counted lies past the holiday calendar: the counts are estimates. */
  estimated: boolean;
  bins: Bin[];
}

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

export function decisionSummaries(times: readonly DecisionTime[]): DecisionSummary[] {
  const byProgramme = new Map<string, DecisionTime[]>();
  for (const t of times) {
    const list = byProgramme.get(t.programme);
    if (list) list.push(t);
    else byProgramme.set(t.programme, [t]);
  }
  return [...byProgramme].sort(([a], [b]) => a.localeCompare(b)).map(([programme, list]) => {
    const days = list.map((t) => t.workingDays);
    const limitWorkingDays = mostCommon(list.map((t) => t.limitWorkingDays));
    return {
      programme,
      decisions: list.length,
      approved: list.filter((t) => t.outcome === 'approved').length,
      refused: list.filter((t) => t.outcome === 'refused').length,
      medianWorkingDays: median(days)!,
      meanWorkingDays: Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10,
      limitWorkingDays,
      overLimit: list.filter((t) => t.overLimit).length,
      estimated: list.some((t) => !t.covered),
      bins: histogram(days, BIN_WORKING_DAYS, limitWorkingDays),
    };
  });
}
