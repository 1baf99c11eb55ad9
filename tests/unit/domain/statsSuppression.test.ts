// Small-cell suppression of the public statistics, proved on random data: for any county's payments and decisions,
// changing what lies in a suppressed cell (to anything else that would also be suppressed) changes no answer to any
// query. So nothing any query answers — cells, totals, medians, under every combination of filters — depends on a
// suppressed cell's value, and no subtraction of published figures can give it back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellKey, type HelpedCell } from '../../../api/domain/stats/helpedCells.ts';
import { publicStats, type StatsSource } from '../../../api/domain/stats/publicStats.ts';
import type { HelpedQuery } from '../../../api/domain/stats/publishHelped.ts';
import { MIN_CELL_PEOPLE } from '../../../api/domain/stats/smallCells.ts';

// The payments as rows, and the cells they make, as the database's GROUP BY in api/stats/helpedCellsOf.ts makes them.
/** One payment of a case, with what the statistics need of its case: no name, no number, no village. */
interface PaidHousehold {
  /** The case's id, so a household paid twice in a month is counted once. */
  caseId: number;
  programme: string;
  township: string;
  /** Month paid for, YYYY-MM. */
  month: string;
  /** Members of the household (the case's household size). */
  people: number;
  /** Yuan paid. */
  amount: number;
}

/** Sums to the fen, as the payments table holds them. */
const yuan = (n: number) => Math.round(n * 100) / 100;

/** The cells of the payments given, newest month first, then programme and township. */
function helpedCells(rows: readonly PaidHousehold[]): HelpedCell[] {
  const cells = new Map<string, HelpedCell & { cases: Set<number> }>();
  for (const row of rows) {
    const key = cellKey(row);
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { month: row.month, programme: row.programme, township: row.township, households: 0, people: 0, amount: 0, cases: new Set() }));
    if (!cell.cases.has(row.caseId)) {
      cell.cases.add(row.caseId);
      cell.households++;
      cell.people += row.people;
    }
    cell.amount = yuan(cell.amount + row.amount);
  }
  return [...cells.values()]
    .map(({ cases: _, ...cell }) => cell)
    .sort((a, b) => b.month.localeCompare(a.month) || a.programme.localeCompare(b.programme) || a.township.localeCompare(b.township, 'zh-CN'));
}

const TOWNSHIPS = ['林城镇', '坪村镇', '广坪镇', '马鞍镇'];
const PROGRAMMES = ['dibao', 'tekun', 'canji-butie'];
const MONTHS = ['2026-09', '2026-10', '2026-11'];
const YEARS = ['2025', '2026'];

/** Every query the API takes: each township or none, each programme or none, every month range. */
const QUERIES: HelpedQuery[] = (() => {
  const ends = [undefined, ...MONTHS];
  const queries: HelpedQuery[] = [];
  for (const township of [undefined, ...TOWNSHIPS])
    for (const programme of [undefined, ...PROGRAMMES])
      for (const from of ends)
        for (const to of ends) if (!from || !to || from <= to) queries.push({ township, programme, from, to });
  return queries;
})();

/** A county's raw figures: its payments (one row each) and its decisions. */
interface Raw {
  payments: PaidHousehold[];
  decisions: StatsSource['decisions'];
  ratings: StatsSource['ratings'];
}

/** What the API answers for every query, from the cells the payments make (as the database's GROUP BY makes them). */
const answers = (raw: Raw, answer = publicStats) => {
  const source = { cells: helpedCells(raw.payments), decisions: raw.decisions, ratings: raw.ratings };
  return QUERIES.map((q) => answer(source, q));
};

type Household = { programme: string; township: string; people: number; months: string[]; amount: number };
type Decision = { programme: string; year: string; workingDays: number };
type SmallHousehold = { people: number; amount: number };
type Rating = { year: string; level: number };

