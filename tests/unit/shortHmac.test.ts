import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { shortHmac } from '../../api/security/shortHmac.ts';

describe('HMAC-SHA-256 of short texts from precomputed key states', () => {
  it('equals node:crypto createHmac for every length over several blocks, in ASCII and in UTF-8', () => {
    const key = randomBytes(32);
    const hmac = shortHmac(key);
    for (let length = 0; length <= 260; length++) {
      const ascii = randomBytes(length).toString('base64').slice(0, length);
      const chinese = '林城镇买买提•艾力'.repeat(20).slice(0, length);
      for (const text of [ascii, chinese, `id-last6\0${ascii}`]) expect(hmac(text)).toBe(createHmac('sha256', key).update(text).digest('hex'));
    }
  });

  it('equals createHmac with keys of any length up to a block, and texts longer than its first buffer', () => {
    for (const key of [Buffer.alloc(0), Buffer.from([0x36]), randomBytes(31), randomBytes(64)]) {
      const hmac = shortHmac(key);
      for (const text of ['', '080152', 'x'.repeat(1000), '䶮'.repeat(500), '080152']) expect(hmac(text)).toBe(createHmac('sha256', key).update(text).digest('hex'));
    }
  });

  it('refuses a key longer than a block (HMAC would hash it first)', () => {
    expect(() => shortHmac(randomBytes(65))).toThrow();
  });
});
