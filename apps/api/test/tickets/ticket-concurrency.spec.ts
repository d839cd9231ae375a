import type { LightMyRequestResponse } from 'fastify';
import type { TicketDetail } from '@pos/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, type Session } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { caller, liveTerminal, until } from './support.js';

let t: TestApp;
let call: ReturnType<typeof caller>;
let merchant: Session;
let support: Session;
let providerAdmin: Session;
let terminalId: string;

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t.app);
  merchant = await login(t.app, '13800138000');
  support = await login(t.app, 'support@dongfang-bank.example');
  providerAdmin = await login(t.app, 'admin@dongfang-bank.example');
  terminalId = await liveTerminal(t.prisma, merchant.user.id);
});
afterAll(async () => t?.close());

async function openTicket(): Promise<TicketDetail> {
  const response = await call(merchant, 'POST', '/api/tickets', { terminalId, category: 'PIN_ERROR', responseCode: '55', subject: '密码键盘失灵', description: '顾客输入密码无反应' });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/**
 * Makes two requests truly simultaneous: the ticket's row is locked while both are sent, and released only once
 * both have read the ticket and wait to write it. Without the lock, one request might finish before the other reads.
 */
async function simultaneously(ticketId: string, requests: (() => Promise<LightMyRequestResponse>)[]): Promise<number[]> {
  let responses!: Promise<LightMyRequestResponse[]>;
  await t.prisma.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Ticket" WHERE id = ${ticketId}::uuid FOR UPDATE`;
      responses = Promise.all(requests.map((request) => request()));
      await until(async () => {
        const [row] = await t.prisma.$queryRaw<{ waiting: number }[]>`
          SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
        return row!.waiting >= requests.length;
      }, 10_000);
    },
    { timeout: 15_000 },
  );
  return (await responses).map((response) => response.statusCode).sort();
}

/** Issue 16: ticket changes condition on (id, status, version), so of two changes made from one reading the second loses. */
describe('simultaneous changes to one ticket', () => {
  it('gives one of two simultaneous assigns 200 and the other 409, and keeps the winner’s assignee', async () => {
    const ticket = await openTicket();
    const before = await t.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    const statuses = await simultaneously(ticket.id, [
      () => call(support, 'POST', `/api/console/tickets/${ticket.id}/assign`, { assigneeId: support.user.id }),
      () => call(providerAdmin, 'POST', `/api/console/tickets/${ticket.id}/assign`, { assigneeId: providerAdmin.user.id }),
    ]);
    expect(statuses).toEqual([200, 409]);
    const row = await t.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    const audited = await t.prisma.auditEvent.findMany({ where: { ticketId: ticket.id, action: 'TICKET_ASSIGNED' } });
    expect(audited).toHaveLength(1);
    expect(audited[0]!.data).toEqual({ assigneeId: row.assigneeId });
    expect(row.version).toBe(before.version + 1);
  });

  it('gives one of two simultaneous priority changes 200 and the other 409, with one audit row', async () => {
    const ticket = await openTicket();
    const statuses = await simultaneously(ticket.id, [
      () => call(support, 'POST', `/api/console/tickets/${ticket.id}/priority`, { priority: 'URGENT' }),
      () => call(providerAdmin, 'POST', `/api/console/tickets/${ticket.id}/priority`, { priority: 'LOW' }),
    ]);
    expect(statuses).toEqual([200, 409]);
    const row = await t.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    const audited = await t.prisma.auditEvent.findMany({ where: { ticketId: ticket.id, action: 'TICKET_PRIORITY_CHANGED' } });
    expect(audited.map((event) => event.data)).toEqual([{ from: 'NORMAL', to: row.priority }]);
  });

  it('refuses an assign made from a reading older than a priority change', async () => {
    const ticket = await openTicket();
    const statuses = await simultaneously(ticket.id, [
      () => call(support, 'POST', `/api/console/tickets/${ticket.id}/priority`, { priority: 'HIGH' }),
      () => call(providerAdmin, 'POST', `/api/console/tickets/${ticket.id}/assign`, { assigneeId: providerAdmin.user.id }),
    ]);
    expect(statuses).toEqual([200, 409]);
  });
});
