import { describe, expect, it } from 'vitest';
import { forwardedClient, limitedClient, trustedProxyHops } from '../../api/http/clientAddress.ts';

describe('X-Forwarded-For behind trusted proxies', () => {
  it('reads the entry the last trusted proxy appended, never what the client wrote to its left', () => {
    expect(forwardedClient('6.6.6.6, 203.0.113.7', 1)).toBe('203.0.113.7');
    expect(forwardedClient('6.6.6.6, 203.0.113.7, 10.0.0.1', 2)).toBe('203.0.113.7');
    expect(forwardedClient('203.0.113.7', 2)).toBe('203.0.113.7');
    expect(forwardedClient(' 2001:db8::1 ', 1)).toBe('2001:db8::1');
  });

  it('takes nothing that is not an IP address, and nothing when no proxy is trusted', () => {
    for (const header of ['unknown', '203.0.113.7:5678', '6.6.6.6, ', '[2001:db8::1]', '', '1.2.3.4.5']) expect(forwardedClient(header, 1)).toBeUndefined();
    expect(forwardedClient('203.0.113.7', 0)).toBeUndefined();
    expect(forwardedClient(undefined, 1)).toBeUndefined();
  });

  it('trusts proxies only with TRUST_PROXY=1, and refuses to start on values it cannot read', () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUST_PROXY: '0', TRUST_PROXY_HOPS: '3' })).toBe(0);
    expect(trustedProxyHops({ TRUST_PROXY: '1' })).toBe(1);
    expect(trustedProxyHops({ TRUST_PROXY: '1', TRUST_PROXY_HOPS: '2' })).toBe(2);
    expect(() => trustedProxyHops({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY must be 1 or 0/);
    expect(() => trustedProxyHops({ TRUST_PROXY: '1', TRUST_PROXY_HOPS: '0' })).toThrow(/TRUST_PROXY_HOPS/);
  });
});

describe('one client for limits', () => {
  it('is an IPv4 address, or the /64 network of an IPv6 address', () => {
    expect(limitedClient('203.0.113.7')).toBe('203.0.113.7');
    expect(limitedClient('2001:db8:0:1::7')).toBe('2001:db8:0:1::/64');
    expect(limitedClient('2001:DB8:0000:0001:abcd:1:2:3')).toBe('2001:db8:0:1::/64');
    expect(limitedClient('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(limitedClient('::1')).toBe('0:0:0:0::/64');
    expect(limitedClient('unknown')).toBe('unknown');
  });
});
