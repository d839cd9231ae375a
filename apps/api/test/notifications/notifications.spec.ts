import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PrismaService } from '../../src/core/prisma/prisma.service.js';
import { Notifier } from '../../src/modules/notifications/notifications.service.js';
import { submittedApplication } from '../support/applications.js';
import { signedApplication } from '../support/flows.js';
import { bearer, login, type Session } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { caller, liveTerminal } from '../tickets/support.js';

let t: TestApp;
let call: ReturnType<typeof caller>;
let merchant: Session;
let reviewer: Session;
let admin: Session;
let support: Session;
let tech: Session;
let foreignAdmin: Session;
let platformAdmin: Session;
let everyone: Session[];

/** Who got a notification of `type` since the mark, by session. */
let mark: Date;
async function recipients(type: string): Promise<string[]> {
  const rows = await t.prisma.notification.findMany({ where: { type, createdAt: { gte: mark } }, select: { userId: true } });
  const ids = rows.map((row) => row.userId);
  return everyone.filter((session) => ids.includes(session.user.id)).map((session) => session.user.displayName ?? session.user.id);
}

const name = (session: Session) => session.user.displayName ?? session.user.id;

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t.app);
  merchant = await login(t.app, '13800138000');
  reviewer = await login(t.app, 'reviewer@dongfang-bank.example');
  admin = await login(t.app, 'admin@dongfang-bank.example');
  support = await login(t.app, 'support@dongfang-bank.example');
  tech = await login(t.app, 'tech@dongfang-bank.example');
  foreignAdmin = await login(t.app, 'admin@ruitong-pay.example');
  platformAdmin = await login(t.app, 'ops@pos-portal.example');
  everyone = [merchant, reviewer, admin, support, tech, foreignAdmin, platformAdmin];
});
afterAll(async () => t?.close());
beforeEach(() => {
  mark = new Date();
});

