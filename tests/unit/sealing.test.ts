import { createHmac, hkdfSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeSealer } from '../../api/security/sealing.ts';
import { chinaDate } from '../../api/domain/calendarDate.ts';

describe('sealing', () => {
  const master = Buffer.alloc(32, 7);
  const sealer = makeSealer(master);

  it('computes the same lookup HMAC as node:crypto createHmac', () => {
    const key = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'minzhengyun lookup-hmac', 32));
    for (const text of ['', '080152', 'x'.repeat(300), '12345X', '买买提·艾力', 'x'.repeat(301)]) {
      expect(sealer.hmac('id-last6', text)).toBe(createHmac('sha256', key).update(`id-last6\0${text}`).digest('hex'));
    }
  });

  it('signs tokens with the same HMAC as node:crypto createHmac', () => {
    const key = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'minzhengyun token-hmac', 32));
    for (const payload of ['', 'eyJzIjoiY2FzZToxIiwiZSI6MX0', 'y'.repeat(300)]) {
      expect(sealer.sign(payload)).toBe(createHmac('sha256', key).update(payload).digest('base64url'));
    }
  });

  it('opens what it sealed, and refuses a tampered text', () => {
    const sealed = sealer.seal('431225195203140022');
    expect(sealer.open(sealed)).toBe('431225195203140022');
    // One character of the ciphertext changed (the middle one, which carries six full bits).
    const middle = Math.floor(sealed.length / 2);
    const tampered = `${sealed.slice(0, middle)}${sealed[middle] === 'A' ? 'B' : 'A'}${sealed.slice(middle + 1)}`;
    expect(() => sealer.open(tampered)).toThrow();
  });
});

describe('chinaDate', () => {
  it('is the date in Beijing, across midnight UTC+8', () => {
    expect(chinaDate(new Date('2026-11-23T15:59:59Z'))).toBe('2026-11-23');
    expect(chinaDate(new Date('2026-11-23T16:00:00Z'))).toBe('2026-11-24');
    expect(chinaDate(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
  });
});
