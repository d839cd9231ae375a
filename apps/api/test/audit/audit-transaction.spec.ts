import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog, AuditOutsideTransactionError } from '../../src/core/audit/audit-log.js';
import type { Tx } from '../../src/core/prisma/prisma.service.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let sut: AuditLog;

beforeAll(async () => {
  t = await createTestApp();
  sut = t.app.get(AuditLog);
});
afterAll(async () => t?.close());

const rowsOf = (entityId: string) => t.prisma.auditEvent.count({ where: { entityId } });

/** Issue 16: an audit row commits or rolls back with the change it records, so it can only be written in a transaction. */
describe('the audit trail and transactions', () => {
  it('writes in the caller’s transaction and commits with it', async () => {
    const entityId = randomUUID();
    await t.prisma.$transaction((tx) => sut.append(tx, { action: 'WITHDRAW', entityId, fromStatus: 'DRAFT', toStatus: 'WITHDRAWN' }));
    expect(await rowsOf(entityId)).toBe(1);
  });

  it('rolls back with the transaction when the change it records fails', async () => {
    const entityId = randomUUID();
    const failed = t.prisma.$transaction(async (tx) => {
      await sut.append(tx, { action: 'WITHDRAW', entityId });
      throw new Error('the change failed');
    });
    await expect(failed).rejects.toThrow('the change failed');
    expect(await rowsOf(entityId)).toBe(0);
  });

  it('refuses the application’s root database client, which would commit the row on its own', async () => {
    const entityId = randomUUID();
    await expect(sut.append(t.prisma as unknown as Tx, { action: 'WITHDRAW', entityId })).rejects.toThrow(AuditOutsideTransactionError);
    expect(await rowsOf(entityId)).toBe(0);
  });
});
