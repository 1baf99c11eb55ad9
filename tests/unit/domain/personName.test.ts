import { describe, expect, it } from 'vitest';
import { checkName, maskName, nameLength } from '../../../api/domain/personName.ts';
import { readSample } from './fixtures.ts';

const inputs = readSample<{ names_valid: string[]; names_normalise: { in: string; out: string }[] }>('inputs-sample.json');

describe('checkName', () => {
  it.each(inputs.names_valid)('accepts the sample %s unchanged', (name) => {
    expect(checkName(name)).toEqual({ ok: true, value: name });
  });

  it.each(inputs.names_normalise)('stores $in as $out', ({ in: input, out }) => {
    expect(checkName(input)).toEqual({ ok: true, value: out });
  });

  it('folds every dot people type for the separator into U+00B7', () => {
    for (const dot of ['\u2022', '\u30FB', '\uFF0E', '.', '\u2027', '\uFF65']) {
      expect(checkName(`买买提${dot}艾力`)).toEqual({ ok: true, value: '买买提·艾力' });
    }
  });

  it('accepts characters outside the BMP, from CJK Extension B to Extension I', () => {
    for (const name of ['王\u{20000}', '李\u{2A700}', '张\u{2B740}', '陈\u{30000}', '赵\u{31350}', '刘\u{2EBF0}']) {
      expect(checkName(name)).toEqual({ ok: true, value: name });
    }
  });

  it('keeps compatibility ideographs as typed, where NFC would change them', () => {
    const name = '金\uF90A';
    expect(name.normalize('NFC')).not.toBe(name);
    expect(checkName(name)).toEqual({ ok: true, value: name });
  });

  it('keeps an ideographic variation selector with its character', () => {
    expect(checkName('葛\u{E0100}优')).toEqual({ ok: true, value: '葛\u{E0100}优' });
    expect(checkName('\u{E0100}葛')).toEqual({ ok: false, code: 'name.chars' });
  });

  it('counts code points, not UTF-16 units', () => {
    expect(nameLength('王\u{20000}')).toBe(2);
    expect('王\u{20000}'.length).toBe(3);
  });

  it('accepts long names up to 100 characters, also when each one takes two UTF-16 units', () => {
    expect(checkName('阿'.repeat(50))).toMatchObject({ ok: true });
    expect(checkName('\u{20000}'.repeat(100))).toMatchObject({ ok: true });
    expect(checkName('\u{20000}'.repeat(101))).toEqual({ ok: false, code: 'name.length' });
  });

  it('removes spaces', () => {
    expect(checkName(' 张 三\u3000')).toEqual({ ok: true, value: '张三' });
  });

  it('rejects what is not a Han character', () => {
    for (const name of ['Zhang San', '张3', '张三😀', '王\u2F00']) {
      expect(checkName(name)).toEqual({ ok: false, code: 'name.chars' });
    }
  });

  it('rejects a separator at either end or twice in a row', () => {
    for (const name of ['·艾力', '艾力·', '买买提··艾力', '买买提.•艾力', '·']) {
      expect(checkName(name)).toEqual({ ok: false, code: 'name.separator' });
    }
  });

  it('asks for a name when there is none', () => {
    expect(checkName('')).toEqual({ ok: false, code: 'name.required' });
    expect(checkName(' \u3000 ')).toEqual({ ok: false, code: 'name.required' });
  });
});

describe('maskName', () => {
  // Issue 10: 张*三 / 张*: the first character, and the last of a name of three or more; a star for each one between.
  it('keeps the first character, and the last of a name of three or more, one star for each other character', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('张小三')).toBe('张*三');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
  });

  it('keeps the separator of a minority name where it stands', () => {
    expect(maskName('买买提·艾力')).toBe('买**·*力');
    expect(maskName('阿·木')).toBe('阿·*');
  });

  it('never splits a character that takes two UTF-16 units, and keeps a rare one whole', () => {
    expect(maskName('王\u{20000}')).toBe('王*');
    expect(maskName('\u{20000}王')).toBe('\u{20000}*');
    expect(maskName('\u{20BB7}野家')).toBe('\u{20BB7}*家');
    expect(maskName('张小\u{20BB7}')).toBe('张*\u{20BB7}');
    expect(maskName('\u{20000}\u{20001}\u{20002}')).toBe('\u{20000}*\u{20002}');
    expect(maskName('\u{30000}\u{31350}\u{2EBF0}\u{20001}').isWellFormed()).toBe(true);
    expect(maskName('葛\u{E0100}优')).toBe('葛\u{E0100}*');
    expect(maskName('张小优\u{E0100}')).toBe('张*优\u{E0100}');
  });

  it('hides a one-character name completely', () => {
    expect(maskName('卓')).toBe('*');
  });
});
