// The roll as CSV for Excel: UTF-8 with a BOM (Excel reads Chinese only then), CRLF, a header row and a totals row.
import type { RollLine, RollTotals } from './paymentRoll.ts';

export interface RollCsvLabels {
  header: readonly string[];
  total: string;
  paid: string;
  unpaid: string;
  programme: (id: string) => string;
}

/** One CSV cell: quoted when needed; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function rollCsv(lines: readonly RollLine[], totals: RollTotals, labels: RollCsvLabels): string {
  const rows: (string | number)[][] = [[...labels.header]];
  lines.forEach((l, i) => rows.push([i + 1, l.caseNumber, labels.programme(l.programme), l.township, l.village ?? '', l.nameMasked, l.householdSize, l.amount.toFixed(2), l.paidOn ? `${labels.paid} ${l.paidOn}` : labels.unpaid]));
  rows.push([labels.total, '', '', '', '', `${totals.households}`, totals.persons, totals.amount.toFixed(2), '']);
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