describe('who is told', () => {
  it('tells the provider’s reviewers and admins of a submission, and nobody else', async () => {
    await submittedApplication(t.app, t.prisma, merchant, 'Dongfang');
    expect((await recipients('application.submitted')).sort()).toEqual([name(reviewer), name(admin)].sort());
  });

  it('tells the merchant of changes requested, the reviewer of the resubmission, and the merchant of the approval', async () => {
    const { id } = await submittedApplication(t.app, t.prisma, merchant, 'Dongfang');
    const claimed = (await call(reviewer, 'POST', `/api/console/applications/${id}/claim`)).json();
    await call(reviewer, 'POST', `/api/console/applications/${id}/request-changes`, { fields: ['contactName'], documentTypes: [], message: '请更新联系人' });
    expect(await recipients('application.changes_requested')).toEqual([name(merchant)]);
    const note = await t.prisma.notification.findFirstOrThrow({ where: { type: 'application.changes_requested', userId: merchant.user.id }, orderBy: { createdAt: 'desc' } });
    expect(note.data).toMatchObject({ applicationId: id, message: '请更新联系人' });

    mark = new Date();
    await t.app.inject({ method: 'PATCH', url: `/api/applications/${id}`, headers: bearer(merchant), payload: { contactName: '王大明' } });
    expect((await t.app.inject({ method: 'POST', url: `/api/applications/${id}/submit`, headers: bearer(merchant) })).statusCode).toBe(200);
    expect(await recipients('application.resubmitted')).toEqual([name(reviewer)]);
    expect(await recipients('application.submitted')).toEqual([]);

    mark = new Date();
    await call(reviewer, 'POST', `/api/console/applications/${id}/claim`);
    for (const document of claimed.documents) await call(reviewer, 'POST', `/api/console/applications/${id}/documents/${document.id}/decision`, { decision: 'ACCEPTED' });
    expect((await call(reviewer, 'POST', `/api/console/applications/${id}/approve`, {})).json().status).toBe('AGREEMENT_SENT');
    expect(await recipients('application.approved')).toEqual([name(merchant)]);
  });

  it('asks the other provider admins for a second approval, not the first approver', async () => {
    const first = await t.prisma.user.findFirstOrThrow({ where: { email: 'admin@dongfang-bank.example' } });
    const second = await t.prisma.user.create({
      data: { email: 'admin2@dongfang-bank.example', role: 'PROVIDER_ADMIN', displayName: '第二主管', passwordHash: first.passwordHash, providerId: first.providerId },
    });
    const { id } = await submittedApplication(t.app, t.prisma, merchant, 'Dongfang', { terminalRequests: [{ terminalType: 'SMART_POS', count: 6 }] });
    const claimed = (await call(admin, 'POST', `/api/console/applications/${id}/claim`)).json();
    for (const document of claimed.documents) await call(admin, 'POST', `/api/console/applications/${id}/documents/${document.id}/decision`, { decision: 'ACCEPTED' });
    mark = new Date();
    await call(admin, 'POST', `/api/console/applications/${id}/approve`, {});
    const rows = await t.prisma.notification.findMany({ where: { type: 'application.second_approval_needed', createdAt: { gte: mark } } });
    expect(rows.map((row) => row.userId)).toEqual([second.id]);
    // A deactivated account is told nothing (and keeps the later tests to the demo accounts).
    await t.prisma.user.update({ where: { id: second.id }, data: { disabledAt: new Date() } });
  });

  it('tells the merchant of a rejection with the reason', async () => {
    const { id } = await submittedApplication(t.app, t.prisma, merchant, 'Dongfang');
    await call(reviewer, 'POST', `/api/console/applications/${id}/claim`);
    await call(reviewer, 'POST', `/api/console/applications/${id}/reject`, { reason: '经营范围不符' });
    expect(await recipients('application.rejected')).toEqual([name(merchant)]);
  });

  it('follows the agreement and the installation to both sides', async () => {
    const applicationId = await signedApplication(t.app, t.prisma, merchant);
    expect(await recipients('agreement.signed')).toEqual([name(admin)]);
    expect(await recipients('agreement.countersigned')).toEqual([name(merchant)]);

    mark = new Date();
    const day = (n: number, hour: number) => new Date(Math.floor(Date.now() / 86_400_000 + n) * 86_400_000 + (hour - 8) * 3_600_000).toISOString();
    const booked = await call(merchant, 'POST', `/api/applications/${applicationId}/installation`, { windows: [{ start: day(9, 9), end: day(9, 12) }, { start: day(9, 14), end: day(9, 17) }] });
    expect(booked.statusCode).toBe(201);
    expect((await recipients('installation.requested')).sort()).toEqual([name(admin), name(support)].sort());

    mark = new Date();
    await call(support, 'POST', `/api/console/installations/${booked.json().id}/confirm`, { technicianId: tech.user.id, windowIndex: 0 });
    expect(await recipients('installation.confirmed')).toEqual([name(merchant)]);

    mark = new Date();
    await call(tech, 'POST', `/api/console/jobs/${booked.json().id}/arrive`);
    await call(tech, 'POST', `/api/console/jobs/${booked.json().id}/terminals`, { serialNumber: `NT-${Date.now()}`, model: '联迪 A8' });
    const completed = await call(tech, 'POST', `/api/console/jobs/${booked.json().id}/complete`, {
      checklist: { power: true, network: true, swipe: true, insert: true, tap: true, qrScan: true, printer: true, pinPad: true },
      testTransaction: { amountFen: 1, channel: 'DEBIT_CARD', responseCode: '00', receiptPrinted: true },
    });
    expect(completed.statusCode, completed.body).toBe(200);
    expect(await recipients('installation.to_confirm')).toEqual([name(merchant)]);

    mark = new Date();
    await call(merchant, 'POST', `/api/installations/${booked.json().id}/accept`);
    expect((await recipients('installation.accepted')).sort()).toEqual([name(admin), name(support)].sort());
  });

  it('tells support of a new ticket and the merchant of the reply', async () => {
    const terminalId = await liveTerminal(t.prisma, merchant.user.id);
    const ticket = (await call(merchant, 'POST', '/api/tickets', { terminalId, category: 'PRINTER', subject: '不出纸', description: '换纸无效' })).json();
    expect(await recipients('ticket.opened')).toEqual([name(support)]);
    mark = new Date();
    await call(support, 'POST', `/api/console/tickets/${ticket.id}/messages`, { body: '请检查纸仓' });
    expect(await recipients('ticket.replied')).toEqual([name(merchant)]);
    mark = new Date();
    await call(support, 'POST', `/api/console/tickets/${ticket.id}/messages`, { body: '内部：可能是打印头', internal: true });
    expect(await recipients('ticket.replied')).toEqual([]);
  });
});

