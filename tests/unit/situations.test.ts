import { describe, expect, it } from 'vitest';
import { policiesForSituation } from '../../site/lib/situations.ts';
import type { PolicyPage } from '../../site/lib/policies.ts';

// Just enough of a page for ordering: its id and the situations its frontmatter declares.
const page = (id: string, situations: string[]) => ({ id, textLang: 'zh-CN', data: { situations } }) as unknown as PolicyPage;
const catalog = [page('dibao', ['poor', 'elderly']), page('tekun', ['elderly', 'poor']), page('liulang-jiuzhu', ['elderly']), page('gaoling-jintie', ['elderly']), page('yanglao-fuwu', ['elderly']), page('jiehun', ['marriage'])];

describe('life situations on the home page', () => {
  it('lists 高龄津贴 first for 家里有老人, then care, then what depends on poverty', () => {
    expect(policiesForSituation('elderly', catalog).map((p) => p.id)).toEqual(['gaoling-jintie', 'yanglao-fuwu', 'tekun', 'dibao', 'liulang-jiuzhu']);
  });
  it('lists only pages that declare the situation, and an unranked one after the ranked ones', () => {
    const withNew = [page('cishan', ['disaster']), page('shouzai-jiuzhu', ['disaster']), page('new-programme', ['disaster'])];
    expect(policiesForSituation('disaster', withNew).map((p) => p.id)).toEqual(['shouzai-jiuzhu', 'cishan', 'new-programme']);
    expect(policiesForSituation('marriage', catalog).map((p) => p.id)).toEqual(['jiehun']);
  });
});
