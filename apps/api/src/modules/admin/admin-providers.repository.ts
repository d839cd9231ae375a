import { Injectable } from '@nestjs/common';
import type { ProviderStatus } from '@pos/shared';
import { type Db, PrismaService } from '../../core/prisma/prisma.service.js';
import { type ConditionalUpdate, NEXT_VERSION, unchanged } from '../../core/transitions/transitions.js';
import type { Prisma } from '../../generated/prisma/client.js';

const ADMIN_PROVIDER_SELECT = {
  id: true,
  kind: true,
  name: true,
  nameEn: true,
  licenceNumber: true,
  contactPhone: true,
  status: true,
  version: true,
  createdAt: true,
  _count: { select: { staff: true, feeSchedules: true } },
  staff: { where: { role: 'PROVIDER_ADMIN', disabledAt: null, passwordHash: { not: null } }, select: { id: true } },
} as const satisfies Prisma.ProviderSelect;

export type AdminProviderRow = Prisma.ProviderGetPayload<{ select: typeof ADMIN_PROVIDER_SELECT }>;

/** Every provider, whatever its status: the platform admin's view of the marketplace. */
@Injectable()
export class AdminProvidersRepository {
  constructor(private readonly prisma: PrismaService) {}

  list() {
    return this.prisma.provider.findMany({ select: ADMIN_PROVIDER_SELECT, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  }

  find(providerId: string, db: Db = this.prisma) {
    return db.provider.findUnique({ where: { id: providerId }, select: ADMIN_PROVIDER_SELECT });
  }

  nameTaken(name: string, db: Db) {
    return db.provider.findUnique({ where: { name }, select: { id: true } });
  }

  create(data: Prisma.ProviderCreateInput, db: Db) {
    return db.provider.create({ data, select: { id: true } });
  }

  /** A suspension or restoration, through the transition runner: two admins clicking at once record one change, not two. */
  readonly updateIfUnchanged: ConditionalUpdate<ProviderStatus, Record<string, never>> = async (expected, to, data, tx) => {
    const { count } = await tx.provider.updateMany({ where: unchanged(expected), data: { ...data, status: to, ...NEXT_VERSION } });
    return count === 1;
  };
}
