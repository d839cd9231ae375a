import { defineMachine, ErrorCode } from '@pos/shared';
import { describe, expect, it, vi } from 'vitest';
import type { AuditLog } from '../audit/audit-log.js';
import { DomainError } from '../errors/domain-error.js';
import type { Tx } from '../prisma/prisma.service.js';
import { type ConditionalUpdate, Transitions } from './transitions.js';

type Status = 'OPEN' | 'IN_PROGRESS' | 'CLOSED';
type Event = 'START' | 'CLOSE';
const machine = defineMachine<Status, Event>({ OPEN: { START: 'IN_PROGRESS', CLOSE: 'CLOSED' }, IN_PROGRESS: { CLOSE: 'CLOSED' }, CLOSED: {} });
const tx = {} as Tx;
const row = { id: 't-1', status: 'OPEN' as Status, version: 3 };

function setup(updated = true) {
  const append = vi.fn().mockResolvedValue(undefined);
  const update = vi.fn<ConditionalUpdate<Status, { assigneeId?: string | null }>>().mockResolvedValue(updated);
  return { sut: new Transitions({ append } as unknown as AuditLog), append, update };
}

const codeOf = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof DomainError ? error.code : error));

describe(Transitions.name, () => {
  describe('run', () => {
    it('moves the row where it is still as read, then writes the audit row with both statuses, in the caller’s transaction', async () => {
      const { sut, append, update } = setup();
      const to = await sut.run(tx, { machine, row, event: 'START', update, data: { assigneeId: 'u-1' }, audit: { action: 'TICKET_START', actorId: 'u-1', ticketId: row.id } });
      expect(to).toBe('IN_PROGRESS');
      expect(update).toHaveBeenCalledWith(row, 'IN_PROGRESS', { assigneeId: 'u-1' }, tx);
      expect(append).toHaveBeenCalledWith(tx, { entityId: 't-1', action: 'TICKET_START', actorId: 'u-1', ticketId: 't-1', fromStatus: 'OPEN', toStatus: 'IN_PROGRESS' });
      expect(update.mock.invocationCallOrder[0]).toBeLessThan(append.mock.invocationCallOrder[0]!);
    });

    it('refuses an event the machine does not allow from the status read, with INVALID_TRANSITION and no write', async () => {
      const { sut, append, update } = setup();
      const closed = { ...row, status: 'CLOSED' as Status };
      expect(await codeOf(sut.run(tx, { machine, row: closed, event: 'START', update, data: {}, audit: { action: 'TICKET_START' } }))).toBe(ErrorCode.INVALID_TRANSITION);
      expect(update).not.toHaveBeenCalled();
      expect(append).not.toHaveBeenCalled();
    });

    it('answers CONFLICT when the row moved since it was read, and writes no audit row', async () => {
      const { sut, append, update } = setup(false);
      expect(await codeOf(sut.run(tx, { machine, row, event: 'CLOSE', update, data: {}, audit: { action: 'TICKET_CLOSE' } }))).toBe(ErrorCode.CONFLICT);
      expect(append).not.toHaveBeenCalled();
    });

    it('files the audit row under another entity when the caller names it', async () => {
      const { sut, append, update } = setup();
      await sut.run(tx, { machine, row, event: 'CLOSE', update, data: {}, audit: { action: 'TICKET_DUPLICATE_MERGED', entityId: 't-2', data: { duplicate: 'TK-1' } } });
      expect(append.mock.calls[0]![1]).toMatchObject({ entityId: 't-2', action: 'TICKET_DUPLICATE_MERGED' });
    });
  });

  describe('edit', () => {
    it('changes the row under the same lock without moving its status, and records no status move', async () => {
      const { sut, append, update } = setup();
      await sut.edit(tx, { row, update, data: { assigneeId: 'u-2' }, audit: { action: 'TICKET_ASSIGNED', data: { assigneeId: 'u-2' } } });
      expect(update).toHaveBeenCalledWith(row, 'OPEN', { assigneeId: 'u-2' }, tx);
      expect(append).toHaveBeenCalledWith(tx, { entityId: 't-1', action: 'TICKET_ASSIGNED', data: { assigneeId: 'u-2' } });
    });

    it('answers CONFLICT to the second of two edits made from one reading', async () => {
      const { sut, append, update } = setup(false);
      expect(await codeOf(sut.edit(tx, { row, update, data: {}, audit: { action: 'TICKET_ASSIGNED', data: { assigneeId: null } } }))).toBe(ErrorCode.CONFLICT);
      expect(append).not.toHaveBeenCalled();
    });
  });
});
