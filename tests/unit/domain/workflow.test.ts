import { describe, expect, it } from 'vitest';
import { loadWorkflows } from '../../../api/content/workflows.ts';
import { APPLY_PROGRAMMES, isCountySet, stepDueDate, workflowSteps as stepsOf, type ApplyProgramme, type StepDefinition, type StepId, type WorkflowContext } from '../../../api/domain/workflow.ts';
import { holidayCalendar, loadRegions } from './fixtures.ts';

const cal = holidayCalendar();
const workflows = loadWorkflows();
const workflowSteps = (programme: ApplyProgramme, context: WorkflowContext = {}) => stepsOf(workflows[programme], context);
const stepOf = (programme: ApplyProgramme, id: StepId, context = {}): StepDefinition => {
  const found = workflowSteps(programme, context).find((s) => s.step === id);
  if (!found) throw new Error(`${programme} has no step ${id}`);
  return found;
};
const ids = (steps: StepDefinition[]) => steps.map((s) => s.step);
const due = (s: StepDefinition, previousDoneOn: string, acceptedOn?: string) => stepDueDate(s.limit!, previousDoneOn, acceptedOn, cal).date;

describe('特困 (民发〔2021〕43号)', () => {
  it('特困: township investigates and gives its first opinion within 15 working days of acceptance (43号 as restated by fzcl, 2024-09; article not verified)', () => {
    const survey = stepOf('tekun', 'survey');
    expect(survey.limit).toEqual({ fromAcceptWorkingDays: 15 });
    expect(survey.source).toEqual({ text: '特困人员认定办法（民发〔2021〕43号）', restatedIn: 'fzcl.gov.cn/…/202409/t20240902_4885826.htm（2024-09）' });
    // Accepted Tuesday 30 September 2025: 国庆 1–8 October off, Saturday 11 October worked → the 15th working day is 28 October.
    expect(due(survey, '2025-10-02', '2025-09-30')).toBe('2025-10-28');
    expect(due(stepOf('tekun', 'township-review'), '2025-10-20', '2025-09-30')).toBe('2025-10-28');
  });

  it('特困: 公示 lasts 7 days in the village (民发〔2021〕43号 §14)', () => {
    const notice = stepOf('tekun', 'public-notice');
    expect(notice.limit).toEqual({ naturalDays: 7 });
    expect(due(notice, '2026-03-02')).toBe('2026-03-08');
  });

  it('特困: the county decides within 15 working days of the file, a county-set default (no page read states it), with no 20-day extension', () => {
    const county = stepOf('tekun', 'county-approval');
    expect(county.limit).toEqual({ workingDays: 15 });
    expect(county.source).toEqual({ countySet: true });
    // File received on 25 September 2026 (中秋): 28–30 September, 国庆 1–7 October off, Saturday 10 October worked → 22 October.
    expect(due(county, '2026-09-25')).toBe('2026-10-22');
    expect(workflowSteps('tekun').some((s) => s.limit && 'workingDays' in s.limit && s.limit.workingDays === 20)).toBe(false);
  });
});

describe('低保 (民发〔2021〕57号)', () => {
  it('低保: county decides within 10 working days after the 公示 (57号 as restated by 郑州, 2023-09-08; no article number verified)', () => {
    const county = stepOf('dibao', 'county-approval');
    expect(county.limit).toEqual({ workingDays: 10 });
    expect(county.source).toEqual({ text: '最低生活保障审核确认办法（民发〔2021〕57号）', restatedIn: 'zy.jiceng.zhengzhou.gov.cn/005002003/7816181.jhtml（郑州，2023-09-08）' });
    // 公示 ended Monday 2 March 2026: ten working days later is Monday 16 March.
    expect(due(county, '2026-03-02')).toBe('2026-03-16');
  });

  it('低保: the county clock starts from the township file, not from acceptance (民发〔2021〕57号 §20)', () => {
    const county = stepOf('dibao', 'county-approval');
    expect(due(county, '2026-03-02', '2026-01-05')).toBe('2026-03-16');
  });

  it('低保: 公示 lasts 7 days and payment starts the month after approval (民发〔2021〕57号)', () => {
    expect(stepOf('dibao', 'public-notice').limit).toEqual({ naturalDays: 7 });
    expect(due(stepOf('dibao', 'payment'), '2026-11-30')).toBe('2026-12-28');
  });
});

