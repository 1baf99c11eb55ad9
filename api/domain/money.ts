// Amounts of money in yuan.

/** Rounded to the fen (2 decimals), with binary floating-point noise (0.1 + 0.2) removed first. */
export function roundYuan(amount: number): number {
  return Math.round(Number((amount * 100).toPrecision(12))) / 100;
}
