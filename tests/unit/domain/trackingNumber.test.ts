// Tracking numbers and query codes of what the public files (异议 now; 举报 and questions later): typed on a kiosk keypad,
// told apart from a case number at a glance, a typing slip caught by the check digit.
import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseCaseNo } from '../../../api/domain/caseNumber.ts';
import { isDammValid } from '../../../api/domain/damm.ts';
import { formatTrackingNumber, makeTrackingNumber, parseTrackingNumber, TRACKING_KINDS } from '../../../api/domain/trackingNumber.ts';
import { makeQueryCode, parseQueryCode } from '../../../api/domain/queryCode.ts';

const cryptoBytes = (n: number) => webcrypto.getRandomValues(new Uint8Array(n));

describe('tracking numbers', () => {
  it('are 11 digits: the kind, 9 random digits and a Damm check digit', () => {
    for (let i = 0; i < 200; i++) {
      const number = makeTrackingNumber('objection', cryptoBytes);
      expect(number).toMatch(/^5\d{10}$/);
      expect(isDammValid(number)).toBe(true);
      expect(parseTrackingNumber(number)).toEqual({ kind: 'objection', number });
    }
  });

  it('give each kind its own first digit, none of them a case number', () => {
    const firsts = Object.values(TRACKING_KINDS);
    expect(new Set(firsts).size).toBe(firsts.length);
    const report = makeTrackingNumber('report', cryptoBytes);
    expect(parseTrackingNumber(report)?.kind).toBe('report');
    expect(parseCaseNo(report)).toBeNull();
  });

  it('read typed input with spaces, dashes and full-width digits, and refuse a slip or a case number', () => {
    const number = makeTrackingNumber('objection', cryptoBytes);
    const spaced = formatTrackingNumber(number);
    expect(spaced).toBe(`${number.slice(0, 4)} ${number.slice(4, 8)} ${number.slice(8)}`);
    expect(parseTrackingNumber(spaced)?.number).toBe(number);
    expect(parseTrackingNumber(number.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))))?.number).toBe(number);
    const slipped = number.slice(0, 5) + String((Number(number[5]) + 1) % 10) + number.slice(6);
    expect(parseTrackingNumber(slipped)).toBeNull();
    expect(parseTrackingNumber('123456789012')).toBeNull();
    expect(parseTrackingNumber('0' + number.slice(1))).toBeNull();
  });
});

describe('query codes', () => {
  it('are 8 digits, read back with spaces and full-width digits', () => {
    const code = makeQueryCode((n) => Math.floor(Math.random() * n));
    expect(code).toMatch(/^\d{8}$/);
    expect(parseQueryCode(` ${code.slice(0, 4)} ${code.slice(4)} `)).toBe(code);
    expect(parseQueryCode('１２３４５６７８')).toBe('12345678');
    expect(parseQueryCode('1234567')).toBeNull();
  });
});
