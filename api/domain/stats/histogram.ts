// Bins of equal width for a distribution chart: from 0 up to the largest value (or the limit, if further).

export interface Bin {
  /** First value in the bin. */
  from: number;
  /** Last value in the bin. */
  to: number;
  count: number;
}

/** Whole-number values in bins of `width`, covering 0 … max(values, reach); empty bins are kept so the axis is even. */
export function histogram(values: readonly number[], width: number, reach = 0): Bin[] {
  const top = Math.max(reach, ...values, 0);
  const bins: Bin[] = Array.from({ length: Math.floor(top / width) + 1 }, (_, i) => ({ from: i * width, to: i * width + width - 1, count: 0 }));
  for (const v of values) bins[Math.floor(Math.max(0, v) / width)]!.count++;
  return bins;
}
