import { describe, expect, it, vi } from 'vitest';
import type { PrismaService, Tx } from '../prisma/prisma.service.js';
import { AuditLog, AuditOutsideTransactionError } from './audit-log.js';

function fakeTx() {
  const create = vi.fn().mockResolvedValue({});
  return { tx: { auditEvent: { create } } as unknown as Tx, create };
}

describe(AuditLog.name, () => {
  const sut = new AuditLog();

  it('files the row under the entity its action is about, with its payload', async () => {
    const { tx, create } = fakeTx();
    await sut.append(tx, { action: 'TICKET_ASSIGNED', entityId: 't-1', ticketId: 't-1', actorId: 'u-1', data: { assigneeId: 'u-2' } });
    expect(create).toHaveBeenCalledWith({ data: { entityType: 'Ticket', entityId: 't-1', ticketId: 't-1', actorId: 'u-1', action: 'TICKET_ASSIGNED', data: { assigneeId: 'u-2' } } });
  });

  it('writes no payload for an action that has none', async () => {
    const { tx, create } = fakeTx();
    await sut.append(tx, { action: 'WITHDRAW', entityId: 'a-1', fromStatus: 'DRAFT', toStatus: 'WITHDRAWN' });
    expect(create.mock.calls[0]![0].data).toMatchObject({ entityType: 'Application', action: 'WITHDRAW', data: undefined });
  });

  it('refuses the root client: it does not compile, and a cast past the type fails before writing', async () => {
    const create = vi.fn();
    const root = { $transaction: vi.fn(), auditEvent: { create } } as unknown as PrismaService;
    // @ts-expect-error the root client is not a transaction client, so an audit row cannot be written outside one
    await expect(sut.append(root, { action: 'WITHDRAW', entityId: 'a-1' })).rejects.toThrow(AuditOutsideTransactionError);
    expect(create).not.toHaveBeenCalled();
  });

  it('accepts only actions of the shared union, each with its own payload', () => {
    const { tx } = fakeTx();
    // @ts-expect-error an action the union does not know
    void sut.append(tx, { action: 'SOMETHING_HAPPENED', entityId: 'x' });
    // @ts-expect-error a payload of another shape than the action's
    void sut.append(tx, { action: 'TICKET_ASSIGNED', entityId: 'x', data: { assignee: 'u-2' } });
    // @ts-expect-error an action with a payload written without it
    void sut.append(tx, { action: 'SUBMIT', entityId: 'x' });
  });
});
