import { Injectable } from '@nestjs/common';
import { type Db, PrismaService } from '../../core/prisma/prisma.service.js';

const WITH_OWNER_AND_SESSION = {
  user: { select: { id: true, role: true, providerId: true, disabledAt: true } },
  session: { select: { revokedAt: true } },
} as const;

/** Sessions (one sign-in on one device) and the refresh tokens rotated within each. */
@Injectable()
export class RefreshTokenRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Opens a session; its id goes into every access token issued in it (`sid`). */
  createSession(userId: string, db: Db = this.prisma) {
    return db.loginSession.create({ data: { userId }, select: { id: true } });
  }

  create(data: { userId: string; familyId: string; tokenHash: string; expiresAt: Date; userAgent?: string; ip?: string }, db: Db = this.prisma) {
    return db.refreshToken.create({ data });
  }

  findByHash(tokenHash: string) {
    return this.prisma.refreshToken.findUnique({ where: { tokenHash }, include: WITH_OWNER_AND_SESSION });
  }

  /** Marks a live token as used. Returns false when someone else rotated or revoked it first. */
  async markRotated(id: string, db: Db = this.prisma): Promise<boolean> {
    const { count } = await db.refreshToken.updateMany({
      where: { id, rotatedAt: null, revokedAt: null },
      data: { rotatedAt: new Date() },
    });
    return count === 1;
  }

  /** Ends one session: its refresh tokens stop working, and its access tokens fail the per-request check. */
  async revokeSession(sessionId: string, db: Db = this.prisma): Promise<void> {
    const now = new Date();
    await db.loginSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
    await db.refreshToken.updateMany({ where: { familyId: sessionId, revokedAt: null }, data: { revokedAt: now } });
  }

  /** Ends every session of an account (deactivation). */
  async revokeAllSessions(userId: string, db: Db = this.prisma): Promise<void> {
    const now = new Date();
    await db.loginSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    await db.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  }
}
