import { Injectable } from '@nestjs/common';
import { AUDIT_ENTITY_OF, type AuditAction, type AuditPayload } from '@pos/shared';
import type { Prisma } from '../../generated/prisma/client.js';
import type { Tx } from '../prisma/prisma.service.js';

/** Who did what to which row; the kind of row follows from the action (AUDIT_ENTITY_OF). */
interface AuditSubject {
  entityId: string;
  /** Null for the system (jobs). */
  actorId?: string | null;
  fromStatus?: string | null;
  toStatus?: string | null;
  reason?: string | null;
  /** Shows the row on that application's timeline. */
  applicationId?: string | null;
  /** Shows the row on that ticket's history. */
  ticketId?: string | null;
}

type PayloadOf<A extends AuditAction> = AuditPayload<A> extends null ? { data?: null } : { data: AuditPayload<A> };

/** One audit row: an action from the shared union with exactly its payload. */
export type AuditEntry<A extends AuditAction = AuditAction> = A extends AuditAction ? AuditSubject & { action: A } & PayloadOf<A> : never;

/** Thrown when a caller gets past the type with the root client (a cast): a bug, so a 500, never a silent write. */
export class AuditOutsideTransactionError extends Error {
  constructor(action: string) {
    super(`Audit row ${action} written outside a transaction: pass the transaction client of the change it records`);
    this.name = 'AuditOutsideTransactionError';
  }
}

/**
 * The append-only audit trail. It only writes inside the caller's transaction, so a row commits or rolls back with
 * the change it records: `Tx` is a type the root PrismaService does not satisfy, and the same is checked at run time
 * (the root client has `$transaction`, a transaction client does not).
 */
@Injectable()
export class AuditLog {
  async append(tx: Tx, entry: AuditEntry): Promise<void> {
    if (typeof (tx as { $transaction?: unknown }).$transaction === 'function') throw new AuditOutsideTransactionError(entry.action);
    const { data, ...subject } = entry;
    await tx.auditEvent.create({
      // Payloads are JSON by construction (AuditPayloads holds strings, numbers, booleans, arrays and plain objects).
      data: { ...subject, entityType: AUDIT_ENTITY_OF[entry.action], data: (data ?? undefined) as Prisma.InputJsonValue | undefined },
    });
  }
}
