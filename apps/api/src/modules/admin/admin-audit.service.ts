import { Injectable } from '@nestjs/common';
import { AUDIT_PAGE_SIZE, type AuditEventListResponse, normalizeLoginName } from '@pos/shared';
import { DomainError } from '../../core/errors/domain-error.js';
import { decodeCursor, encodeCursor } from '../../core/http/keyset-cursor.js';
import { type AuditSearch, AdminAuditRepository } from './admin-audit.repository.js';
import type { AuditEventQueryDto } from './dto/admin.dto.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY_MS = 86_400_000;
/** Filters name Beijing days; the portal serves mainland China (UTC+8 all year). */
const CHINA_OFFSET_MS = 8 * 3_600_000;

const beijingMidnight = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - CHINA_OFFSET_MS);

/** The read-only audit log search. Nothing here writes: the trail is append-only everywhere else too. */
@Injectable()
export class AdminAuditService {
  constructor(private readonly events: AdminAuditRepository) {}

  async search(query: AuditEventQueryDto): Promise<AuditEventListResponse> {
    if (query.from && query.to && query.from > query.to) throw DomainError.invalidFields([{ field: 'to', code: 'dateRangeInvalid' }]);
    const filter: AuditSearch = {
      entityType: query.entityType,
      entityId: query.entityId?.toLowerCase(),
      action: query.action,
      from: query.from ? beijingMidnight(query.from) : undefined,
      until: query.to ? new Date(beijingMidnight(query.to).getTime() + DAY_MS) : undefined,
      before: decodeCursor(query.cursor) as { at: Date; id: string } | undefined,
    };
    if (query.actor) {
      if (UUID.test(query.actor)) filter.actorId = query.actor.toLowerCase();
      else {
        const actor = await this.events.findUserIdByLoginName(normalizeLoginName(query.actor));
        // Nobody by that name acted: an empty page, not an error (the admin may be guessing a spelling).
        if (!actor) return { items: [], nextCursor: null };
        filter.actorId = actor.id;
      }
    }
    const rows = await this.events.search(filter, AUDIT_PAGE_SIZE + 1);
    const page = rows.slice(0, AUDIT_PAGE_SIZE);
    const last = page.at(-1);
    return {
      items: page.map((row) => ({
        id: row.id,
        entityType: row.entityType,
        entityId: row.entityId,
        action: row.action,
        actor: row.actor ? { id: row.actor.id, displayName: row.actor.displayName, role: row.actor.role, loginName: row.actor.email ?? row.actor.mobile } : null,
        fromStatus: row.fromStatus,
        toStatus: row.toStatus,
        reason: row.reason,
        data: row.data,
        createdAt: row.createdAt.toISOString(),
      })),
      nextCursor: rows.length > AUDIT_PAGE_SIZE && last ? encodeCursor(last.createdAt, last.id) : null,
    };
  }
}
