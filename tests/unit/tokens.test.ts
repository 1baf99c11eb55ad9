import { describe, expect, it } from 'vitest';
import { makeSealer } from '../../api/security/sealing.ts';
import { makeTokenIssuer, readToken } from '../../api/security/tokens.ts';

describe('access tokens', () => {
  const sealer = makeSealer(Buffer.alloc(32, 9));
  const LIFETIME = 15 * 60_000;
  const t0 = Date.parse('2026-12-01T02:03:04.567Z');

  it('open their case for at least the lifetime and at most a minute more, then not', () => {
    const token = makeTokenIssuer(sealer, LIFETIME)('case:7', t0);
    expect(readToken(sealer, token, t0 + LIFETIME - 1)).toBe('case:7');
    expect(readToken(sealer, token, t0 + LIFETIME + 60_000)).toBeUndefined();
    expect(readToken(makeSealer(Buffer.alloc(32, 8)), token, t0)).toBeUndefined();
  });

  it('are signed once per case and minute: the same case within the minute gets the same token, others their own', () => {
    const issue = makeTokenIssuer(sealer, LIFETIME);
    const first = issue('case:7', t0);
    expect(issue('case:7', t0 + 1000)).toBe(first);
    expect(issue('case:8', t0 + 1000)).not.toBe(first);
    const later = issue('case:7', t0 + 61_000);
    expect(later).not.toBe(first);
    expect(readToken(sealer, later, t0 + 61_000 + LIFETIME - 1)).toBe('case:7');
  });
});
