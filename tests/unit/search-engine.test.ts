import { describe, expect, it } from 'vitest';
import { pinyin } from 'pinyin-pro';
import { fold } from '../../site/islands/search/fold.ts';
import { fuzzySyllable, stem, tokenize, type Readings } from '../../site/islands/search/tokens.ts';
import { indexVocabulary, queryWords, scoreVocabulary, type Vocabulary } from '../../site/islands/search/vocabulary.ts';

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
// Every reading of a character, as the search-pinyin.json map gives the browser.
const readings: Readings = (c) => pinyin(c, { toneType: 'none', type: 'array', multiple: true, v: true });

/** A vocabulary as the build makes it: terms folded, with their pinyin. */
function vocabularyOf(pages: Record<string, [weight: number, words: string[]][]>): Vocabulary {
  const ids = Object.keys(pages);
  return {
    pages: ids.map((id) => ({ id, path: `policy/${id}/`, title: id, summary: '' })),
    terms: ids.flatMap((id, page) => pages[id]!.map(([weight, words]): Vocabulary['terms'][number] => {
      const folded = words.map(fold);
      return [page, weight, folded.join('|'), folded.map((w) => pinyin(w.replace(/[^\p{Script=Han}]/gu, ''), { toneType: 'none', type: 'array' }).join(' ')).join('|')];
    })),
  };
}

function ranking(vocabulary: Vocabulary, query: string): string[] {
  const index = indexVocabulary(vocabulary);
  const folded = fold(query);
  const scores = scoreVocabulary(index, tokenize(folded, readings, true), folded);
  return [...scores].sort((a, b) => b[1] - a[1]).map(([page]) => index.pages[page]!.id);
}

// Pages shaped like the real ones: a long official title, a short name, residents' aliases.
const catalog = vocabularyOf({
  dibao: [[3, ['最低生活保障', '低保']], [2, ['吃低保', '低保户', '家里穷没钱吃饭', '低保一个月多少钱', '低保怎么申请']]],
  dishouru: [[3, ['低收入人口认定与动态监测', '低收入人口']], [2, ['低保边缘家庭', '够不上低保', '超过低保线', '收入低']]],
  'gaoling-jintie': [[3, ['高龄津贴', '高龄补贴']], [2, ['老人补贴', '八十岁老人的钱', '长寿金', '80岁补贴']]],
  'canji-butie': [[3, ['困难残疾人生活补贴和重度残疾人护理补贴', '残疾人两项补贴']], [2, ['残补', '两项补贴', '残疾人补贴', '盲人', '瘫痪在床']]],
  'liushou-ertong': [[3, ['农村留守儿童和困境儿童关爱保护']], [2, ['留守儿童', '没人管的孩子', '爸妈外出打工孩子谁管']]],
  jiehun: [[3, ['结婚登记']], [2, ['结婚要什么材料', '领结婚证']]],
});

describe('folding residents’ words into the pages’ words', () => {
  it('reads the dialect words of the issue as the pages write them', () => {
    expect(fold('屋里冇得钱用')).toBe('家里没有钱用');
    expect(fold('娃娃没人管')).toBe('孩子没人管');
    expect(fold('残废人补助')).toBe('残疾人补贴');
    expect(fold('啥子条件')).toBe('什么条件');
  });
  it('writes ages in digits and marks an age of 60 or more as an old person', () => {
    expect(fold('八十五岁')).toBe('85岁老人');
    expect(fold('百岁老人')).toBe('100岁老人');
    expect(fold('我爷爷八十八了')).toBe('我老人88了老人');
    expect(fold('未满十八岁')).toBe('未满18岁');
  });
  it('reads full-width Latin as ASCII and English spoken forms as the pages’ words', () => {
    expect(fold('ＤＩＢＡＯ')).toBe('dibao');
    expect(fold('kids of divorced parents')).toBe('child of divorce parents');
  });
});

describe('tokens a query and the vocabulary are compared by', () => {
  it('keeps 低保 as one pair although the browser’s segmenter splits it into 低 and 保', () => {
    expect([...segmenter.segment('低保')].map((s) => s.segment)).toEqual(['低', '保']);
    expect(tokenize('低保').get('低保')).toBe(1);
  });
  it('gives a homophone typed on a pinyin keyboard (低宝, 高玲) the pinyin pair of the right word', () => {
    expect(tokenize('低宝', readings).has('~dibao')).toBe(true);
    expect(tokenize('高玲', readings).has([...tokenize('高龄', readings).keys()].find((t) => t.startsWith('~'))!)).toBe(true);
  });
  it('merges the pinyin that south-western speakers merge: zh/z, n/l, h/f, -ng/-n', () => {
    expect(['zhi', 'nian', 'hu', 'ling', 'sheng'].map(fuzzySyllable)).toEqual(['zi', 'lian', 'fu', 'lin', 'sen']);
  });
  it('weakens pairs inside function words of a query (多少, 每个月), not its subject', () => {
    const query = tokenize('老人每个月给多少钱', undefined, true);
    expect(query.get('老人')).toBe(1);
    expect(query.get('多少')).toBeLessThan(0.2);
    expect(query.get('个月')).toBeLessThan(0.2);
  });
  it('stems English alike on both sides and joins pinyin typed with spaces', () => {
    expect(stem('divorced')).toBe(stem('divorce'));
    expect(stem('allowances')).toBe(stem('allowance'));
    expect(tokenize('di bao').has('dibao')).toBe(true);
    expect(tokenize('how to get divorced').has('how')).toBe(false);
  });
});

describe('scoring the vocabulary', () => {
  it('finds the five queries of issue 7 through folds, pairs and alias hits', () => {
    expect(ranking(catalog, '低保怎么申请要什么材料')[0]).toBe('dibao');
    expect(ranking(catalog, '残废人补助')[0]).toBe('canji-butie');
    expect(ranking(catalog, '娃娃没人管')[0]).toBe('liushou-ertong');
    expect(ranking(catalog, '老人每个月给多少钱')[0]).toBe('gaoling-jintie');
    expect(ranking(catalog, '屋里冇得钱用').slice(0, 5)).toContain('dibao');
  });
  it('puts the page whose short name the query is above a page that only mentions it', () => {
    expect(ranking(catalog, '低保').slice(0, 2)).toEqual(['dibao', 'dishouru']);
  });
  it('finds a page through a homophone typo and through a dialect word for the disabled', () => {
    expect(ranking(catalog, '低宝')[0]).toBe('dibao');
    expect(ranking(catalog, '瞎子')[0]).toBe('canji-butie');
    expect(ranking(catalog, '八十几岁的老汉')[0]).toBe('gaoling-jintie');
  });
  it('cuts a query into the vocabulary’s words for Pagefind, keeping 低保 whole', () => {
    const index = indexVocabulary(catalog);
    expect(queryWords(index, '低保怎么申请要什么材料', segmenter)).toEqual(expect.arrayContaining(['低保', '材料']));
    expect(queryWords(index, '低保怎么申请要什么材料', segmenter)).not.toContain('低');
  });
});