describe('the email outbox', () => {
  it('writes the email in the language of the person, with the event', async () => {
    await t.prisma.user.update({ where: { id: admin.user.id }, data: { locale: 'en' } });
    try {
      await submittedApplication(t.app, t.prisma, merchant, 'Dongfang');
      const emails = await t.prisma.outboxEmail.findMany({ where: { type: 'application.submitted', createdAt: { gte: mark } } });
      expect(emails.map((e) => e.toAddress).sort()).toEqual(['admin@dongfang-bank.example', 'reviewer@dongfang-bank.example']);
      expect(emails.find((e) => e.toAddress.startsWith('admin'))).toMatchObject({ locale: 'en', subject: expect.stringMatching(/^New application AP-/) });
      expect(emails.find((e) => e.toAddress.startsWith('reviewer'))).toMatchObject({ locale: 'zh-CN', subject: expect.stringMatching(/^新的入网申请 AP-/) });
      // No SMTP server in this app: the emails wait in the development mailbox.
      expect(emails.every((e) => e.status === 'PENDING')).toBe(true);
      const mailbox = (await call(platformAdmin, 'GET', '/api/admin/mailbox')).json();
      expect(mailbox.smtpConfigured).toBe(false);
      expect(mailbox.items.map((e: { id: string }) => e.id)).toEqual(expect.arrayContaining(emails.map((e) => e.id)));
      expect((await call(admin, 'GET', '/api/admin/mailbox')).statusCode).toBe(403);
    } finally {
      await t.prisma.user.update({ where: { id: admin.user.id }, data: { locale: 'zh-CN' } });
    }
  });

  it('is written or not together with the event: roll the event back and there is no email', async () => {
    const notifier = t.app.get(Notifier);
    const providerId = (await t.prisma.user.findFirstOrThrow({ where: { email: 'admin@dongfang-bank.example' } })).providerId!;
    const prisma = t.app.get(PrismaService);
    const before = { emails: await prisma.outboxEmail.count(), notes: await prisma.notification.count() };
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.provider.update({ where: { id: providerId }, data: { contactPhone: '400-000-0000' } });
        await notifier.notify(tx, [admin.user.id, reviewer.user.id], 'ticket.opened', { reference: 'TK-ROLLBACK' });
        throw new Error('the event fails after telling people');
      }),
    ).rejects.toThrow('the event fails');
    expect(await prisma.outboxEmail.count()).toBe(before.emails);
    expect(await prisma.notification.count()).toBe(before.notes);
    expect((await prisma.provider.findUniqueOrThrow({ where: { id: providerId } })).contactPhone).not.toBe('400-000-0000');
  });

  it('follows each person’s preferences', async () => {
    const saved = await call(reviewer, 'PUT', '/api/notifications/preferences', { items: [{ type: 'application.submitted', inApp: true, email: false }] });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().items.find((p: { type: string }) => p.type === 'application.submitted')).toMatchObject({ inApp: true, email: false });
    await call(admin, 'PUT', '/api/notifications/preferences', { items: [{ type: 'application.submitted', inApp: false, email: true }] });
    await submittedApplication(t.app, t.prisma, merchant, 'Dongfang');
    const emails = await t.prisma.outboxEmail.findMany({ where: { type: 'application.submitted', createdAt: { gte: mark } } });
    expect(emails.map((e) => e.toAddress)).toEqual(['admin@dongfang-bank.example']);
    expect(await recipients('application.submitted')).toEqual([name(reviewer)]);
    expect((await call(reviewer, 'PUT', '/api/notifications/preferences', { items: [{ type: 'nothing.here', inApp: true, email: true }] })).statusCode).toBe(400);
    await call(reviewer, 'PUT', '/api/notifications/preferences', { items: [{ type: 'application.submitted', inApp: true, email: true }] });
    await call(admin, 'PUT', '/api/notifications/preferences', { items: [{ type: 'application.submitted', inApp: true, email: true }] });
  });
});

describe('the notification centre', () => {
  it('lists, counts, and marks read only one’s own notifications', async () => {
    const terminalId = await liveTerminal(t.prisma, merchant.user.id);
    const ticket = (await call(merchant, 'POST', '/api/tickets', { terminalId, category: 'NETWORK', subject: '断网', description: '无法联网' })).json();
    await call(support, 'POST', `/api/console/tickets/${ticket.id}/messages`, { body: '请重启路由器' });
    const list = (await call(merchant, 'GET', '/api/notifications?unread=true')).json();
    expect(list.unreadCount).toBeGreaterThan(0);
    const reply = list.items.find((n: { type: string; data: { ticketId?: string } }) => n.type === 'ticket.replied' && n.data.ticketId === ticket.id);
    expect(reply).toMatchObject({ readAt: null });
    const count = (await call(merchant, 'GET', '/api/notifications/unread-count')).json().count;
    expect(count).toBe(list.unreadCount);

    expect((await call(support, 'POST', `/api/notifications/${reply.id}/read`)).statusCode).toBe(404);
    expect((await call(merchant, 'POST', `/api/notifications/${reply.id}/read`)).statusCode).toBe(204);
    expect((await call(merchant, 'GET', '/api/notifications/unread-count')).json().count).toBe(count - 1);
    expect((await call(merchant, 'POST', '/api/notifications/read-all')).statusCode).toBe(204);
    expect((await call(merchant, 'GET', '/api/notifications/unread-count')).json().count).toBe(0);
    expect((await call(undefined, 'GET', '/api/notifications')).statusCode).toBe(401);
    expect((await call(merchant, 'GET', '/api/notifications?cursor=xyz')).statusCode).toBe(400);
  });
});
