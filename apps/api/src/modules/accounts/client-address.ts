import { isIPv4, isIPv6 } from 'node:net';

/**
 * The address a sign-in lockout counts against. IPv4 as it is; IPv6 by its /64, the block one subscriber line or
 * host gets, because a client picks any of its 2^64 addresses at will and would otherwise reset its count with each
 * attempt. IPv4-mapped IPv6 (::ffff:a.b.c.d) is the IPv4 address. Anything else (no address) counts as one bucket.
 */
export function lockoutAddressOf(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped && isIPv4(mapped[1]!)) return mapped[1]!;
  if (isIPv4(ip)) return ip;
  const address = ip.split('%')[0]!;
  if (!isIPv6(address)) return 'unknown';
  const [head = '', tail] = address.split('::');
  const groupsOf = (part: string) => (part === '' ? [] : part.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group])));
  const left = groupsOf(head);
  const right = tail === undefined ? [] : groupsOf(tail);
  const groups = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${groups.slice(0, 4).map((group) => parseInt(group, 16).toString(16)).join(':')}::/64`;
}
