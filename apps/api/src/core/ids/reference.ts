import { randomInt } from 'node:crypto';

/** No 0/O or 1/I: a reference is read out on the phone. */
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A human-facing reference such as AP-20261125-7KQ3M9: prefix, Beijing date, six random characters. */
export function newReference(prefix: string, now = new Date()): string {
  const day = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).replaceAll('-', '');
  let suffix = '';
  for (let i = 0; i < 6; i++) suffix += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `${prefix}-${day}-${suffix}`;
}
