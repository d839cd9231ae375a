import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../core/prisma/prisma.service.js';

const STAFF_FIELDS = { id: true, displayName: true, role: true, mobile: true, email: true, lastLoginAt: true, disabledAt: true, createdAt: true } as const;

/** Provider staff accounts. Every method takes the provider scope: staff never see another provider's people. */
@Injectable()
export class StaffRepository {
  constructor(private readonly prisma: PrismaService) {}

  listForProvider(providerId: string) {
    return this.prisma.user.findMany({ where: { providerId }, select: STAFF_FIELDS, orderBy: [{ role: 'asc' }, { displayName: 'asc' }] });
  }

  findInProvider(providerId: string, userId: string) {
    return this.prisma.user.findFirst({ where: { id: userId, providerId }, select: STAFF_FIELDS });
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
}
