// How long filings from the public wait for their answer (异议 to a 公示 now; 举报 and 差评 follow-ups use the same):
// open and answered per township, the distribution of days to the answer, and how long the oldest open one has waited.
import { median } from './decisionTimes.ts';
import { histogram, type Bin } from './histogram.ts';

export interface Filing {
  township: string;
  raisedOn: string;
  /** Day answered (the finding recorded); null while open. */
  answeredOn: string | null;
  /** How it ended (continued, upheld, answered …); the kinds counted per township. */
  outcome: string;
}

export interface AnswerSummary {
  byTownship: { township: string; open: number; outcomes: Record<string, number> }[];
  answered: number;
  open: number;
  medianDays?: number;
  /** Days from raising to answer, in bins of `BIN_DAYS`. */
  bins: Bin[];
  /** Days the longest-waiting open filing has waited up to today. */
  oldestOpenDays?: number;
}

export const ANSWER_BIN_DAYS = 5;

/** `days(from, to)`: the counting the filing's rule uses (working days for 异议, natural days for 信访). */
export function answerSummary(filings: readonly Filing[], today: string, days: (from: string, to: string) => number): AnswerSummary {
  const byTownship = new Map<string, { township: string; open: number; outcomes: Record<string, number> }>();
  const taken: number[] = [];
  let oldest: number | undefined;
  for (const f of filings) {
    let t = byTownship.get(f.township);
    if (!t) byTownship.set(f.township, (t = { township: f.township, open: 0, outcomes: {} }));
    if (f.answeredOn === null) {
      t.open++;
      const waited = days(f.raisedOn, today);
      oldest = Math.max(oldest ?? 0, waited);
    } else {
      t.outcomes[f.outcome] = (t.outcomes[f.outcome] ?? 0) + 1;
      taken.push(days(f.raisedOn, f.answeredOn));
    }
  }
  const middle = median(taken);
  return {
    byTownship: [...byTownship.values()].sort((a, b) => a.township.localeCompare(b.township, 'zh-CN')),
    answered: taken.length,
    open: filings.length - taken.length,
    ...(middle !== undefined ? { medianDays: middle } : {}),
    bins: taken.length ? histogram(taken, ANSWER_BIN_DAYS) : [],
    ...(oldest !== undefined ? { oldestOpenDays: oldest } : {}),
  };
}
