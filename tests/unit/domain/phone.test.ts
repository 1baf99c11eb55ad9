import { describe, expect, it } from 'vitest';
import { checkPhone, checkPhoneLastFour, maskPhone, phoneLastFour } from '../../../api/domain/phone.ts';
import { readSample } from './fixtures.ts';

const inputs = readSample<{ phones_valid: string[]; phones_invalid: string[] }>('inputs-sample.json');

describe('checkPhone', () => {
  it('accepts the samples', () => {
    expect(inputs.phones_valid.map(checkPhone)).toEqual([
      { ok: true, value: '13800138000', kind: 'mobile' },
      { ok: true, value: '0745-8221234', kind: 'landline' },
    ]);
  });

  it.each(inputs.phones_invalid)('rejects the sample %s', (phone) => {
    expect(checkPhone(phone)).toEqual({ ok: false, code: 'phone.invalid' });
  });

  it('reads mobiles typed with full-width digits, spaces, dashes or +86', () => {
    for (const phone of ['１３８ ００１３ ８０００', '138-0013-8000', '+86 138 0013 8000', '008613800138000']) {
      expect(checkPhone(phone)).toEqual({ ok: true, value: '13800138000', kind: 'mobile' });
    }
  });

  it('splits a landline typed without a dash at the right place', () => {
    expect(checkPhone('07458221234')).toEqual({ ok: true, value: '0745-8221234', kind: 'landline' });
    expect(checkPhone('01062345678')).toEqual({ ok: true, value: '010-62345678', kind: 'landline' });
    expect(checkPhone('(0745)8221234')).toEqual({ ok: true, value: '0745-8221234', kind: 'landline' });
  });

  it('keeps an extension', () => {
    expect(checkPhone('0745-8221234-801')).toMatchObject({ ok: true, value: '0745-8221234-801' });
    expect(checkPhone('0745-8221234转801')).toMatchObject({ ok: true, value: '0745-8221234-801' });
  });

  it('rejects numbers no phone has', () => {
    for (const phone of ['12800138000', '1380013800', '138001380001', '8221234', '0745-0221234', 'abc']) {
      expect(checkPhone(phone)).toEqual({ ok: false, code: 'phone.invalid' });
    }
  });

  it('asks for a number when there is none', () => {
    expect(checkPhone(' ')).toEqual({ ok: false, code: 'phone.required' });
  });
});

describe('maskPhone', () => {
  it('hides the middle of a mobile', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
    expect(maskPhone('+86 138 0013 8000')).toBe('138****8000');
  });

  it('keeps the area code and the last four digits of a landline', () => {
    expect(maskPhone('0745-8221234')).toBe('0745-***1234');
    expect(maskPhone('0745-8221234-801')).toBe('0745-***1234');
  });
});

describe('phoneLastFour and checkPhoneLastFour (finding a lost case)', () => {
  it('takes the last 4 digits of the number itself, never of a landline extension', () => {
    expect(phoneLastFour('13800138000')).toBe('8000');
    expect(phoneLastFour('0745-8221234')).toBe('1234');
    expect(phoneLastFour('0745-8221234-56')).toBe('1234');
  });

  it('reads 4 digits typed with full-width forms or spaces, and nothing else', () => {
    expect(checkPhoneLastFour('１２ ３４')).toEqual({ ok: true, value: '1234' });
    for (const typed of ['123', '12345', '12a4', '']) expect(checkPhoneLastFour(typed)).toEqual({ ok: false, code: 'phone.last4' });
  });
});
