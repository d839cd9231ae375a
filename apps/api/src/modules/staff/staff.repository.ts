import { Injectable } from '@nestjs/common';
import type { ProviderStaffRole } from '@pos/shared';
import { type Db, PrismaService } from '../../core/prisma/prisma.service.js';
import { STAFF_ACCOUNT_FIELDS } from './staff.mapper.js';

/** Provider staff accounts. Every method takes the provider scope: staff never see another provider's people. */
@Injectable()
export class StaffRepository {
  constructor(private readonly prisma: PrismaService) {}

  listForProvider(providerId: string) {
    return this.prisma.user.findMany({ where: { providerId }, select: STAFF_ACCOUNT_FIELDS, orderBy: [{ role: 'asc' }, { displayName: 'asc' }] });
  }

  findInProvider(providerId: string, userId: string, db: Db = this.prisma) {
    return db.user.findFirst({ where: { id: userId, providerId }, select: STAFF_ACCOUNT_FIELDS });
  }

  listTechnicians(providerId: string) {
    return this.prisma.user.findMany({ where: { providerId, role: 'TECHNICIAN', disabledAt: null }, select: { id: true, displayName: true, mobile: true }, orderBy: { displayName: 'asc' } });
  }

  findProvider(providerId: string) {
    return this.prisma.provider.findUnique({
      where: { id: providerId },
      select: { id: true, name: true, nameEn: true, kind: true, status: true, _count: { select: { staff: true } } },
    });
  }

  /**
   * Serialises staff changes within one provider (row lock on the provider until the transaction ends), so two
   * admins deactivating each other at the same moment cannot both succeed and leave the provider without an admin.
   */
  async lockProvider(providerId: string, db: Db): Promise<void> {
    await db.$queryRaw`SELECT id FROM "Provider" WHERE id = ${providerId}::uuid FOR UPDATE`;
  }

  /** Admins who can act: accepted their invitation and not deactivated. */
  countActiveAdmins(providerId: string, db: Db, exceptUserId?: string) {
    return db.user.count({ where: { providerId, role: 'PROVIDER_ADMIN', disabledAt: null, passwordHash: { not: null }, ...(exceptUserId && { id: { not: exceptUserId } }) } });
  }

  setRole(providerId: string, userId: string, role: ProviderStaffRole, db: Db) {
    return db.user.updateMany({ where: { id: userId, providerId }, data: { role } });
  }

  /** Deactivating also spends a pending invitation, so its link cannot activate the account behind the admin's back. */
  deactivate(providerId: string, userId: string, db: Db) {
    return db.user.updateMany({ where: { id: userId, providerId, disabledAt: null }, data: { disabledAt: new Date(), invitationTokenHash: null, invitationExpiresAt: null } });
  }

  reactivate(providerId: string, userId: string, db: Db) {
    return db.user.updateMany({ where: { id: userId, providerId, disabledAt: { not: null } }, data: { disabledAt: null, failedLoginCount: 0, lockedUntil: null } });
  }
}
