// Each bench hands its figures to `npm run bench` as JSON in the file BENCH_JSON names, so the report reads
// numbers rather than scraping the printed text. Without BENCH_JSON a bench only prints, as before.
import { writeFileSync } from 'node:fs';

export interface BenchRow {
  figure: string;
  value: number | string;
  unit?: string;
  baseline?: { name: string; value: number | string; unit?: string };
  /** Given when the bench computes its own ratio (e.g. a median of per-round ratios); otherwise value ÷ baseline. */
  ratio?: number;
  target?: string;
  verdict?: 'PASS' | 'FAIL';
}

export interface BenchSection {
  /** Sections the report looks for by name: 'processes' (1 vs 2 API processes) and 'sqld' (sqld vs embedded file). */
  id?: string;
  title: string;
  rows: BenchRow[];
  notes?: string[];
}

export function recordBench(sections: BenchSection[], extra: Record<string, unknown> = {}): void {
  if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify({ sections, ...extra }, null, 2));
}