const amount = fc.integer({ min: 1, max: 300_000 }).map((fen) => fen / 100);
/** A household paid in some months of one programme and township. */
const household: fc.Arbitrary<Household> = fc.record({
  programme: fc.constantFrom(...PROGRAMMES),
  township: fc.constantFrom(...TOWNSHIPS),
  people: fc.integer({ min: 1, max: 7 }),
  months: fc.subarray(MONTHS, { minLength: 1 }),
  amount,
});
const decision: fc.Arbitrary<Decision> = fc.record({ programme: fc.constantFrom(...PROGRAMMES), year: fc.constantFrom(...YEARS), workingDays: fc.integer({ min: 1, max: 60 }) });
const rating: fc.Arbitrary<Rating> = fc.record({ year: fc.constantFrom(...YEARS), level: fc.integer({ min: 1, max: 5 }) });
/** What could lie in a suppressed cell instead: 1–4 people in 1–4 households. */
const smallCell: fc.Arbitrary<SmallHousehold[]> = fc.array(fc.record({ people: fc.integer({ min: 1, max: 4 }), amount }), { minLength: 1, maxLength: 4 })
  .filter((hs) => hs.reduce((n, h) => n + h.people, 0) < MIN_CELL_PEOPLE);
const smallGroup = fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: MIN_CELL_PEOPLE - 1 });

function sourceOf(households: Household[], decisions: Decision[], ratings: Rating[] = []): Raw {
  const payments: PaidHousehold[] = households.flatMap((h, caseId) => h.months.map((month) => ({ caseId, programme: h.programme, township: h.township, month, people: h.people, amount: h.amount })));
  return { payments, decisions: decisions.map((d, i) => ({ programme: d.programme, decidedOn: `${d.year}-0${1 + (i % 9)}-15`, workingDays: d.workingDays })), ratings: ratings.map((r, i) => ({ ratedOn: `${r.year}-1${i % 3}-0${1 + (i % 9)}`, level: r.level })) };
}

/** The same source with one payment cell's households replaced by others (new case ids, nowhere else). */
function withCellReplaced(source: Raw, key: string, replacement: SmallHousehold[]): Raw {
  const [month, programme, township] = key.split('|') as [string, string, string];
  const kept = source.payments.filter((p) => cellKey(p) !== key);
  const fresh = replacement.map((h, i) => ({ caseId: 1_000_000 + i, programme, township, month, people: h.people, amount: h.amount }));
  return { ...source, payments: [...kept, ...fresh] };
}

/** The same source with one programme-year's decisions replaced by a few others. */
function withGroupReplaced(source: Raw, programme: string, year: string, days: number[]): Raw {
  const kept = source.decisions.filter((d) => !(d.programme === programme && d.decidedOn.startsWith(year)));
  return { ...source, decisions: [...kept, ...days.map((workingDays) => ({ programme, decidedOn: `${year}-06-30`, workingDays }))] };
}

/** The same source with one year's ratings of one level replaced by `count` others (still under 5). */
function withLevelReplaced(source: Raw, year: string, level: number, count: number): Raw {
  const kept = source.ratings.filter((r) => !(r.level === level && r.ratedOn.startsWith(year)));
  return { ...source, ratings: [...kept, ...Array.from({ length: count }, () => ({ ratedOn: `${year}-07-01`, level }))] };
}

const smallLevels = (source: Raw) => {
  const sizes = new Map<string, number>();
  for (const r of source.ratings) sizes.set(`${r.ratedOn.slice(0, 4)}|${r.level}`, (sizes.get(`${r.ratedOn.slice(0, 4)}|${r.level}`) ?? 0) + 1);
  return [...sizes].filter(([, n]) => n < MIN_CELL_PEOPLE).map(([k]) => k.split('|') as [string, string]);
};

