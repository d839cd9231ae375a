import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../core/prisma/prisma.service.js';
import type { Prisma } from '../../generated/prisma/client.js';

export interface AuditSearch {
  actorId?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  /** Inclusive lower and exclusive upper bound on createdAt. */
  from?: Date;
  until?: Date;
  /** Keyset: rows strictly older than this (createdAt, id). */
  before?: { at: Date; id: string };
}

/**
 * Reads the audit trail for the platform admin. Newest first on (createdAt, id), which the indexes
 * (createdAt, id), (actorId, createdAt, id), (action, createdAt, id) and (entityType, entityId, createdAt) serve
 * as ordered range scans, so a page costs the same on the first day and after years of events.
 */
@Injectable()
export class AdminAuditRepository {
  constructor(private readonly prisma: PrismaService) {}

  search(filter: AuditSearch, take: number) {
    const createdAt: Prisma.DateTimeFilter = {};
    if (filter.from) createdAt.gte = filter.from;
    if (filter.until) createdAt.lt = filter.until;
    const where: Prisma.AuditEventWhereInput = {
      ...(filter.actorId && { actorId: filter.actorId }),
      ...(filter.entityType && { entityType: filter.entityType }),
      ...(filter.entityId && { entityId: filter.entityId }),
      ...(filter.action && { action: filter.action }),
      ...((filter.from || filter.until) && { createdAt }),
      ...(filter.before && { OR: [{ createdAt: { lt: filter.before.at } }, { createdAt: filter.before.at, id: { lt: filter.before.id } }] }),
    };
    return this.prisma.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take,
      select: {
        id: true,
        entityType: true,
        entityId: true,
        action: true,
        fromStatus: true,
        toStatus: true,
        reason: true,
        data: true,
        createdAt: true,
        actor: { select: { id: true, displayName: true, role: true, email: true, mobile: true } },
      },
    });
  }

  /** The account a login name (mobile or lower-cased email) belongs to. */
  findUserIdByLoginName(loginName: string) {
    return this.prisma.user.findFirst({ where: loginName.includes('@') ? { email: loginName } : { mobile: loginName }, select: { id: true } });
  }
}
