// Issue 10: the 公示 pages work with JavaScript off — the server fills each built page's slot from the database with
// escaped HTML (api/pages/livePage.ts): the list by place, one village's printable sheet with its QR code, the archive,
// the objection form and the objector's lookup. Built pages are stood in for by minimal files with the same slot.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { createApp } from '../../api/app.ts';
import { qrDrawing } from '../../site/lib/qr.ts';
import { livePages } from '../../api/pages/routes.ts';
import { filedClaim, movedToNotice } from './noticeCases.ts';
import { testApp } from './testApp.ts';

let clock = '2026-11-25T02:00:00.000Z';
let t: Awaited<ReturnType<typeof testApp>>;
let app: ReturnType<typeof createApp>;
const SITE = 'https://mzj.example.gov.cn';

function builtSite(): string {
  const root = mkdtempSync(join(tmpdir(), 'mzy-live-'));
  for (const [lang, prefix] of [['zh-CN', ''], ['en', 'en/']] as const) {
    for (const path of ['notices/', 'notices/archive/', 'notices/object/', 'notices/lookup/']) {
      mkdirSync(join(root, prefix, path), { recursive: true });
      const name = path === 'notices/' ? 'notices' : `notices-${path.split('/')[1]}`;
      writeFileSync(join(root, prefix, path, 'index.html'), `<!doctype html><html lang="${lang}"><body><main><h1>built</h1><div data-live-slot="${name}" data-page-url="${SITE}/${prefix}${path}"></div></main></body></html>`);
    }
  }
  return root;
}

