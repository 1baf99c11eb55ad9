import { describe, expect, it } from 'vitest';
import { checkIdNumber, maskIdForResident, maskIdForStaff } from '../../../api/domain/idNumber.ts';
import { readSample } from './fixtures.ts';

const inputs = readSample<{ ids_valid: string[]; ids_invalid: { id: string; why: string }[] }>('inputs-sample.json');
const today = '2025-06-01';

describe('checkIdNumber', () => {
  it.each(inputs.ids_valid)('accepts the sample %s', (id) => {
    expect(checkIdNumber(id, today)).toMatchObject({ ok: true, value: id, kind: 'resident' });
  });

  it('reads the birth date out of the number', () => {
    expect(checkIdNumber('431225195203140022', today)).toEqual({ ok: true, value: '431225195203140022', birthDate: '1952-03-14', kind: 'resident' });
  });

  it('rejects the samples for the stated reason', () => {
    const codes = inputs.ids_invalid.map(({ id }) => checkIdNumber(id, today));
    expect(codes).toEqual([
      { ok: false, code: 'id.checksum' },
      { ok: false, code: 'id.birthdate' },
    ]);
    expect(inputs.ids_invalid.map((s) => s.why)).toEqual(['checksum (GB 11643 mod 11-2)', 'month 13']);
  });

  it('reads a lower-case x, full-width digits and spaces the way they were meant', () => {
    expect(checkIdNumber('５２２７２５ 1938 0101 123x', today)).toMatchObject({ ok: true, value: '52272519380101123X' });
    expect(checkIdNumber('52272519380101123ｘ', today)).toMatchObject({ ok: true, value: '52272519380101123X' });
    expect(checkIdNumber('\u3000431225195203140022 ', today)).toMatchObject({ ok: true });
  });

  it('asks for the 18-digit number when given an old 15-digit one', () => {
    expect(checkIdNumber('431225520314002', today)).toEqual({ ok: false, code: 'id.fifteen' });
  });

  it('tells an empty field, a wrong length and wrong characters apart', () => {
    expect(checkIdNumber('  ', today)).toEqual({ ok: false, code: 'id.required' });
    expect(checkIdNumber('43122519520314002', today)).toEqual({ ok: false, code: 'id.length' });
    expect(checkIdNumber('4312251952031400221', today)).toEqual({ ok: false, code: 'id.length' });
    expect(checkIdNumber('43122519520314002A', today)).toEqual({ ok: false, code: 'id.chars' });
    expect(checkIdNumber('4312251952031X0022', today)).toEqual({ ok: false, code: 'id.chars' });
  });

  it('knows leap years', () => {
    expect(checkIdNumber('43122520000229001X', today)).toMatchObject({ ok: true, birthDate: '2000-02-29' });
    expect(checkIdNumber('431225190002290013', today)).toEqual({ ok: false, code: 'id.birthdate' });
  });

  it('rejects a birth date after today, and accepts one born today', () => {
    expect(checkIdNumber('110101203001010014', today)).toEqual({ ok: false, code: 'id.future' });
    expect(checkIdNumber('110101203001010014', '2030-01-01')).toMatchObject({ ok: true, birthDate: '2030-01-01' });
  });

  it('accepts residence permits of Hong Kong, Macao and Taiwan residents', () => {
    for (const id of ['810000199001010019', '820000198506150022', '830000200002290031']) {
      expect(checkIdNumber(id, today)).toMatchObject({ ok: true, kind: 'hmt-residence-permit' });
    }
  });

  it("accepts the 2023 foreigners' permanent residence ID", () => {
    expect(checkIdNumber('931156198704230019', today)).toMatchObject({ ok: true, kind: 'foreign-permanent-residence', birthDate: '1987-04-23' });
  });

  it('rejects a number whose region part no document uses, even with a correct check digit', () => {
    expect(checkIdNumber('080000199001010012', today)).toEqual({ ok: false, code: 'id.region' });
    expect(checkIdNumber('811234199001010014', today)).toEqual({ ok: false, code: 'id.region' });
  });
});

describe('masking', () => {
  it('shows residents only the last four characters', () => {
    expect(maskIdForResident('52272519380101123X')).toBe('**************123X');
    expect(maskIdForResident('52272519380101123x')).toBe('**************123X');
  });

  it('shows staff the region code and the last four characters', () => {
    expect(maskIdForStaff('52272519380101123X')).toBe('522725********123X');
  });
});
