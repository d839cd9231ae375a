import { afterAll, describe, expect, it } from 'vitest';
import { JobQueue } from '../../src/core/jobs/job-queue.js';
import { SLA_CHECK_JOB } from '../../src/modules/tickets/tickets.service.js';
import { login } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { caller, liveTerminal, until } from './support.js';

const apps: TestApp[] = [];
afterAll(async () => {
  for (const app of apps) await app.close().catch(() => undefined);
});

describe('SLA jobs', () => {
  it('warn before a deadline and flag the breach, escalating to the provider admins', async () => {
    const t = await createTestApp();
    apps.push(t);
    const call = caller(t.app);
    const merchant = await login(t.app, '13800138000');
    const terminalId = await liveTerminal(t.prisma, merchant.user.id);
    const ticket = (await call(merchant, 'POST', '/api/tickets', { terminalId, category: 'PRINTER', subject: '打印机不出纸', description: '换纸也不行' })).json();
    // Bring the first-response deadline to two seconds from now, inside the warning window, and schedule its check.
    const due = new Date(Date.now() + 2_000);
    await t.prisma.ticket.update({ where: { id: ticket.id }, data: { firstResponseDueAt: due, slaDueAt: due } });
    await t.app.get(JobQueue).send(SLA_CHECK_JOB, { ticketId: ticket.id, slaDueAt: due.toISOString() });

    const breached = await until(async () => {
      const row = await t.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
      return row.firstResponseBreachedAt ? row : null;
    });
    expect(breached.escalationLevel).toBe(1);
    const actions = (await t.prisma.auditEvent.findMany({ where: { ticketId: ticket.id }, orderBy: { createdAt: 'asc' } })).map((e) => e.action);
    expect(actions.filter((a) => a.startsWith('SLA_'))).toEqual(['SLA_WARNING', 'SLA_BREACHED']);
    const admin = await t.prisma.user.findFirstOrThrow({ where: { email: 'admin@dongfang-bank.example' } });
    expect(await t.prisma.notification.count({ where: { userId: admin.id, type: 'ticket.sla_breached' } })).toBe(1);
    const support = await login(t.app, 'support@dongfang-bank.example');
    expect((await call(support, 'GET', `/api/console/tickets/${ticket.id}`)).json().sla).toMatchObject({ state: 'BREACHED', escalationLevel: 1 });
  });

  it('fire after the API restarts: the job waits in PostgreSQL, not in memory', async () => {
    const first = await createTestApp();
    apps.push(first);
    const call = caller(first.app);
    const merchant = await login(first.app, '13800138000');
    const terminalId = await liveTerminal(first.prisma, merchant.user.id);
    const ticket = (await call(merchant, 'POST', '/api/tickets', { terminalId, category: 'NETWORK', subject: '无法联网', description: '信号满格但交易超时' })).json();
    const due = new Date(Date.now() + 3_000);
    await first.prisma.ticket.update({ where: { id: ticket.id }, data: { firstResponseDueAt: due, slaDueAt: due, firstResponseWarnedAt: new Date() } });
    await first.app.get(JobQueue).send(SLA_CHECK_JOB, { ticketId: ticket.id, slaDueAt: due.toISOString() }, { startAfter: due });
    const databaseUrl = first.databaseUrl;
    await first.app.close();

    // The API is down when the deadline passes.
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    const second = await createTestApp({}, { databaseUrl });
    apps.push(second);
    const breached = await until(async () => {
      const row = await second.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
      return row.firstResponseBreachedAt ? row : null;
    });
    expect(breached.firstResponseBreachedAt!.getTime()).toBeGreaterThanOrEqual(due.getTime());
    expect(breached.escalationLevel).toBe(1);
  });
});
