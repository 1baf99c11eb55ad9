import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

// Checks the published facts of the 社会事务 and 基层治理 pages against the texts in force on 2026-12-01
// (sources and articles: docs/notes/law-check-2026-b.md).

interface Page {
  what: string;
  who: { intro: string; points: string[] };
  benefits: { text: string };
  materials: { name: string; note?: string }[];
  steps: { name: string; actor: string; timeLimit: string; text: string }[];
  where: string;
  faq: { q: string; a: string }[];
  basis: { title: string; docNo?: string; year: number }[];
  updated: string | Date;
}

function page(id: string, lang = 'zh-CN'): Page {
  const file = new URL(`../../content/policies/${lang}/${id}.md`, import.meta.url);
  return parse(readFileSync(file, 'utf8').split(/^---$/m)[1]!) as Page;
}

/** Everything a resident reads on the page, as one string. */
function text(p: Page): string {
  return [
    p.what, p.who.intro, ...p.who.points, p.benefits.text,
    ...p.materials.flatMap((m) => [m.name, m.note ?? '']),
    ...p.steps.flatMap((s) => [s.name, s.actor, s.timeLimit, s.text]),
    p.where, ...p.faq.flatMap((f) => [f.q, f.a]),
  ].join('\n');
}

const basis = (p: Page) => p.basis.map((b) => `${b.title} ${b.docNo ?? ''} ${b.year}`).join('\n');

describe('binzang follows 殡葬管理条例 (国务院令第824号, in force 2026-03-30)', () => {
  const p = page('binzang');
  it('cites the 2025 revision, not the 2012 one', () => {
    expect(basis(p)).toContain('国务院令第824号');
    expect(basis(p)).not.toContain('第628号');
  });
  it('lists the basic services of §5: 接运、存放、告别、火化、骨灰寄存、生态安葬', () => {
    for (const service of ['遗体接运', '遗体存放', '遗体告别', '遗体火化', '骨灰寄存', '生态安葬']) expect(p.what).toContain(service);
  });
  it('storage normally at most 3 days, longer only with an extension (§27)', () => {
    expect(p.steps.find((s) => s.name === '遗体存放')?.timeLimit).toBe('一般不超过3天');
  });
  it('cremation on the 死亡证明 and the 火化确认书 (§28)', () => {
    expect(p.steps.find((s) => s.name.includes('火化'))?.text).toContain('凭死亡证明和火化确认书火化');
  });
  it('burial only in 公墓, 农村公益性墓地 or designated 生态安葬 areas (§38)', () => {
    expect(p.faq.find((f) => f.q.includes('自家地里'))?.a).toMatch(/只能葬在公墓、农村公益性墓地或依法划定的生态安葬区域/);
  });
  it('农村公益性墓地 in principle free for villagers (§20); 格位/墓位 period at most 20 years (§36)', () => {
    expect(text(p)).toContain('原则上不向本村村民收墓位使用费');
    expect(text(p)).toContain('一个使用周期最长20年');
  });
  it('bringing a body from elsewhere needs the 遗体接收证明 of the destination (§29)', () => {
    expect(p.faq.find((f) => f.q.includes('外地'))?.a).toContain('遗体接收证明');
  });
  it('会同县 facts carry their year and document (2022 report; reform from 2020-09-29)', () => {
    expect(p.what).toContain('2020年9月29日');
    expect(p.benefits.text).toContain('这是2022年的做法');
    expect(basis(p)).toContain('会同县民政局2022年上半年工作报告');
  });
});

describe('jiehun follows 婚姻登记条例 (国务院令第804号, in force 2025-05-10)', () => {
  for (const lang of ['zh-CN', 'en']) {
    it(`${lang}: a serious illness must be disclosed before registering (§12, 民法典 §1053)`, () => {
      const p = page('jiehun', lang);
      expect(text(p)).toMatch(lang === 'en' ? /serious illness/ : /重大疾病/);
    });
    it(`${lang}: the registry offers 婚姻家庭辅导 (§5); no hukou book (§8)`, () => {
      const p = page('jiehun', lang);
      expect(p.what).toMatch(lang === 'en' ? /counselling/ : /婚姻家庭辅导/);
      expect(p.materials.map((m) => m.name).join()).not.toMatch(/户口|hukou/i);
    });
  }
});