const smallCellKeys = (source: Raw) => helpedCells(source.payments).filter((c) => c.people < MIN_CELL_PEOPLE).map(cellKey);
const smallGroups = (source: Raw) => {
  const sizes = new Map<string, number>();
  for (const d of source.decisions) sizes.set(`${d.programme}|${d.decidedOn.slice(0, 4)}`, (sizes.get(`${d.programme}|${d.decidedOn.slice(0, 4)}`) ?? 0) + 1);
  return [...sizes].filter(([, n]) => n < MIN_CELL_PEOPLE).map(([k]) => k.split('|') as [string, string]);
};

/** The property, for an answering function: a hidden cell or group can be anything small without any answer changing. */
function hidesSmallCells(answer: typeof publicStats) {
  // size 'max': arrays up to their full length, so groups of 5 and more (shown) sit beside small ones (suppressed).
  return fc.property(fc.array(household, { maxLength: 30, size: 'max' }), fc.array(decision, { maxLength: 40, size: 'max' }), fc.array(rating, { maxLength: 60, size: 'max' }), fc.nat(), smallCell, smallGroup, (households, decisions, ratings, pick, replacement, days) => {
    const source = sourceOf(households, decisions, ratings);
    const before = answers(source, answer);
    const cells = smallCellKeys(source);
    if (cells.length > 0) expect(answers(withCellReplaced(source, cells[pick % cells.length]!, replacement), answer)).toEqual(before);
    const groups = smallGroups(source);
    if (groups.length > 0) {
      const [programme, year] = groups[pick % groups.length]!;
      expect(answers(withGroupReplaced(source, programme, year, days), answer)).toEqual(before);
    }
    const levels = smallLevels(source);
    if (levels.length > 0) {
      const [year, level] = levels[pick % levels.length]!;
      expect(answers(withLevelReplaced(source, year, Number(level), days.length), answer)).toEqual(before);
    }
  });
}

describe('public statistics: small-cell suppression', () => {
  it('no answer to any query changes when a suppressed cell, median group or rating level holds something else', () => {
    fc.assert(hidesSmallCells(publicStats), { numRuns: 100 });
  });

  it('a cell under 5 people shows no figure at all, only that it is suppressed', () => {
    fc.assert(fc.property(fc.array(household, { maxLength: 40 }), (households) => {
      const source = sourceOf(households, []);
      const truth = new Map(helpedCells(source.payments).map((c) => [cellKey(c), c]));
      for (const cell of publicStats({ cells: helpedCells(source.payments), decisions: [], ratings: [] }).cells) {
        const people = truth.get(cellKey(cell))!.people;
        if (people < MIN_CELL_PEOPLE) expect(cell).toEqual({ month: cell.month, programme: cell.programme, township: cell.township, suppressed: true });
        else expect(cell).toMatchObject({ suppressed: false, people });
      }
    }));
  });

  it('the check is not empty: totals over every cell, hidden ones too, are caught giving a hidden cell away', () => {
    const trueTotals: typeof publicStats = (source, query) => {
      const published = publicStats(source, query);
      const chosen = source.cells.filter((c) => published.cells.some((p) => cellKey(p) === cellKey(c)));
      const totals = published.totals.map((t) => ({ ...t, people: chosen.filter((c) => c.month === t.month && c.programme === t.programme).reduce((n, c) => n + c.people, 0) }));
      return { ...published, totals };
    };
    expect(fc.check(hidesSmallCells(trueTotals), { numRuns: 300, endOnFailure: true }).failed).toBe(true);
  });

  it('the check is not empty: rating shares of all ratings, hidden levels too, are caught giving a hidden level away', () => {
    const sharesOfAll: typeof publicStats = (source, query) => {
      const published = publicStats(source, query);
      const ratings = published.ratings.map((y) => {
        const all = source.ratings.filter((r) => r.ratedOn.startsWith(y.year)).length;
        return { ...y, levels: y.levels.map((l) => (l.suppressed ? l : { ...l, share: l.ratings / all })) };
      });
      return { ...published, ratings };
    };
    expect(fc.check(hidesSmallCells(sharesOfAll), { numRuns: 300, endOnFailure: true }).failed).toBe(true);
  });
});
