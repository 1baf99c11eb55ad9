import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatCaseNo, isCaseNo, makeCaseNo, parseCaseNo } from '../../../api/domain/caseNumber.ts';
import { dammCheckDigit, isDammValid } from '../../../api/domain/damm.ts';

const cryptoBytes = (n: number) => webcrypto.getRandomValues(new Uint8Array(n));
/** A random source that plays back the given bytes, then zeros. */
const playBack = (bytes: number[]) => (n: number) => {
  const out = new Uint8Array(n);
  out.set(bytes.splice(0, n));
  return out;
};

describe('Damm check digit', () => {
  it('matches the published example (572 → 4)', () => {
    expect(dammCheckDigit('572')).toBe(4);
    expect(isDammValid('5724')).toBe(true);
    expect(isDammValid('5274')).toBe(false);
  });
});

describe('makeCaseNo', () => {
  it('makes 12 digits, the first not 0, from the random bytes given', () => {
    // First byte 0 → first digit 1; bytes ≥ 250 are skipped so every digit is equally likely.
    const caseNo = makeCaseNo(playBack([0, 1, 250, 2, 255, 3, 4, 5, 6, 7, 8, 9, 10]));
    expect(caseNo).toMatch(/^1123456789\d\d$/);
    expect(caseNo.slice(0, 11)).toBe('11234567890');
    expect(isCaseNo(caseNo)).toBe(true);
  });

  it('gives distinct, valid numbers from a real random source', () => {
    const numbers = Array.from({ length: 1000 }, () => makeCaseNo(cryptoBytes));
    expect(new Set(numbers).size).toBe(1000);
    expect(numbers.every((n) => /^[1-9]\d{11}$/.test(n) && isCaseNo(n))).toBe(true);
  });

  it('gives up on a random source that never yields a usable byte', () => {
    expect(() => makeCaseNo((n) => new Uint8Array(n).fill(255))).toThrow();
  });
});

describe('isCaseNo', () => {
  const caseNo = makeCaseNo(cryptoBytes);

  it('catches every mistyped digit', () => {
    for (let i = 0; i < 12; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === caseNo[i]) continue;
        expect(isCaseNo(caseNo.slice(0, i) + d + caseNo.slice(i + 1))).toBe(false);
      }
    }
  });

  it('catches every swap of two neighbouring digits', () => {
    for (let i = 0; i < 11; i++) {
      if (caseNo[i] === caseNo[i + 1]) continue;
      expect(isCaseNo(caseNo.slice(0, i) + caseNo[i + 1] + caseNo[i] + caseNo.slice(i + 2))).toBe(false);
    }
  });

  it('reads numbers typed with spaces, dashes or full-width digits', () => {
    const spaced = formatCaseNo(caseNo);
    const fullWidth = [...caseNo].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('');
    for (const typed of [spaced, formatCaseNo(caseNo, '-'), fullWidth, ` ${caseNo} `]) {
      expect(parseCaseNo(typed)).toBe(caseNo);
    }
  });

  it('rejects a leading zero even with a correct check digit, as spreadsheets drop it', () => {
    const digits = '01234567890';
    expect(isDammValid(digits + dammCheckDigit(digits))).toBe(true);
    expect(isCaseNo(digits + dammCheckDigit(digits))).toBe(false);
  });

  it('rejects what is not a case number', () => {
    for (const typed of ['', caseNo.slice(0, 11), `${caseNo}0`, `0${caseNo.slice(1)}`, 'abcd efgh ijkl']) {
      expect(isCaseNo(typed)).toBe(false);
    }
  });
});

describe('formatCaseNo', () => {
  it('groups the digits 4-4-4', () => {
    const caseNo = makeCaseNo(cryptoBytes);
    expect(formatCaseNo(caseNo)).toBe(`${caseNo.slice(0, 4)} ${caseNo.slice(4, 8)} ${caseNo.slice(8)}`);
    expect(formatCaseNo(caseNo, '-')).toMatch(/^\d{4}-\d{4}-\d{4}$/);
  });

  it('leaves other text as it is', () => {
    expect(formatCaseNo('12345')).toBe('12345');
  });
});
