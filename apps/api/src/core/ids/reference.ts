import { randomInt } from 'node:crypto';
import { Prisma } from '../../generated/prisma/client.js';

/** No 0/O or 1/I: a reference is read out on the phone. */
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A human-facing reference such as AP-20261125-7KQ3M9: prefix, Beijing date, six random characters. */
export function newReference(prefix: string, now = new Date()): string {
  const day = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).replaceAll('-', '');
  let suffix = '';
  for (let i = 0; i < 6; i++) suffix += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `${prefix}-${day}-${suffix}`;
}

const isReferenceClash = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002' && JSON.stringify(error.meta ?? {}).includes('reference');

/**
 * Runs a transaction that creates a row with a new reference, again (up to three times in all) if it failed only
 * because that random reference was already taken: about once in two thousand days at a thousand a day.
 */
export async function withFreshReference<T>(transaction: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= 3 || !isReferenceClash(error)) throw error;
    }
  }
}
