import { Injectable } from '@nestjs/common';
import { ErrorCode, type StateMachine } from '@pos/shared';
import { type AuditEntry, AuditLog } from '../audit/audit-log.js';
import { DomainError } from '../errors/domain-error.js';
import type { Tx } from '../prisma/prisma.service.js';

/** A row as the caller read it. A change applies only while the row is still exactly this. */
export interface Expected<S extends string> {
  readonly id: string;
  readonly status: S;
  readonly version: number;
}

/**
 * A repository's conditional update: sets the status `to` and `data` where (id, status, version) still match what
 * the caller read, and moves the version on; true when it changed the row. Build it with `unchanged` and
 * `NEXT_VERSION` so every repository writes the same where and the same increment.
 */
export type ConditionalUpdate<S extends string, D> = (expected: Expected<S>, to: S, data: D, tx: Tx) => Promise<boolean>;

/** The where of a conditional update. */
export const unchanged = <S extends string>(expected: Expected<S>) => ({ id: expected.id, status: expected.status, version: expected.version });

/** The data every conditional update adds: the next version. */
export const NEXT_VERSION = { version: { increment: 1 } } as const;

type WithoutStatuses<T> = T extends unknown ? Omit<T, 'entityId' | 'fromStatus' | 'toStatus'> : never;

/** The audit row of a change, less what the runner fills in: the statuses, and the entity id (the row's unless given). */
export type AuditDraft = WithoutStatuses<AuditEntry> & { entityId?: string };

interface Change<S extends string, D> {
  /** The row as read: id, status, version. */
  row: Expected<S>;
  /** The entity's repository update (see ConditionalUpdate). */
  update: ConditionalUpdate<S, D>;
  /** What else the change writes to the row. */
  data: D;
  audit: AuditDraft;
}

export interface TransitionSpec<S extends string, E extends string, D> extends Change<S, D> {
  machine: StateMachine<S, E>;
  event: E;
}

/**
 * The one way a status row changes (issue 16). A transition asks the shared machine, updates the row only while it
 * is still at the (id, status, version) the caller read, and writes its typed audit row; all in the caller's
 * transaction, which adds its notifications and outbox rows and commits them together. A refused event is
 * INVALID_TRANSITION, a row that moved meanwhile is CONFLICT (both 409); either rolls the caller's transaction back.
 */
@Injectable()
export class Transitions {
  constructor(private readonly audit: AuditLog) {}

  /** Moves the row by `event` and returns the status it moved to. */
  async run<S extends string, E extends string, D>(tx: Tx, spec: TransitionSpec<S, E, D>): Promise<S> {
    const to = spec.machine.next(spec.row.status, spec.event);
    if (to === undefined) throw new DomainError(ErrorCode.INVALID_TRANSITION);
    await this.apply(tx, spec, to, { fromStatus: spec.row.status, toStatus: to });
    return to;
  }

  /**
   * Changes a row without moving its status (an assignment, a priority, a rating), under the same optimistic lock:
   * of two edits made from one reading, the second gets CONFLICT instead of silently undoing the first.
   */
  async edit<S extends string, D>(tx: Tx, spec: Change<S, D>): Promise<void> {
    await this.apply(tx, spec, spec.row.status, {});
  }

  private async apply<S extends string, D>(tx: Tx, spec: Change<S, D>, to: S, statuses: { fromStatus?: S; toStatus?: S }): Promise<void> {
    if (!(await spec.update(spec.row, to, spec.data, tx))) throw new DomainError(ErrorCode.CONFLICT);
    await this.audit.append(tx, { entityId: spec.row.id, ...spec.audit, ...statuses });
  }
}
