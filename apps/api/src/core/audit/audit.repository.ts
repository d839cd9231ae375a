import { Injectable } from '@nestjs/common';
import type { Prisma } from '../../generated/prisma/client.js';
import { type Db, PrismaService } from '../prisma/prisma.service.js';

export interface AuditEntry {
  entityType: string;
  entityId: string;
  action: string;
  actorId?: string | null;
  fromStatus?: string | null;
  toStatus?: string | null;
  reason?: string | null;
  data?: Prisma.InputJsonValue;
  applicationId?: string | null;
  ticketId?: string | null;
}

/** Append-only audit trail. Pass the transaction client so the audit row commits or rolls back with the change. */
@Injectable()
export class AuditRepository {
  constructor(private readonly prisma: PrismaService) {}

  record(entry: AuditEntry, db: Db = this.prisma) {
    return db.auditEvent.create({ data: entry });
  }
}
