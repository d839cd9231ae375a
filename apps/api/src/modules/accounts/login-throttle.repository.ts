import { Injectable } from '@nestjs/common';
import { type Db, PrismaService } from '../../core/prisma/prisma.service.js';

/** The account-wide row of a login name in LoginThrottle. */
export const ALL_ADDRESSES = '*';

@Injectable()
export class LoginThrottleRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The latest lock end in force for the name from this address or from all addresses, if any. */
  async lockedUntil(subjectHash: string, address: string, now: Date): Promise<Date | undefined> {
    const locks = await this.prisma.loginThrottle.findMany({
      where: { subjectHash, address: { in: [address, ALL_ADDRESSES] }, lockedUntil: { gt: now } },
      select: { lockedUntil: true },
    });
    return locks.reduce<Date | undefined>((latest, { lockedUntil }) => (!latest || lockedUntil! > latest ? lockedUntil! : latest), undefined);
  }

  /**
   * Counts one failure against the address row and the account-wide row in one statement, atomically, so parallel
   * guesses cannot each read "4". A row whose window started at or before `windowStart` starts a new window at 1.
   * Returns both new counts.
   */
  async recordFailure(subjectHash: string, address: string, now: Date, windowStart: Date): Promise<{ address: number; allAddresses: number }> {
    const rows = await this.prisma.$queryRaw<{ address: string; failures: number }[]>`
      INSERT INTO "LoginThrottle" AS t ("subjectHash", "address", "failures", "windowStartedAt")
      VALUES (${subjectHash}, ${address}, 1, ${now}::timestamp(3)), (${subjectHash}, ${ALL_ADDRESSES}, 1, ${now}::timestamp(3))
      ON CONFLICT ("subjectHash", "address") DO UPDATE
         SET "failures" = CASE WHEN t."windowStartedAt" > ${windowStart}::timestamp(3) THEN t."failures" + 1 ELSE 1 END,
             "windowStartedAt" = CASE WHEN t."windowStartedAt" > ${windowStart}::timestamp(3) THEN t."windowStartedAt" ELSE ${now}::timestamp(3) END
      RETURNING "address", "failures"`;
    const countOf = (key: string) => rows.find((row) => row.address === key)?.failures ?? 0;
    return { address: countOf(address), allAddresses: countOf(ALL_ADDRESSES) };
  }

  /** Locks one row until `until`; its count starts again from the lock. */
  async lock(subjectHash: string, address: string, until: Date, now: Date, db: Db = this.prisma): Promise<void> {
    await db.loginThrottle.updateMany({ where: { subjectHash, address }, data: { lockedUntil: until, failures: 0, windowStartedAt: now } });
  }

  /** Forgets an address's failures after it signed in. The account-wide count stays: it is the backstop. */
  async clearAddress(subjectHash: string, address: string): Promise<void> {
    await this.prisma.loginThrottle.deleteMany({ where: { subjectHash, address, OR: [{ lockedUntil: null }, { lockedUntil: { lte: new Date() } }] } });
  }

  /** Deletes rows that count nothing any more: their window began before `windowStart` and no lock is in force. */
  async deleteStale(windowStart: Date, now: Date): Promise<number> {
    const { count } = await this.prisma.loginThrottle.deleteMany({
      where: { windowStartedAt: { lte: windowStart }, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
    });
    return count;
  }
}
