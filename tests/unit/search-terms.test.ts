import { describe, expect, it } from 'vitest';
import { searchTerms } from '../../site/lib/search-terms.ts';

describe('pinyin search terms', () => {
  it('gives joined syllables, neighbouring pairs and initials', () => {
    const terms = searchTerms(['高龄津贴']);
    expect(terms).toContain('gaolingjintie');
    expect(terms).toContain('gaoling');
    expect(terms).toContain('jintie');
    expect(terms).toContain('gljt');
  });
  it('reads 低保 as dibao and skips words without Han characters', () => {
    expect(searchTerms(['低保', 'abc'])).toEqual(['dibao', 'db']);
  });
});