describe('临时救助 (社会救助暂行办法 §48; 社会救助法 §50)', () => {
  it('临时救助: a 支出型 claim is reviewed and posted in the village before it is decided (社会救助暂行办法 §48)', () => {
    for (const context of [{}, { requestedAmount: 500, townshipLinshiLimit: 1000 }]) {
      const order = ids(workflowSteps('linshi-jiuzhu', context));
      expect(order.indexOf('township-review')).toBeGreaterThan(order.indexOf('survey'));
      expect(order.indexOf('public-notice')).toBe(order.indexOf('township-review') + 1);
      expect(order.indexOf('public-notice')).toBeLessThan(order.indexOf('decision'));
    }
  });

  it('临时救助: up to 瓮安 1000元 the township decides; above it the county approves (社会救助暂行办法 §48; 瓮安县民政工作报告)', () => {
    const wengan = loadRegions().find((r) => r.code === '522725');
    const townshipLinshiLimit = wengan?.townshipLinshiLimit?.amount;
    expect(townshipLinshiLimit).toBe(1000);
    const small = workflowSteps('linshi-jiuzhu', { requestedAmount: 1000, townshipLinshiLimit });
    expect(ids(small)).not.toContain('county-approval');
    expect(small.find((s) => s.step === 'decision')?.actor).toBe('township');
    const large = workflowSteps('linshi-jiuzhu', { requestedAmount: 1001, townshipLinshiLimit });
    expect(ids(large)).toContain('county-approval');
    expect(large.find((s) => s.step === 'decision')?.actor).toBe('county');
  });

  it('临时救助: no national text sets its day counts, so every limit is a county-set default (社会救助法 §44–45; 暂行办法 §48)', () => {
    for (const s of workflowSteps('linshi-jiuzhu', { requestedAmount: 5000, townshipLinshiLimit: 1000 })) {
      if (s.limit) expect(isCountySet(s)).toBe(true);
    }
  });
});

describe('every time limit names its source', () => {
  it('each limited step cites a text or is marked county-set (issue 7: no unsupported limit shown as law)', () => {
    for (const programme of APPLY_PROGRAMMES) {
      for (const s of workflowSteps(programme, { requestedAmount: 100, townshipLinshiLimit: 1000 })) {
        if (!s.limit) continue;
        expect(s.source, `${programme}/${s.step}`).toBeDefined();
        if (!isCountySet(s)) expect((s.source as { text: string }).text, `${programme}/${s.step}`).toMatch(/〔\d{4}〕\d+号/);
      }
    }
  });

  it('the township phases of 低保 and acceptance everywhere are county-set defaults, the national limits are not', () => {
    expect(isCountySet(stepOf('dibao', 'accept'))).toBe(true);
    expect(isCountySet(stepOf('dibao', 'survey'))).toBe(true);
    expect(isCountySet(stepOf('tekun', 'accept'))).toBe(true);
    expect(isCountySet(stepOf('dibao', 'county-approval'))).toBe(false);
    expect(isCountySet(stepOf('tekun', 'survey'))).toBe(false);
    expect(isCountySet(stepOf('tekun', 'county-approval'))).toBe(true);
    expect(isCountySet(stepOf('canji-butie', 'county-approval'))).toBe(true);
    expect(isCountySet(stepOf('dibao', 'apply'))).toBe(false);
  });
});

describe('workflow as data: the county decides without code', () => {
  it('民主评议 is on the path only where the county keeps it (会同 2022 and 海晏 2017 do for 低保; 安顺 names none)', () => {
    const regions = loadRegions();
    const keeps = (code: string) => regions.find((r) => r.code === code)?.democraticReview?.programmes.includes('dibao') ?? false;
    expect(keeps('431225')).toBe(true);
    expect(keeps('632223')).toBe(true);
    expect(keeps('520400')).toBe(false);
    expect(ids(workflowSteps('dibao', { keepsDemocraticReview: true }))).toEqual(['apply', 'accept', 'survey', 'democratic-review', 'township-review', 'public-notice', 'county-approval', 'decision', 'payment']);
    expect(ids(workflowSteps('dibao', { keepsDemocraticReview: false }))).not.toContain('democratic-review');
  });

  it('a county’s own limit in its region file replaces the default and cites the county document', () => {
    const accept = workflowSteps('dibao', { limits: { accept: { limit: { workingDays: 2 }, source: '某县低保经办规程（2026）' } } })[1]!;
    expect(accept.limit).toEqual({ workingDays: 2 });
    expect(accept.source).toEqual({ county: '某县低保经办规程（2026）' });
    expect(isCountySet(accept)).toBe(false);
  });

  it('特困: a minor applicant is not posted (未成年人不公示, fzcl 2024-09)', () => {
    expect(ids(workflowSteps('tekun', { minorApplicant: true }))).not.toContain('public-notice');
    expect(ids(workflowSteps('tekun', {}))).toContain('public-notice');
  });

  it('a workflow file that names a limit without its source is refused at load, naming the file', async () => {
    const { mkdtempSync, writeFileSync, readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'workflows-'));
    const src = join(import.meta.dirname, '../../../content/workflows');
    for (const f of readdirSync(src)) writeFileSync(join(dir, f), readFileSync(join(src, f), 'utf8'));
    writeFileSync(join(dir, 'dibao.yaml'), readFileSync(join(src, 'dibao.yaml'), 'utf8').replace('    limit: { workingDays: 3 }\n    source: countySet\n', '    limit: { workingDays: 3 }\n'));
    expect(() => loadWorkflows(dir)).toThrow(/dibao\.yaml: steps\.1: a limit needs its source/);
  });
});
