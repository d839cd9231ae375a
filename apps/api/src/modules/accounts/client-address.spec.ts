import { describe, expect, it } from 'vitest';
import { lockoutAddressOf } from './client-address.js';

describe(lockoutAddressOf.name, () => {
  it('keeps an IPv4 address as it is', () => {
    expect(lockoutAddressOf('203.0.113.7')).toBe('203.0.113.7');
  });

  it('reads an IPv4-mapped IPv6 address as the IPv4 address', () => {
    expect(lockoutAddressOf('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it.each([
    ['2001:db8:1:2::a', '2001:db8:1:2::/64'],
    ['2001:0DB8:0001:0002:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['2001:db8:1:2:3:4:192.0.2.1', '2001:db8:1:2::/64'],
  ])('counts the IPv6 address %s by its /64 (%s)', (ip, expected) => {
    expect(lockoutAddressOf(ip)).toBe(expected);
  });

  it('puts a missing or malformed address into one bucket of its own', () => {
    expect(lockoutAddressOf(undefined)).toBe('unknown');
    expect(lockoutAddressOf('not an address')).toBe('unknown');
  });
});
