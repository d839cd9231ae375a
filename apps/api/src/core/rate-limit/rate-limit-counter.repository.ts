import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service.js';

/** The rate limiter's counter rows (written by rate-limiter-flexible on its own pool, see PostgresThrottlerStorage). */
@Injectable()
export class RateLimitCounterRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Deletes the counters whose window or block ended before `epochMs`; returns how many. */
  async deleteExpiredBefore(epochMs: number): Promise<number> {
    const { count } = await this.prisma.rateLimitCounter.deleteMany({ where: { expire: { lt: BigInt(epochMs) } } });
    return count;
  }
}
