import { Injectable } from '@nestjs/common';
import type { Role } from '@pos/shared';
import { type Db, PrismaService } from '../../core/prisma/prisma.service.js';

const WITH_PROVIDER = { provider: { select: { id: true, name: true } } } as const;

@Injectable()
export class UserRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByLoginName(loginName: string, db: Db = this.prisma) {
    return db.user.findFirst({
      where: loginName.includes('@') ? { email: loginName } : { mobile: loginName },
    });
  }

  /** The caller's own account; the id comes from their token, never from the URL. */
  findSelf(userId: string) {
    return this.prisma.user.findUnique({ where: { id: userId }, include: WITH_PROVIDER });
  }

  createMerchant(data: { mobile: string | null; email: string | null; displayName: string; passwordHash: string; locale: string }) {
    return this.prisma.user.create({ data: { ...data, role: 'MERCHANT' satisfies Role }, include: WITH_PROVIDER });
  }

  createInvited(
    data: { email: string; displayName: string; role: Role; locale: string; providerId: string; invitationTokenHash: string; invitationExpiresAt: Date },
    db: Db = this.prisma,
  ) {
    return db.user.create({ data: { ...data, passwordHash: null }, select: { id: true } });
  }

  findByInvitationTokenHash(invitationTokenHash: string) {
    return this.prisma.user.findUnique({
      where: { invitationTokenHash },
      select: { id: true, email: true, disabledAt: true, invitationTokenHash: true, invitationExpiresAt: true },
    });
  }

  /** Sets the first password and spends the token. False when another accept used the same token first. */
  async acceptInvitation(userId: string, invitationTokenHash: string, passwordHash: string, db: Db = this.prisma): Promise<boolean> {
    const { count } = await db.user.updateMany({
      where: { id: userId, invitationTokenHash, passwordHash: null, disabledAt: null },
      data: { passwordHash, invitationTokenHash: null, invitationExpiresAt: null, failedLoginCount: 0, lockedUntil: null },
    });
    return count === 1;
  }

  updateLocale(userId: string, locale: string) {
    return this.prisma.user.update({ where: { id: userId }, data: { locale }, include: WITH_PROVIDER });
  }

  recordSuccessfulLogin(userId: string, db: Db = this.prisma) {
    return db.user.update({ where: { id: userId }, data: { lastLoginAt: new Date() } });
  }
}