describe('lihun follows 婚姻登记条例 2025 §13–17 and 民法典 §1077', () => {
  const p = page('lihun');
  it('the second visit is to the registry that received the application (§16)', () => {
    expect(p.steps.find((s) => s.name === '再去一次')?.text).toContain('收到你们申请的那个登记处');
  });
  it('no 遗失声明 shortcut: a lost certificate is replaced first (§15, §21)', () => {
    expect(text(p)).not.toContain('遗失声明');
    expect(p.faq.find((f) => f.q.includes('结婚证丢了'))?.a).toContain('补领');
  });
  it('the 2020 ministry notice (with the old procedure) is no longer the basis', () => {
    expect(basis(p)).not.toContain('民法典》中有关婚姻登记规定的通知');
  });
});

describe('shouyang follows 中国公民收养子女登记办法 (2023 revision) and 未成年人保护法 (2024)', () => {
  const p = page('shouyang');
  it('the 送养人 writes the declaration of special difficulty (§7)', () => {
    const item = p.materials.find((m) => m.name === '送养人有特殊困难的声明');
    expect(item?.note).toContain('由送养人自己写');
  });
  it('a foundling not in an institution needs the police 捡拾报案证明 (§6)', () => {
    expect(p.materials.find((m) => m.name === '捡拾报案证明')?.note).toContain('公安机关');
  });
  it('cites the 2024 未成年人保护法 and the 2023 登记办法', () => {
    expect(basis(p)).toContain('未成年人保护法（2024年修正）');
    expect(basis(p)).toMatch(/收养子女登记办法.*2023/);
  });
});

describe('shehui-zuzhi follows 社会团体登记管理条例 (2026 revision) §9–12', () => {
  const p = page('shehui-zuzhi');
  it('one registration application, decided within 60 days; no 筹备 stage', () => {
    expect(p.steps.find((s) => s.name === '申请登记')?.timeLimit).toContain('60天内决定');
    expect(p.steps.map((s) => s.name).join()).not.toMatch(/筹备|成立大会/);
    expect(p.materials.map((m) => m.name).join()).not.toContain('筹备');
  });
  it('cites the 2026 revision', () => {
    expect(p.basis.find((b) => b.title.startsWith('社会团体登记管理条例'))?.year).toBe(2026);
  });
});

describe('cunwu-gongkai follows 村民委员会组织法 (2025 修正) and 城市居民委员会组织法 (2025 修订)', () => {
  const p = page('cunwu-gongkai');
  it('postings stay up at least 15 days on the 公开栏 (村 §35, 居 §34)', () => {
    expect(p.what).toContain('公开栏');
    expect(p.what).toContain('不少于15天');
  });
  it('names the 居务监督委员会 beside the 村务监督委员会 (居 §36, 村 §37)', () => {
    expect(p.what).toContain('居务监督委员会');
  });
  it('cites the renumbered articles of the 2025 texts, not the 2018 law', () => {
    expect(basis(p)).toContain('村民委员会组织法（2025年10月28日修正');
    expect(basis(p)).toContain('第三十五条');
    expect(basis(p)).not.toContain('2018年修正');
  });
});

describe('cishan follows 慈善法 (2023 修正) and 彩票管理条例', () => {
  const p = page('cishan');
  it('winnings are claimed within 60 days of the draw (彩票管理条例 §25)', () => {
    expect(p.faq.find((f) => f.q.includes('兑奖'))?.a).toContain('60天内');
  });
  it('registration decided within 30 days, recognition within 20 (慈善法 §10)', () => {
    const a = p.faq.find((f) => f.q.includes('成立慈善组织'))?.a ?? '';
    expect(a).toContain('30天内');
    expect(a).toContain('20天内');
  });
});

describe('yidi-banqian follows 社会救助法 (in force 2026-07-01) §37', () => {
  const p = page('yidi-banqian');
  it('cites the 社会救助法', () => {
    expect(basis(p)).toContain('中华人民共和国社会救助法');
  });
  it('临时救助 is applied for where the emergency happened, not simply where one lives', () => {
    expect(p.where).toContain('临时救助：急难发生地');
  });
  it('local practice from 瓮安 and 安顺 is dated and marked as old', () => {
    expect(p.benefits.text).toContain('这些是2018年前后的做法');
  });
});

describe('every page re-checked carries the check date 2026-12-01', () => {
  const checked = [['binzang'], ['jiehun'], ['jiehun', 'en'], ['lihun'], ['shouyang'], ['shehui-zuzhi'], ['cunwu-gongkai'], ['cishan'], ['yidi-banqian']];
  for (const [id, lang] of checked) {
    it(`${lang ?? 'zh-CN'}/${id}`, () => {
      expect(new Date(page(id!, lang).updated).toISOString().slice(0, 10)).toBe('2026-12-01');
    });
  }
});
