// Issue 10: /stats/ readable with JavaScript off — the server fills the built page's slot (api/pages/livePage.ts) with
// the same figures as GET /api/stats, a cell under 5 people shown only as "<5". The built page is stood in for by a
// minimal file with the same slot.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import { createApp } from '../../api/app.ts';
import { livePages } from '../../api/pages/routes.ts';
import { seedKnownCases } from './statsCases.ts';
import { testApp } from './testApp.ts';

let clock = '2026-10-08T02:00:00.000Z';
let app: ReturnType<typeof createApp>;

function builtSite(): string {
  const root = mkdtempSync(join(tmpdir(), 'mzy-live-stats-'));
  for (const [lang, prefix] of [['zh-CN', ''], ['en', 'en/']] as const) {
    mkdirSync(join(root, prefix, 'stats'), { recursive: true });
    writeFileSync(join(root, prefix, 'stats', 'index.html'), `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>统计</title></head><body><main><h1>built</h1><div data-live-slot="stats" data-page-url="https://mzj.example.gov.cn/${prefix}stats/"></div></main></body></html>`);
  }
  return root;
}

beforeAll(async () => {
  const t = await testApp({ now: () => new Date(clock) });
  await seedKnownCases(t, (iso) => { clock = iso; });
  app = createApp({ base: '/', services: t.services, live: livePages({ root: builtSite(), policyOf: () => "default-src 'self'", demo: false }) });
});

const page = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, cacheControl: res.headers.get('cache-control'), doc: parse(await res.text()) };
};
const rows = (doc: ReturnType<typeof parse>, caption: RegExp) =>
  doc.querySelectorAll('table').find((t) => caption.test(t.querySelector('caption')?.text ?? ''))!.querySelectorAll('tbody tr').map((r) => r.querySelectorAll('th, td').map((c) => c.text.trim()));

describe('/stats/ without JavaScript', () => {
  it('without a county it offers the counties in a plain GET form', async () => {
    const { status, doc } = await page('/stats/');
    expect(status).toBe(200);
    const form = doc.querySelector('form.stats-form')!;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.querySelectorAll('#stats-county option').map((o) => o.text)).toContain('会同县');
    expect(doc.querySelector('script')).toBeNull();
  });

  it('shows the latest month: 林城镇 with its figures, 坪村镇 under 5 people as "<5", totals over the cells shown', async () => {
    const { status, cacheControl, doc } = await page('/stats/?county=431225&month=2026-11');
    expect(status).toBe(200);
    expect(cacheControl).toBe('no-cache');
    expect(rows(doc, /会同县 2026-11 各乡镇各救助项目/)).toEqual([
      ['林城镇', '最低生活保障', '3', '7', '1300.50'],
      ['坪村镇', '最低生活保障', '<5不足 5 人，不显示', '<5不足 5 人，不显示', '<5不足 5 人，不显示'],
      ['合计：最低生活保障', '合计只含显示出来的格；另有 1 格不足 5 人，没有计入合计', '3', '7', '1300.50'],
    ]);
    expect(doc.text).not.toContain('333');
    expect(rows(doc, /从受理到决定的工作日中位数/)).toEqual([['最低生活保障', '2026', '6', '12.5']]);
    // The latest month is the default; 2026-12's one cell (4 people) is suppressed, so its total is nought.
    const december = await page('/stats/?county=431225');
    expect(december.doc.querySelector('#stats-month option[selected]')!.text).toBe('2026-12');
    expect(rows(december.doc, /2026-12/)[0]).toEqual(['林城镇', '最低生活保障', '<5不足 5 人，不显示', '<5不足 5 人，不显示', '<5不足 5 人，不显示']);
  });

  it('the filled page is valid HTML (html-validate, the project\'s rules)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    for (const path of ['/stats/', '/stats/?county=431225&month=2026-11', '/en/stats/?county=110101']) {
      // A file name under the project, so the project's .htmlvalidate.json applies (an unnamed string gets no rules).
      const report = await validator.validateString(await (await app.request(path)).text(), 'dist/stats/index.html');
      expect(report.results.flatMap((r) => r.messages.map((m) => `${path} ${m.ruleId}: ${m.message}`))).toEqual([]);
    }
  });

  it('a township filter only picks its cells; English words on /en/stats/', async () => {
    const pingcun = await page(`/stats/?county=431225&month=2026-11&township=${encodeURIComponent('坪村镇')}`);
    expect(rows(pingcun.doc, /2026-11/).map((r) => r[0])).toEqual(['坪村镇', '合计：最低生活保障']);
    const en = await page('/en/stats/?county=431225&month=2026-11');
    expect(rows(en.doc, /households, people and amounts paid/)[1]).toEqual(['坪村镇', 'Minimum living allowance (dibao)', '<5fewer than 5 people, not shown', '<5fewer than 5 people, not shown', '<5fewer than 5 people, not shown']);
  });

  it('an unknown county or a malformed month is said in the page\'s language, with the form again', async () => {
    const unknown = await page('/stats/?county=110101');
    expect(unknown.status).toBe(422);
    expect(unknown.doc.querySelector('.error-summary')!.text).toContain('没有这个县（区）的统计');
    expect(unknown.doc.querySelector('form.stats-form')).not.toBeNull();
    expect((await page('/en/stats/?county=431225&month=2026-13')).status).toBe(422);
  });
});
