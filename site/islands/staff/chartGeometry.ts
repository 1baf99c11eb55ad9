// The dashboard's one chart module: where bars and labels go, in rem (1 unit = the root font size), so a chart drawn
// at that size grows with 关怀版's larger type and nothing in it overlaps. Drawing is Charts.tsx; no chart library.

/** Width of every chart, rem. */
export const CHART_WIDTH = 40;

export interface HorizontalBar {
  label: string;
  value: number;
  /** Row top, rem. */
  y: number;
  /** Bar length, rem. */
  length: number;
}

export interface BarLayout {
  width: number;
  height: number;
  /** Where the bars start (after the labels), rem. */
  barX: number;
  rowHeight: number;
  bars: HorizontalBar[];
}

const VALUE_ROOM = 4;
const ROW = 2.25;
/** Label text size, rem (charts.css). */
const LABEL_SIZE = 1;

/** About how wide a label is drawn, rem: a Han character is a square, Latin letters and digits about half one. */
export function labelWidth(text: string): number {
  return [...text].reduce((w, ch) => w + (/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|\p{Script=Han}/u.test(ch) ? 1 : 0.6), 0) * LABEL_SIZE;
}

/** One horizontal bar per row, longest = the whole bar area; a value of 0 draws no bar but keeps its row. */
export function barLayout(rows: readonly { label: string; value: number }[]): BarLayout {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const labels = Math.min(CHART_WIDTH / 2, Math.max(4, ...rows.map((r) => labelWidth(r.label))) + 1);
  const area = CHART_WIDTH - labels - VALUE_ROOM;
  return {
    width: CHART_WIDTH,
    height: Math.max(1, rows.length) * ROW,
    barX: labels,
    rowHeight: ROW,
    bars: rows.map((r, i) => ({ label: r.label, value: r.value, y: i * ROW, length: (r.value / max) * area })),
  };
}

export interface Column {
  label: string;
  value: number;
  x: number;
  width: number;
  /** Top of the column, rem (the baseline is at `baseline`). */
  y: number;
  /** The whole column lies past the limit. */
  pastLimit: boolean;
}

export interface HistogramLayout {
  width: number;
  height: number;
  baseline: number;
  columns: Column[];
  /** x of the limit line, rem; undefined when no limit is drawn. */
  limitX?: number;
  /** Heights of the value grid lines and their values. */
  ticks: { y: number; value: number }[];
}

const PLOT_TOP = 2.5;
const PLOT_HEIGHT = 12;
const AXIS_ROOM = 3;
const LEFT = 3;

/** Columns for bins of whole numbers (from–to inclusive) and a vertical line just after the value `limit`. */
export function histogramLayout(bins: readonly { from: number; to: number; count: number }[], limit?: number): HistogramLayout {
  const max = Math.max(1, ...bins.map((b) => b.count));
  const step = (CHART_WIDTH - LEFT - 1) / Math.max(1, bins.length);
  const baseline = PLOT_TOP + PLOT_HEIGHT;
  const columns = bins.map((b, i) => ({
    label: b.from === b.to ? String(b.from) : `${b.from}–${b.to}`,
    value: b.count,
    x: LEFT + i * step + step * 0.1,
    width: step * 0.8,
    y: baseline - (b.count / max) * PLOT_HEIGHT,
    pastLimit: limit !== undefined && b.from > limit,
  }));
  const tickValues = [...new Set([0, Math.ceil(max / 2), max])];
  const layout: HistogramLayout = { width: CHART_WIDTH, height: baseline + AXIS_ROOM, baseline, columns, ticks: tickValues.map((value) => ({ value, y: baseline - (value / max) * PLOT_HEIGHT })) };
  const first = bins[0];
  if (limit !== undefined && first) {
    const width = first.to - first.from + 1;
    // Between the last day within the limit and the first day past it, placed by day inside its bin.
    layout.limitX = LEFT + ((limit + 1 - first.from) / width) * step;
  }
  return layout;
}
