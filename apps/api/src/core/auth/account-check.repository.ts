import { Injectable } from '@nestjs/common';
import type { Role } from '@pos/shared';
import { PrismaService } from '../prisma/prisma.service.js';

/** What the per-request check needs to know about the caller's account and the session their token came from. */
export interface CallerState {
  role: Role;
  providerId: string | null;
  disabled: boolean;
  /** The token's session exists, belongs to this account and has not ended (logout, reuse, deactivation). */
  sessionLive: boolean;
}

@Injectable()
export class AccountCheckRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * The account and its session in one round trip, as every authenticated request pays for it (ADR 0011, 0014):
   * two primary-key probes joined in one statement. Prisma would read a relation with a second query, hence SQL.
   * Undefined when the account does not exist.
   */
  async findCaller(userId: string, sessionId: string): Promise<CallerState | undefined> {
    const rows = await this.prisma.$queryRaw<CallerState[]>`
      SELECT u.role::text AS role, u."providerId"::text AS "providerId", u."disabledAt" IS NOT NULL AS disabled,
             (s.id IS NOT NULL AND s."revokedAt" IS NULL) AS "sessionLive"
        FROM "User" u
        LEFT JOIN "LoginSession" s ON s.id = ${sessionId}::uuid AND s."userId" = u.id
       WHERE u.id = ${userId}::uuid`;
    return rows[0];
  }
}
