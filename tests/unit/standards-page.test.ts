// The 低保 page as built: a stale figure carries its plain warning, a fresh one does not, a planned average says so
// and a province line stands in where a county has none. Builds a copy of the content with one fresh figure added.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse, type HTMLElement } from 'node-html-parser';
import { chinaDate } from '../../api/domain/calendarDate.ts';
import { builtPages } from '../support/built-pages.ts';

const root = new URL('../../', import.meta.url).pathname;
const thisYear = Number(chinaDate(new Date()).slice(0, 4));
let work = '';
let dist = '';

function edit(file: string, change: (text: string) => string) {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mzy-standards-'));
  const content = join(work, 'content');
  dist = join(work, 'dist');
  cpSync(join(root, 'content'), content, { recursive: true });
  // 会同's 城市低保 becomes this year's figure; its 农村低保 stays 2022.
  edit(join(content, 'regions/431225.yaml'), (t) => t.replace(/(key: dibao-urban[\s\S]*?year: )2022/, `$1${thisYear}`));
  edit(join(content, 'provinces/520000.yaml'), (t) =>
    t.replace(
      'standards: []',
      `standards:\n  - { key: dibao-rural, programme: dibao, label: 农村低保标准, amount: 6000, period: year, per: person, year: ${thisYear}, source: 测试用的省级文件 }`,
    ),
  );
  const run = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: content, DIST_DIR: dist },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout}\n${run.stderr}`);
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function table(page: string): HTMLElement {
  expect(builtPages(dist)).toContain(page);
  return parse(readFileSync(join(dist, page, 'index.html'), 'utf8')).querySelector('.standards')!;
}

const row = (t: HTMLElement, region: string, key: string) => t.querySelector(`tr[data-region="${region}"][data-standard="${key}"]`)!;

describe('the 低保 page shows each figure with its year, source and, when old, a warning', () => {
  it('warns on 会同’s 2022 农村低保 and not on a figure of this year', () => {
    const t = table('policy/dibao/');
    const old = row(t, '431225', 'dibao-rural');
    expect(old.text).toContain('每人每年 4,620 元');
    expect(old.text).toContain('这是2022年的标准，现在的标准请问乡镇民政办');
    expect(old.text).toContain('2022年，会同县民政局2022年上半年工作总结(2022-09-01)');

    const fresh = row(t, '431225', 'dibao-urban');
    expect(fresh.text).toContain(`${thisYear}年，会同县民政局2022年上半年工作总结(2022-09-01)`);
    expect(fresh.querySelector('.stale')).toBeNull();
    expect(fresh.text).not.toContain('现在的标准请问乡镇民政办');
  });

  it('labels 安顺’s 3908/4500元 as the plan’s city-wide targets, with their own warning', () => {
    const t = table('policy/dibao/');
    const planned = row(t, '520400', 'dibao-rural-planned-2018');
    expect(planned.text).toContain('安顺市三年行动计划中的全市农村低保平均目标');
    expect(planned.text).toContain('每人每年 3,908 元');
    expect(planned.text).toContain('这是2018年的计划目标，不是现在的标准，现在的标准请问乡镇民政办');
    expect(planned.text).toContain('《安顺市兜底脱贫攻坚三年行动计划(2018—2020年)》(2018-05-24)');
    expect(row(t, '520400', 'dibao-rural-planned-2020').text).toContain('这是2020年的计划目标');
  });

  it("shows the province's line as 省里的最低指导标准 where the county has none, and says so where there is nothing", () => {
    const t = table('policy/dibao/');
    const line = row(t, '522725', 'dibao-rural');
    expect(line.text).toContain('省里的最低指导标准（贵州省）');
    expect(line.querySelector('.stale')).toBeNull();
    expect(t.querySelector('tr[data-region="632223"]')!.text).toContain('还没有公布带年份和出处的标准');
  });

  it('publishes no figure without a year: 瓮安’s 高龄补贴 50元/月 stays off the page', () => {
    const t = table('policy/gaoling-jintie/');
    const wengan = t.querySelector('tr[data-region="522725"]')!;
    expect(wengan.text).toContain('还没有公布带年份和出处的标准');
    expect(wengan.text).not.toContain('50');
  });

  it('gives the English page the same warning in English', () => {
    const t = table('en/policy/dibao/');
    expect(row(t, '431225', 'dibao-rural').text).toContain("This is the 2022 figure. Ask the township civil affairs office for today's figure.");
    expect(row(t, '431225', 'dibao-urban').querySelector('.stale')).toBeNull();
  });
});
