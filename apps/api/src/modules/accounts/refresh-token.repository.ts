import { Injectable } from '@nestjs/common';
import { type Db, PrismaService } from '../../core/prisma/prisma.service.js';

@Injectable()
export class RefreshTokenRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(data: { userId: string; familyId: string; tokenHash: string; expiresAt: Date; userAgent?: string; ip?: string }, db: Db = this.prisma) {
    return db.refreshToken.create({ data });
  }

  findByHash(tokenHash: string) {
    return this.prisma.refreshToken.findUnique({
      where: { tokenHash },
      include: { user: { select: { id: true, role: true, providerId: true, disabledAt: true } } },
    });
  }

  /** Marks a live token as used. Returns false when someone else rotated or revoked it first. */
  async markRotated(id: string, db: Db = this.prisma): Promise<boolean> {
    const { count } = await db.refreshToken.updateMany({
      where: { id, rotatedAt: null, revokedAt: null },
      data: { rotatedAt: new Date() },
    });
    return count === 1;
  }

  revokeFamily(familyId: string, db: Db = this.prisma) {
    return db.refreshToken.updateMany({ where: { familyId, revokedAt: null }, data: { revokedAt: new Date() } });
  }
}