const page = (path: string, init: RequestInit = {}) => app.request(path, init);
const form = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  page(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost', 'x-forwarded-for': '192.0.2.9', ...headers }, body: new URLSearchParams(fields).toString() });
const slotOf = (body: string) => /<div class="live" data-live="filled">([\s\S]*)<\/div><\/main>/.exec(body)?.[1] ?? '';
let noticeId = 0;

beforeAll(async () => {
  t = await testApp({ now: () => new Date(clock), env: { TRUST_PROXY: '1' } });
  app = createApp({ base: '/', services: t.services, live: livePages({ root: builtSite(), policyOf: (file) => `default-src 'none'; x-file ${file}`, demo: false }) });
  const rare = await filedClaim(t, '𠮷祥云', { township: '林城镇', village: '改河社区' }, '19500101', [{ name: '𠮷小龙', birth: '20150303' }]);
  const fengmu = await filedClaim(t, '买买提·艾力', { township: '坪村镇', village: '枫木村' }, '19520303');
  const old = await filedClaim(t, '张小三', { township: '林城镇', village: '改河社区' }, '19510202');
  clock = '2026-10-01T02:00:00.000Z';
  await movedToNotice(t, old.caseNumber, '2026-10-06', 400);
  clock = '2026-11-25T02:00:00.000Z';
  await movedToNotice(t, rare.caseNumber, '2026-11-27', 612.5, '改河社区<script>alert(1)</script>居务公开栏');
  await movedToNotice(t, fengmu.caseNumber, '2026-11-28', 375);
  clock = '2026-11-30T02:00:00.000Z';
  noticeId = Number((await t.services.client.execute("SELECT id FROM notices WHERE name_masked = '𠮷*云'")).rows[0]![0]);
});

describe('/notices/ without JavaScript', () => {
  it('lists the notices posted today by county, township and village, masked names only, everything escaped', async () => {
    const res = await page('/notices/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; x-file notices/index.html");
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const body = await res.text();
    const slot = slotOf(body);
    expect(slot).toContain('<h2 id="nc-0">会同县</h2>');
    expect(slot).toMatch(/<h3[^>]*>林城镇<\/h3>[\s\S]*<h4[^>]*>改河社区<\/h4>[\s\S]*<th scope="row">𠮷\*云<\/th><td>2人<\/td><td>最低生活保障<\/td><td>612.5元\/月<\/td><td>2026-11-27 至 2026-12-03<\/td>/);
    expect(slot).toContain('买**·*力');
    expect(slot).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(slot).not.toMatch(/<script/i);
    for (const secret of ['𠮷祥云', '𠮷小龙', '张小三', '张*三', '13800138000']) expect(body).not.toContain(secret);
    expect(slot).toContain(`href="/notices/object/?id=${noticeId}"`);
  });

  it('searches by village and prints one village’s sheet with a QR code back to that very page', async () => {
    const found = slotOf(await (await page(`/notices/?q=${encodeURIComponent('枫木')}`)).text());
    expect(found).toContain('买**·*力');
    expect(found).not.toContain('𠮷*云');
    const village = new URLSearchParams({ county: '431225', township: '林城镇', village: '改河社区' });
    const sheet = slotOf(await (await page(`/notices/?${village}`)).text());
    expect(sheet).toContain('𠮷*云');
    expect(sheet).not.toContain('买**·*力');
    const url = `${SITE}/notices/?${village}`;
    expect(sheet).toContain(`扫码或打开 ${url.replaceAll('&', '&amp;')} 在网上查看名单、提出异议`);
    const { size, path } = qrDrawing(url);
    expect(sheet).toContain(`viewBox="0 0 ${size} ${size}"`);
    expect(sheet).toContain(`d="${path}"`);
    // The drawing decodes to the address (as a phone would read it off the paper).
    const scale = 4;
    const pixels = new Uint8ClampedArray(size * scale * size * scale * 4).fill(255);
    for (const [, col, row, run] of path.matchAll(/M(\d+),(\d+)h(\d+)/g)) {
      for (let y = Number(row) * scale; y < (Number(row) + 1) * scale; y++) for (let x = Number(col) * scale; x < (Number(col) + Number(run)) * scale; x++) pixels.fill(0, (y * size * scale + x) * 4, (y * size * scale + x) * 4 + 3);
    }
    expect(jsQR(pixels, size * scale, size * scale)?.data).toBe(url);
  });

  it('says what is wrong with a filter in the reader’s language, and is in English under /en/', async () => {
    const bad = await page('/notices/?county=999999');
    expect(bad.status).toBe(422);
    expect(slotOf(await bad.text())).toContain('本平台没有这个县（区）的公示。');
    const en = slotOf(await (await page('/en/notices/')).text());
    expect(en).toContain('Find notices');
    expect(en).toContain('612.5 yuan a month');
    expect(en).toContain('2 people');
  });

  it('lives under the county portal’s base path with every link and form under it', async () => {
    const under = createApp({ base: '/mzj/', services: t.services, live: livePages({ root: builtSite(), policyOf: () => "default-src 'none'", demo: false }) });
    const res = await under.request('/mzj/notices/');
    expect(res.status).toBe(200);
    const slot = slotOf(await res.text());
    expect(slot).toContain(`href="/mzj/notices/object/?id=${noticeId}"`);
    expect(slot).toContain('action="/mzj/notices/"');
    expect((await under.request('/notices/')).status).toBe(404);
  });

  it('carries the 演示站 banner on a demo database, as every built page does', async () => {
    const demo = createApp({ base: '/', services: t.services, live: livePages({ root: builtSite(), policyOf: () => "default-src 'none'", demo: true }) });
    expect(await (await demo.request('/notices/')).text()).toMatch(/<body><aside class="demo-banner"/);
  });

  it('the archive shows the ended 公示 with its dates and households, and no name', async () => {
    const slot = slotOf(await (await page('/notices/archive/')).text());
    expect(slot).toMatch(/<td>林城镇<\/td><td>改河社区<\/td><td>最低生活保障<\/td><td>2026-10-06 至 2026-10-12<\/td><td>1<\/td>/);
    expect(slot).not.toContain('张');
    expect(slot).not.toContain('𠮷*云');
  });
});

describe('objecting and reading the outcome without JavaScript', () => {
  it('the form asks again, with the error next to the field, when nothing is written', async () => {
    const res = await form(`/notices/object/?id=${noticeId}`, { text: '  ', contact: '' });
    expect(res.status).toBe(422);
    const slot = slotOf(await res.text());
    expect(slot).toContain('<a href="#objection-text">请写上您对这条公示有什么异议。</a>');
    expect(slot).toMatch(/<p id="objection-text-error" class="error-message">/);
  });

  it('a form posted from another site is refused', async () => {
    const res = await form(`/notices/object/?id=${noticeId}`, { text: '情况不实' }, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect((await t.services.client.execute('SELECT count(*) FROM objections')).rows[0]![0]).toBe(0);
  });

  it('files the objection and shows the tracking number and query code once (never kept by a cache); the lookup reads it', async () => {
    const res = await form(`/notices/object/?id=${noticeId}`, { text: '这家的儿子在县城开店。', contact: '13900001111' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const slot = slotOf(await res.text());
    expect(slot).toContain('已经收到您的异议');
    const number = /id="filed-tracking-number">([\d ]+)</.exec(slot)![1]!;
    const code = /id="filed-query-code">(\d{8})</.exec(slot)![1]!;
    expect(number.replace(/ /g, '')).toMatch(/^5\d{10}$/);
    const read = await form('/notices/lookup/', { trackingNumber: number, queryCode: code });
    expect(read.status).toBe(200);
    expect(read.headers.get('cache-control')).toBe('no-store');
    expect(slotOf(await read.text())).toContain('<dd id="lookup-status">正在核查。核查期间这一户的申请暂停办理。</dd>');
    const wrong = await form('/notices/lookup/', { trackingNumber: number, queryCode: code === '00000000' ? '11111111' : '00000000' });
    expect(wrong.status).toBe(404);
    expect(slotOf(await wrong.text())).toContain('没有找到这个编号的异议，或者查询码不对。');
  });

  it('an ended or unknown notice takes no objection', async () => {
    const old = Number((await t.services.client.execute("SELECT id FROM notices WHERE to_on < '2026-11-30'")).rows[0]![0]);
    const ended = await page(`/notices/object/?id=${old}`);
    expect(ended.status).toBe(409);
    expect(slotOf(await ended.text())).toContain('不在公示期内');
    expect((await page('/notices/object/?id=424242')).status).toBe(404);
  });
});
