// Issue 10, "numbers for the public" and "pictures for the county": GET /api/stats and GET /api/staff/dashboard on a
// real database, from a known set of 会同县 cases moved through takeAction as staff move them.
import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './testApp.ts';
import { staffMember, type StaffMember } from './staffAccounts.ts';
import { movedToNotice } from './noticeCases.ts';
import { act, queryCodes, seedKnownCases, submit } from './statsCases.ts';

let clock = '2026-10-08T02:00:00.000Z';
let t: Awaited<ReturnType<typeof testApp>>;
let filed: Record<string, string> = {};
const who: Record<string, StaffMember> = {};

beforeAll(async () => {
  t = await testApp({ now: () => new Date(clock) });
  filed = await seedKnownCases(t, (iso) => { clock = iso; });
  who['lcClerk'] = await staffMember(t, 'lc-clerk', 'township-clerk');
  who['pcClerk'] = await staffMember(t, 'pc-clerk', 'township-clerk', { township: '坪村镇' });
  who['approver'] = await staffMember(t, 'approver', 'county-approver');
  who['otherCounty'] = await staffMember(t, 'wa-approver', 'county-approver', { county: '522725' });
});

type Stats = {
  minCellPeople: number;
  months: string[];
  cells: ({ month: string; programme: string; township: string; suppressed: boolean; households?: number; people?: number; amount?: number })[];
  totals: { month: string; programme: string; households: number; people: number; amount: number; cellsLeftOut: number }[];
  medians: { programme: string; year: string; suppressed: boolean; decisions?: number; medianWorkingDays?: number }[];
  ratings: { year: string; levels: { level: number; suppressed: boolean; ratings?: number; share?: number }[]; shownRatings: number; levelsLeftOut: number }[];
};
const stats = async (query: string) => {
  const res = await t.app.request(`/api/stats?${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Stats;
};

describe('GET /api/stats', () => {
  it('gives households, people and amounts paid per programme, township and month; a cell under 5 people only says it is suppressed', async () => {
    const res = await t.app.request('/api/stats?county=431225');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    const body = (await res.json()) as Stats;
    expect(body.minCellPeople).toBe(5);
    expect(body.months).toEqual(['2026-12', '2026-11']);
    expect(body.cells).toEqual([
      // 2026-12: the households of 3 and 1 were paid: 4 people, under 5.
      { month: '2026-12', programme: 'dibao', township: '林城镇', suppressed: true },
      // Townships in pinyin order: 林城镇 (lín) before 坪村镇 (píng).
      { month: '2026-11', programme: 'dibao', township: '林城镇', suppressed: false, households: 3, people: 7, amount: 1300.5 },
      { month: '2026-11', programme: 'dibao', township: '坪村镇', suppressed: true },
    ]);
    // The totals add up the cells shown, and say how many were left out: 坪村镇's 333 元 and 2 people are in no figure.
    expect(body.totals).toEqual([
      { month: '2026-12', programme: 'dibao', households: 0, people: 0, amount: 0, cellsLeftOut: 1 },
      { month: '2026-11', programme: 'dibao', households: 3, people: 7, amount: 1300.5, cellsLeftOut: 1 },
    ]);
    const text = JSON.stringify(body);
    expect(text).not.toContain('333');
    expect(text).not.toContain('770');
    expect(text).not.toContain('张');
    for (const n of Object.values(filed)) expect(text).not.toContain(n);
  });

  it('the median time to decision counts working days from acceptance, over 5 decisions or more', async () => {
    const body = await stats('county=431225');
    // 低保 2026: 11, 11, 12, 13 (the refusal), 16 and 37 working days → median 12.5.
    expect(body.medians).toEqual([{ programme: 'dibao', year: '2026', suppressed: false, decisions: 6, medianWorkingDays: 12.5 }]);
  });

  it('a filter only picks cells: a township, a programme or months, with totals over what is shown', async () => {
    const pingcun = await stats(`county=431225&township=${encodeURIComponent('坪村镇')}`);
    expect(pingcun.cells).toEqual([{ month: '2026-11', programme: 'dibao', township: '坪村镇', suppressed: true }]);
    expect(pingcun.totals).toEqual([{ month: '2026-11', programme: 'dibao', households: 0, people: 0, amount: 0, cellsLeftOut: 1 }]);
    const november = await stats('county=431225&from=2026-11&to=2026-11');
    expect(november.cells.map((c) => c.township)).toEqual(['林城镇', '坪村镇']);
    expect((await stats('county=431225&programme=tekun')).cells).toEqual([]);
  });

  it('refuses an unknown county or a bad filter in the user\'s language', async () => {
    const unknown = await t.app.request('/api/stats?county=110101', { headers: { 'accept-language': 'en' } });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'stats_county_unknown', message: expect.stringContaining('no statistics') });
    const bad = await t.app.request('/api/stats?county=431225&from=2026-13');
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { field?: string }).field).toBe('from');
    expect((await t.app.request('/api/stats')).status).toBe(422);
  });
});

type Dashboard = {
  county: string;
  township?: string;
  byStep: { township: string; step: string; status: string; cases: number }[];
  overdue: { township: string; step: string; cases: number }[];
  decisions: { programme: string; decisions: number; approved: number; refused: number; medianWorkingDays: number; meanWorkingDays: number; limitWorkingDays: number; overLimit: number; bins: { from: number; to: number; count: number }[] }[];
  refusals: { kind: string; grounds: string | null; cases: number }[];
  objections: Answers;
  reports?: Answers & { overdue: { accept: number; answer: number } };
  ratings: { byLevel: { township: string | null; level: number; ratings: number }[]; followUps?: Answers & { overdue: number } };
};
type Answers = { byTownship: { township: string; open: number; outcomes: Record<string, number> }[]; answered: number; open: number; medianDays?: number; bins: { from: number; to: number; count: number }[]; oldestOpenDays?: number };
const board = async (as: StaffMember, query = '') => {
  const res = await t.app.request(`/api/staff/dashboard${query}`, { headers: as.headers });
  return { status: res.status, cacheControl: res.headers.get('cache-control'), body: (await res.json()) as Dashboard };
};

describe('GET /api/staff/dashboard', () => {
  it('a county approver sees the county: cases by step and township, overdue, time to decision against the limit, refusals by grounds', async () => {
    const { status, cacheControl, body } = await board(who['approver']!);
    expect(status).toBe(200);
    expect(cacheControl).toBe('no-store');
    expect(body.township).toBeUndefined();
    // The open case is at its survey, due 10 working days after acceptance (2026-10-22): overdue on 2026-12-15.
    expect(body.byStep).toEqual([{ township: '林城镇', step: 'survey', status: 'open', cases: 1 }]);
    expect(body.overdue).toEqual([{ township: '林城镇', step: 'survey', cases: 1 }]);
    const [dibao] = body.decisions;
    // Limit: 10 (survey) + 5 (民主评议) + 5 (township review) + 公示 7 days (to 11-11: 4 working days) + 10 (county) = 34 working days, due 11-25.
    // The case decided on 11-30 (37 working days) is the one over it.
    expect(dibao).toMatchObject({ programme: 'dibao', decisions: 6, approved: 5, refused: 1, medianWorkingDays: 12.5, meanWorkingDays: 16.7, limitWorkingDays: 34, overLimit: 1 });
    expect(dibao!.bins).toEqual([0, 0, 4, 1, 0, 0, 0, 1].map((count, i) => ({ from: i * 5, to: i * 5 + 4, count })));
    expect(body.refusals.sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([{ kind: 'not-accepted', grounds: 'registration', cases: 1 }, { kind: 'refused', grounds: 'income', cases: 1 }]);
  });

  it('a township clerk sees only their township; another township answers 404, another county sees none of it', async () => {
    const own = await board(who['pcClerk']!);
    expect(own.status).toBe(200);
    expect(own.body.township).toBe('坪村镇');
    expect(own.body.byStep).toEqual([]);
    expect(own.body.decisions.map((d) => [d.programme, d.decisions])).toEqual([['dibao', 1]]);
    expect(own.body.refusals).toEqual([{ kind: 'not-accepted', grounds: 'registration', cases: 1 }]);
    expect((await board(who['pcClerk']!, `?township=${encodeURIComponent('林城镇')}`)).status).toBe(404);
    const one = await board(who['approver']!, `?township=${encodeURIComponent('坪村镇')}`);
    expect(one.body.decisions.map((d) => d.decisions)).toEqual([1]);
    const other = await board(who['otherCounty']!);
    expect(other.body).toMatchObject({ county: '522725', byStep: [], overdue: [], decisions: [], refusals: [] });
    expect((await t.app.request('/api/staff/dashboard')).status).toBe(401);
  });

  it('objections to a 公示: found and still open per township, working days to the finding, the oldest open one\'s wait', async () => {
    expect((await board(who['approver']!)).body.objections).toEqual({ byTownship: [], answered: 0, open: 0, bins: [] });
    // Two 坪村镇 households at 公示 from 2026-12-01; objections on 12-02 (one found on 12-07, 3 working days), one left open.
    const found = await submit(t, '坪村镇', 1);
    const waiting = await submit(t, '坪村镇', 1);
    for (const c of [found, waiting]) await movedToNotice(t, c, '2026-12-01', 300);
    clock = '2026-12-02T02:00:00.000Z';
    const notices = ((await (await t.app.request('/api/notices?county=431225')).json()) as { notices: { id: number; township: string }[] }).notices.filter((n) => n.township === '坪村镇');
    expect(notices).toHaveLength(2);
    for (const n of notices) expect((await t.post(`/api/notices/${n.id}/objections`, { text: '这户家里有车有店面。' })).status).toBe(201);
    await act(t, found, 'township-clerk', 'resolve-objection', '2026-12-07', { objectionOutcome: 'continue', finding: '经核查，车辆已于 2025 年出售，异议不成立。' });
    clock = '2026-12-15T02:00:00.000Z';
    const { objections } = (await board(who['approver']!)).body;
    // 12-02 to 12-15: 9 working days waited.
    expect(objections).toEqual({ byTownship: [{ township: '坪村镇', open: 1, outcomes: { continued: 1 } }], answered: 1, open: 1, medianDays: 3, bins: [{ from: 0, to: 4, count: 1 }], oldestOpenDays: 9 });
    expect((await board(who['lcClerk']!)).body.objections.byTownship).toEqual([]);
  });

  it('举报 and 好差评: replies and their days, what is overdue, ratings by level and township; no township role sees a report', async () => {
    clock = '2026-12-01T02:00:00.000Z';
    const filing = async (body: Record<string, unknown>) => {
      const res = await t.post('/api/reports', { county: '431225', about: 'programme', programme: 'dibao', ...body });
      expect(res.status).toBe(201);
      return ((await res.json()) as { trackingNumber: string }).trackingNumber;
    };
    const report = await filing({ kind: 'report', township: '林城镇', text: '有人冒领低保。' });
    await filing({ kind: 'question', text: '低保标准是多少？' });
    clock = '2026-12-04T02:00:00.000Z';
    const approver = await staffMember(t, 'approver-1204', 'county-approver');
    for (const body of [{ action: 'accept' }, { action: 'answer', reply: '经核实，未发现冒领。' }]) expect((await t.post(`/api/staff/reports/${report}/actions`, body, approver.headers)).status).toBe(200);
    // Ratings of ended cases: five 满意, one 基本满意, one 非常不满意 (which opens a follow-up).
    const rated = [['lc2a', 4], ['lc2b', 4], ['lc3', 4], ['late', 4], ['pc2', 4], ['refused', 3], ['notAccepted', 1]] as const;
    for (const [name, level] of rated) expect((await t.post('/api/ratings', { caseNumber: filed[name], queryCode: queryCodes.get(filed[name]!), level })).status, name).toBe(201);
    clock = '2026-12-20T02:00:00.000Z';
    const county = await staffMember(t, 'approver-1220', 'county-approver');
    const { reports, ratings } = (await board(county)).body;
    // The report was answered 3 days after receipt; the question, received 12-01, was due to be told by 12-16.
    expect(reports).toEqual({ byTownship: [{ township: '', open: 1, outcomes: {} }, { township: '林城镇', open: 0, outcomes: { answered: 1 } }], answered: 1, open: 1, medianDays: 3, bins: [{ from: 0, to: 4, count: 1 }], oldestOpenDays: 19, overdue: { accept: 1, answer: 0 } });
    expect(ratings.byLevel.sort((a, b) => `${a.township}${a.level}`.localeCompare(`${b.township}${b.level}`))).toEqual([
      { township: '坪村镇', level: 1, ratings: 1 }, { township: '坪村镇', level: 4, ratings: 1 },
      { township: '林城镇', level: 3, ratings: 1 }, { township: '林城镇', level: 4, ratings: 4 },
    ]);
    expect(ratings.followUps).toMatchObject({ answered: 0, open: 1, overdue: 0, byTownship: [{ township: '坪村镇', open: 1 }] });
    // A township clerk: its own township's ratings, no reports, no follow-ups (the county's queues).
    const clerk = await staffMember(t, 'pc-clerk-1220', 'township-clerk', { township: '坪村镇' });
    const own = (await board(clerk)).body;
    expect(own.reports).toBeUndefined();
    expect(own.ratings).toEqual({ byLevel: expect.arrayContaining([{ township: '坪村镇', level: 1, ratings: 1 }, { township: '坪村镇', level: 4, ratings: 1 }]) });
    expect(own.ratings.byLevel).toHaveLength(2);
    // The public: 满意 5 of the 5 shown; 基本满意 and 非常不满意 under 5, not shown and not in the shares.
    expect((await stats('county=431225')).ratings).toEqual([{ year: '2026', levels: [{ level: 4, suppressed: false, ratings: 5, share: 1 }, { level: 3, suppressed: true }, { level: 1, suppressed: true }], shownRatings: 5, levelsLeftOut: 2 }]);
  });

  it('a refusal\'s grounds must be one of the list', async () => {
    const caseNumber = await submit(t, '林城镇', 1);
    await expect(act(t, caseNumber, 'township-clerk', 'refuse-to-accept', '2026-12-15', { reason: '材料不实', grounds: 'bribery' })).rejects.toThrow(/action_input_invalid/);
  });
});
