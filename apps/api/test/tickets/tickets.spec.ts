import { ErrorCode, type TicketDetail } from '@pos/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../../src/core/calendar/business-calendar.js';
import { login, type Session } from '../support/http.js';
import { fixture, multipartFile } from '../support/multipart.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { caller, liveTerminal, until } from './support.js';

let t: TestApp;
let call: ReturnType<typeof caller>;
let merchant: Session;
let otherMerchant: Session;
let support: Session;
let providerAdmin: Session;
let foreignAdmin: Session;
let tech: Session;
let terminalId: string;
let otherTerminalId: string;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function openTicket(session = merchant, terminal = terminalId, overrides: Record<string, unknown> = {}): Promise<TicketDetail> {
  const response = await call(session, 'POST', '/api/tickets', { terminalId: terminal, category: 'PIN_ERROR', responseCode: '55', subject: '顾客输密码总提示错误', description: '连续三位顾客都提示 55', ...overrides });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t.app);
  merchant = await login(t.app, '13800138000');
  await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: { loginName: '13944445555', password: 'Othershop2026', displayName: '孙老板' } });
  otherMerchant = await login(t.app, '13944445555', 'Othershop2026');
  support = await login(t.app, 'support@dongfang-bank.example');
  providerAdmin = await login(t.app, 'admin@dongfang-bank.example');
  foreignAdmin = await login(t.app, 'admin@ruitong-pay.example');
  tech = await login(t.app, 'tech@dongfang-bank.example');
  terminalId = await liveTerminal(t.prisma, merchant.user.id);
  otherTerminalId = await liveTerminal(t.prisma, otherMerchant.user.id);
});
afterAll(async () => t?.close());

describe('opening a ticket', () => {
  it('gives it deadlines in the provider’s business time and puts it in the support queue', async () => {
    const ticket = await openTicket();
    expect(ticket).toMatchObject({ status: 'OPEN', priority: 'NORMAL', category: 'PIN_ERROR', responseCode: '55', reference: expect.stringMatching(/^TK-\d{8}-[0-9A-Z]{6}$/) });
    const row = await t.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    const calendar = t.app.get(BusinessCalendar);
    const hours = { startMinute: 540, endMinute: 1080 };
    // The demo providers' NORMAL target: first response in 240 business minutes, resolution in 1,440.
    expect(row.firstResponseDueAt).toEqual(await calendar.addBusinessMinutes(row.createdAt, 240, hours));
    expect(row.resolutionDueAt).toEqual(await calendar.addBusinessMinutes(row.createdAt, 1440, hours));
    expect(row.slaDueAt).toEqual(row.firstResponseDueAt);
    expect(ticket.sla).toMatchObject({ nextDueAt: row.firstResponseDueAt!.toISOString(), firstRespondedAt: null });

    const queue = (await call(support, 'GET', '/api/console/tickets')).json();
    expect(queue.items.map((x: { id: string }) => x.id)).toContain(ticket.id);
    const notified = await t.prisma.notification.count({ where: { userId: support.user.id, type: 'ticket.opened' } });
    expect(notified).toBeGreaterThan(0);
  });

  it('starts a system fault as HIGH priority', async () => {
    expect((await openTicket(merchant, terminalId, { category: 'SYSTEM_FAULT', responseCode: '96' })).priority).toBe('HIGH');
  });

  it('refuses bad bodies with field errors and changes nothing', async () => {
    const before = await t.prisma.ticket.count();
    const response = await call(merchant, 'POST', '/api/tickets', { terminalId, category: 'COFFEE', responseCode: '77', subject: '', description: 'x' });
    expect(response.statusCode).toBe(400);
    expect(response.json().details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['category', 'responseCode', 'subject']);
    // Another merchant's terminal is not one of yours.
    const foreign = await call(merchant, 'POST', '/api/tickets', { terminalId: otherTerminalId, category: 'PIN_ERROR', subject: '试试', description: '别人的终端' });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().details.fields[0]).toMatchObject({ field: 'terminalId' });
    expect(await t.prisma.ticket.count()).toBe(before);
  });

  it('needs a merchant: 401 without a token, 403 for staff', async () => {
    expect((await call(undefined, 'POST', '/api/tickets', {})).statusCode).toBe(401);
    expect((await call(support, 'POST', '/api/tickets', { terminalId, category: 'PIN_ERROR', subject: 'x', description: 'y' })).statusCode).toBe(403);
    expect((await call(merchant, 'GET', '/api/console/tickets')).statusCode).toBe(403);
    expect((await call(tech, 'GET', '/api/console/tickets')).statusCode).toBe(403);
  });
});

describe('tenancy', () => {
  it('hides a ticket from other merchants and from other providers’ staff', async () => {
    const ticket = await openTicket();
    expect((await call(otherMerchant, 'GET', `/api/tickets/${ticket.id}`)).statusCode).toBe(404);
    expect((await call(otherMerchant, 'POST', `/api/tickets/${ticket.id}/messages`, { body: '我来插一句' })).statusCode).toBe(404);
    expect((await call(foreignAdmin, 'GET', `/api/console/tickets/${ticket.id}`)).statusCode).toBe(404);
    expect((await call(foreignAdmin, 'POST', `/api/console/tickets/${ticket.id}/transition`, { event: 'START' })).statusCode).toBe(404);
    expect((await call(foreignAdmin, 'POST', `/api/console/tickets/${ticket.id}/messages`, { body: 'hi' })).statusCode).toBe(404);
    const foreignQueue = (await call(foreignAdmin, 'GET', '/api/console/tickets')).json();
    expect(foreignQueue.items.map((x: { id: string }) => x.id)).not.toContain(ticket.id);
    const mine = (await call(otherMerchant, 'GET', '/api/tickets')).json();
    expect(mine.items.map((x: { id: string }) => x.id)).not.toContain(ticket.id);
  });
});

describe('the conversation', () => {
  it('never shows internal notes or their files to the merchant', async () => {
    const ticket = await openTicket();
    const upload = multipartFile('日志.pdf', fixture('licence.pdf'));
    const attached = await t.app.inject({ method: 'POST', url: `/api/console/tickets/${ticket.id}/attachments`, headers: { ...upload.headers, authorization: `Bearer ${support.accessToken}` }, payload: upload.payload });
    expect(attached.statusCode, attached.body).toBe(201);
    const note = await call(support, 'POST', `/api/console/tickets/${ticket.id}/messages`, { body: '疑似密码键盘故障，先别告诉商户', internal: true, attachmentIds: [attached.json().id] });
    expect(note.statusCode, note.body).toBe(201);
    expect(note.json().status).toBe('OPEN');
    expect(note.json().sla.firstRespondedAt).toBeNull();

    const seen = (await call(merchant, 'GET', `/api/tickets/${ticket.id}`)).json() as TicketDetail;
    expect(seen.messages).toEqual([]);
    expect(JSON.stringify(seen)).not.toContain('先别告诉商户');
    expect(seen.history).toEqual([]);
    expect((await call(merchant, 'GET', `/api/tickets/${ticket.id}/attachments/${attached.json().id}`)).statusCode).toBe(404);
    const staffFile = await call(support, 'GET', `/api/console/tickets/${ticket.id}/attachments/${attached.json().id}`);
    expect(staffFile.statusCode).toBe(200);
    expect(staffFile.headers['content-type']).toBe('application/pdf');
  });

  it('takes the merchant’s files by content, and refuses anything else', async () => {
    const ticket = await openTicket();
    const upload = multipartFile('小票.jpg', fixture('licence.jpg'));
    const attached = await t.app.inject({ method: 'POST', url: `/api/tickets/${ticket.id}/attachments`, headers: { ...upload.headers, authorization: `Bearer ${merchant.accessToken}` }, payload: upload.payload });
    expect(attached.statusCode).toBe(201);
    const reply = await call(merchant, 'POST', `/api/tickets/${ticket.id}/messages`, { body: '这是出错时的小票', attachmentIds: [attached.json().id] });
    expect(reply.json().messages[0]).toMatchObject({ body: '这是出错时的小票', author: { side: 'MERCHANT' }, attachments: [{ originalName: '小票.jpg', mimeType: 'image/jpeg' }] });
    expect((await call(support, 'GET', `/api/console/tickets/${ticket.id}/attachments/${attached.json().id}`)).statusCode).toBe(200);
    // The same attachment cannot be used twice, and nobody else's.
    expect((await call(merchant, 'POST', `/api/tickets/${ticket.id}/messages`, { body: '再发一次', attachmentIds: [attached.json().id] })).statusCode).toBe(400);

    const script = multipartFile('receipt.pdf', Buffer.from('#!/bin/sh\necho hi\n'));
    const refused = await t.app.inject({ method: 'POST', url: `/api/tickets/${ticket.id}/attachments`, headers: { ...script.headers, authorization: `Bearer ${merchant.accessToken}` }, payload: script.payload });
    expect(refused.statusCode).toBe(415);
    expect(refused.json().code).toBe(ErrorCode.UNSUPPORTED_FILE_TYPE);
  });
});

describe('the lifecycle', () => {
  it('answers, waits on the merchant with the clock paused, resolves, reopens on a reply, and closes with a rating', async () => {
    const ticket = await openTicket();
    const replied = (await call(support, 'POST', `/api/console/tickets/${ticket.id}/messages`, { body: '您好，请问是所有卡都这样吗？' })).json() as TicketDetail;
    expect(replied).toMatchObject({ status: 'IN_PROGRESS', assignee: { id: support.user.id } });
    expect(replied.sla.firstRespondedAt).not.toBeNull();
    expect(replied.sla.nextDueAt).toBe(replied.sla.resolutionDueAt);

    const noNote = await call(support, 'POST', `/api/console/tickets/${ticket.id}/transition`, { event: 'WAIT_ON_MERCHANT' });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().details.fields[0]).toMatchObject({ field: 'note' });
    const waiting = (await call(support, 'POST', `/api/console/tickets/${ticket.id}/transition`, { event: 'WAIT_ON_MERCHANT', note: '请换一张卡试试并告诉我们结果' })).json() as TicketDetail;
    expect(waiting.status).toBe('WAITING_ON_MERCHANT');
    expect(waiting.sla.state).toBe('PAUSED');
    expect((await call(merchant, 'GET', `/api/tickets/${ticket.id}`)).json().messages.map((m: { body: string }) => m.body)).toContain('请换一张卡试试并告诉我们结果');

    // Pretend the pause began two days ago: the resolution deadline moves by the business time that passed.
    const pausedAt = new Date(Date.now() - 2 * DAY);
    await t.prisma.ticket.update({ where: { id: ticket.id }, data: { slaPausedAt: pausedAt } });
    const before = await t.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    const answered = (await call(merchant, 'POST', `/api/tickets/${ticket.id}/messages`, { body: '换卡可以' })).json() as TicketDetail;
    expect(answered.status).toBe('IN_PROGRESS');
    const after = await t.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    const calendar = t.app.get(BusinessCalendar);
    const hours = { startMinute: 540, endMinute: 1080 };
    const left = await calendar.businessMinutesBetween(pausedAt, before.resolutionDueAt!, hours);
    expect(Math.abs(after.resolutionDueAt!.getTime() - (await calendar.addBusinessMinutes(after.updatedAt, left, hours)).getTime())).toBeLessThan(5_000);
    expect(after.slaPausedAt).toBeNull();
    expect(after.slaPausedMinutes).toBeGreaterThan(0);

    expect((await call(support, 'POST', `/api/console/tickets/${ticket.id}/transition`, { event: 'RESOLVE' })).statusCode).toBe(400);
    const resolved = (await call(support, 'POST', `/api/console/tickets/${ticket.id}/transition`, { event: 'RESOLVE', note: '是该卡被发卡行限制，已告知' })).json() as TicketDetail;
    expect(resolved).toMatchObject({ status: 'RESOLVED', sla: { state: 'MET', nextDueAt: null } });
    expect(resolved.allowedEvents).toEqual([]);
    expect((await t.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).autoCloseAt).not.toBeNull();

    const reopened = (await call(merchant, 'POST', `/api/tickets/${ticket.id}/messages`, { body: '今天又出现了' })).json() as TicketDetail;
    expect(reopened).toMatchObject({ status: 'REOPENED', canRate: false });
    expect((await t.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).reopenCount).toBe(1);
    await call(support, 'POST', `/api/console/tickets/${ticket.id}/transition`, { event: 'START' });
    await call(support, 'POST', `/api/console/tickets/${ticket.id}/transition`, { event: 'RESOLVE', note: '已更换密码键盘' });

    expect((await call(merchant, 'POST', `/api/tickets/${ticket.id}/rate`, { rating: 6 })).statusCode).toBe(400);
    const closed = (await call(merchant, 'POST', `/api/tickets/${ticket.id}/rate`, { rating: 5, comment: '很快' })).json() as TicketDetail;
    expect(closed).toMatchObject({ status: 'CLOSED', rating: 5, ratingComment: '很快', canRate: false, canReply: false });
    expect((await call(merchant, 'POST', `/api/tickets/${ticket.id}/rate`, { rating: 1 })).statusCode).toBe(409);
    expect((await call(merchant, 'POST', `/api/tickets/${ticket.id}/messages`, { body: '再说一句' })).statusCode).toBe(409);

    const history = (await call(support, 'GET', `/api/console/tickets/${ticket.id}`)).json().history.map((h: { action: string }) => h.action);
    expect(history).toEqual(expect.arrayContaining(['TICKET_OPENED', 'TICKET_START', 'TICKET_WAIT_ON_MERCHANT', 'TICKET_RESUME', 'TICKET_RESOLVE', 'TICKET_REOPEN', 'TICKET_CLOSE', 'TICKET_RATED']));
  });

  it('refuses an event the status does not allow with 409', async () => {
    const ticket = await openTicket();
    const response = await call(support, 'POST', `/api/console/tickets/${ticket.id}/transition`, { event: 'RESUME' });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe(ErrorCode.INVALID_TRANSITION);
    expect((await call(support, 'POST', `/api/console/tickets/${ticket.id}/transition`, { event: 'CLOSE' })).statusCode).toBe(400);
  });

  it('lets the merchant withdraw a ticket nobody picked up', async () => {
    const ticket = await openTicket();
    expect((await call(merchant, 'POST', `/api/tickets/${ticket.id}/cancel`)).json().status).toBe('CLOSED');
    const started = await openTicket();
    await call(support, 'POST', `/api/console/tickets/${started.id}/transition`, { event: 'START' });
    expect((await call(merchant, 'POST', `/api/tickets/${started.id}/cancel`)).statusCode).toBe(409);
  });

  it('closes a resolved ticket by itself after the provider’s auto-close days (a pg-boss job)', async () => {
    const provider = await t.prisma.provider.findFirstOrThrow({ where: { nameEn: 'Dongfang Commercial Bank' } });
    await t.prisma.provider.update({ where: { id: provider.id }, data: { ticketAutoCloseDays: 0 } });
    try {
      const ticket = await openTicket();
      await call(support, 'POST', `/api/console/tickets/${ticket.id}/transition`, { event: 'START' });
      await call(support, 'POST', `/api/console/tickets/${ticket.id}/transition`, { event: 'RESOLVE', note: '已处理' });
      const closed = await until(async () => {
        const row = await t.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
        return row.status === 'CLOSED' ? row : null;
      });
      expect(closed.closedAt).not.toBeNull();
      // Closed by time, not rated yet: the merchant may still rate it.
      const rated = (await call(merchant, 'POST', `/api/tickets/${ticket.id}/rate`, { rating: 4 })).json();
      expect(rated).toMatchObject({ status: 'CLOSED', rating: 4 });
    } finally {
      await t.prisma.provider.update({ where: { id: provider.id }, data: { ticketAutoCloseDays: 7 } });
    }
  });
});

describe('the desk', () => {
  it('orders the queue by the next deadline and filters it', async () => {
    const a = await openTicket();
    const b = await openTicket(merchant, terminalId, { category: 'NETWORK', responseCode: '91' });
    await t.prisma.ticket.update({ where: { id: a.id }, data: { slaDueAt: new Date(Date.now() - HOUR) } });
    await t.prisma.ticket.update({ where: { id: b.id }, data: { slaDueAt: new Date(Date.now() - 2 * HOUR) } });
    const queue = (await call(support, 'GET', '/api/console/tickets?limit=2')).json();
    expect(queue.items.map((x: { id: string }) => x.id)).toEqual([b.id, a.id]);
    expect(queue.nextCursor).toEqual(expect.any(String));
    const next = (await call(support, 'GET', `/api/console/tickets?limit=2&cursor=${queue.nextCursor}`)).json();
    expect(next.items.map((x: { id: string }) => x.id)).not.toContain(a.id);

    const network = (await call(support, 'GET', '/api/console/tickets?category=NETWORK')).json();
    expect(network.items.every((x: { category: string }) => x.category === 'NETWORK')).toBe(true);
    expect((await call(support, 'GET', `/api/console/tickets?q=${b.reference}`)).json().items.map((x: { id: string }) => x.id)).toEqual([b.id]);
    await call(support, 'POST', `/api/console/tickets/${a.id}/assign`, { assigneeId: support.user.id });
    const mine = (await call(support, 'GET', '/api/console/tickets?assignee=me')).json();
    expect(mine.items.map((x: { id: string }) => x.id)).toContain(a.id);
    expect(mine.items.map((x: { id: string }) => x.id)).not.toContain(b.id);
    expect((await call(support, 'GET', '/api/console/tickets?status=SOMETHING')).statusCode).toBe(400);
    expect((await call(support, 'GET', '/api/console/tickets?cursor=garbage')).statusCode).toBe(400);
  });

  it('assigns only to the provider’s own desk staff', async () => {
    const ticket = await openTicket();
    expect((await call(support, 'POST', `/api/console/tickets/${ticket.id}/assign`, { assigneeId: foreignAdmin.user.id })).statusCode).toBe(400);
    expect((await call(support, 'POST', `/api/console/tickets/${ticket.id}/assign`, { assigneeId: tech.user.id })).statusCode).toBe(400);
    const assigned = (await call(support, 'POST', `/api/console/tickets/${ticket.id}/assign`, { assigneeId: providerAdmin.user.id })).json();
    expect(assigned.assignee).toMatchObject({ id: providerAdmin.user.id });
    const assignees = (await call(support, 'GET', '/api/console/ticket-assignees')).json().items.map((x: { id: string }) => x.id);
    expect(assignees).toEqual(expect.arrayContaining([support.user.id, providerAdmin.user.id]));
    expect(assignees).not.toContain(tech.user.id);
  });

  it('raises the priority and pulls the deadlines in', async () => {
    const ticket = await openTicket();
    const urgent = (await call(support, 'POST', `/api/console/tickets/${ticket.id}/priority`, { priority: 'URGENT' })).json() as TicketDetail;
    expect(urgent.priority).toBe('URGENT');
    expect(new Date(urgent.sla.firstResponseDueAt!).getTime()).toBeLessThan(new Date(ticket.sla.firstResponseDueAt!).getTime());
    expect((await call(support, 'POST', `/api/console/tickets/${ticket.id}/priority`, { priority: 'NOW' })).statusCode).toBe(400);
  });

  it('merges a duplicate into the merchant’s other ticket', async () => {
    const first = await openTicket();
    const duplicate = await openTicket();
    const foreign = await openTicket(otherMerchant, otherTerminalId);
    const refused = await call(support, 'POST', `/api/console/tickets/${duplicate.id}/merge`, { intoReference: foreign.reference });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details.fields[0]).toMatchObject({ field: 'intoReference' });
    expect((await call(support, 'POST', `/api/console/tickets/${duplicate.id}/merge`, { intoReference: duplicate.reference })).statusCode).toBe(400);
    const merged = (await call(support, 'POST', `/api/console/tickets/${duplicate.id}/merge`, { intoReference: first.reference.toLowerCase() })).json() as TicketDetail;
    expect(merged).toMatchObject({ status: 'CLOSED', mergedInto: { id: first.id, reference: first.reference } });
    const target = (await call(support, 'GET', `/api/console/tickets/${first.id}`)).json() as TicketDetail;
    expect(target.messages.some((m) => m.internal && m.body.startsWith(duplicate.reference))).toBe(true);
    expect((await call(merchant, 'GET', `/api/tickets/${duplicate.id}`)).json().mergedInto.reference).toBe(first.reference);
  });

  it('sends a technician on site, never to two places at once', async () => {
    const ticket = await openTicket();
    const start = new Date(Date.now() + 3 * DAY);
    const window = { start: start.toISOString(), end: new Date(start.getTime() + 2 * HOUR).toISOString() };
    expect((await call(support, 'POST', `/api/console/tickets/${ticket.id}/site-visits`, { technicianId: foreignAdmin.user.id, ...window })).statusCode).toBe(400);
    expect((await call(support, 'POST', `/api/console/tickets/${ticket.id}/site-visits`, { technicianId: tech.user.id, start: window.end, end: window.start })).statusCode).toBe(400);
    const dispatched = await call(support, 'POST', `/api/console/tickets/${ticket.id}/site-visits`, { technicianId: tech.user.id, ...window, instructions: '带一个备用密码键盘' });
    expect(dispatched.statusCode, dispatched.body).toBe(201);
    expect(dispatched.json().siteVisits[0]).toMatchObject({ technician: { id: tech.user.id }, status: 'SCHEDULED', instructions: '带一个备用密码键盘' });

    const other = await openTicket();
    const overlapping = { start: new Date(start.getTime() + HOUR).toISOString(), end: new Date(start.getTime() + 3 * HOUR).toISOString() };
    const busy = await call(support, 'POST', `/api/console/tickets/${other.id}/site-visits`, { technicianId: tech.user.id, ...overlapping });
    expect(busy.statusCode).toBe(409);
    expect(busy.json().code).toBe(ErrorCode.TECHNICIAN_DOUBLE_BOOKED);

    const visits = (await call(tech, 'GET', '/api/console/visits')).json().items;
    const visit = visits.find((v: { ticket: { id: string } }) => v.ticket.id === ticket.id);
    expect(visit).toMatchObject({ address: '测试地址', merchant: { displayName: '王小明' } });
    expect((await call(support, 'POST', `/api/console/visits/${visit.id}/complete`, { result: 'x' })).statusCode).toBe(403);
    const done = (await call(tech, 'POST', `/api/console/visits/${visit.id}/complete`, { result: '更换密码键盘，测试交易成功' })).json();
    expect(done).toMatchObject({ status: 'COMPLETED', result: '更换密码键盘，测试交易成功' });
    expect((await call(tech, 'POST', `/api/console/visits/${visit.id}/complete`, { result: '再来一次' })).statusCode).toBe(409);
    // A completed visit no longer holds its slot.
    expect((await call(support, 'POST', `/api/console/tickets/${other.id}/site-visits`, { technicianId: tech.user.id, ...overlapping })).statusCode).toBe(201);
  });

  it('lets the provider admin set SLA targets and support hours', async () => {
    const settings = (await call(support, 'GET', '/api/console/provider/sla')).json();
    expect(settings).toMatchObject({ supportDayStartMinute: 540, supportDayEndMinute: 1080, ticketAutoCloseDays: 7 });
    expect(settings.targets).toHaveLength(4);
    expect((await call(support, 'PUT', '/api/console/provider/sla', settings)).statusCode).toBe(403);
    const bad = await call(providerAdmin, 'PUT', '/api/console/provider/sla', { ...settings, targets: [{ priority: 'LOW', firstResponseMinutes: 600, resolutionMinutes: 60, warnBeforeMinutes: 10 }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.fields[0]).toMatchObject({ field: 'targets.0.resolutionMinutes' });
    const hours = await call(providerAdmin, 'PUT', '/api/console/provider/sla', { ...settings, supportDayStartMinute: 1080, supportDayEndMinute: 540 });
    expect(hours.statusCode).toBe(400);
    const saved = (await call(providerAdmin, 'PUT', '/api/console/provider/sla', { ...settings, supportDayStartMinute: 480, targets: [{ priority: 'LOW', firstResponseMinutes: 600, resolutionMinutes: 6000, warnBeforeMinutes: 30 }] })).json();
    expect(saved.supportDayStartMinute).toBe(480);
    expect(saved.targets.find((x: { priority: string }) => x.priority === 'LOW')).toMatchObject({ firstResponseMinutes: 600, resolutionMinutes: 6000 });
    await call(providerAdmin, 'PUT', '/api/console/provider/sla', settings);
  });
});

describe('random bodies', () => {
  it('never cause a 500', async () => {
    const ticket = await openTicket();
    const junk: unknown[] = [null, 7, 'x', [], { event: null }, { body: { nested: true } }, { rating: '5' }, { assigneeId: 12 }, { intoReference: ['a'] }, { start: 'yesterday', end: 3 }, { targets: 'all' }];
    const targets: [typeof merchant, 'POST' | 'PUT', string][] = [
      [merchant, 'POST', '/api/tickets'],
      [merchant, 'POST', `/api/tickets/${ticket.id}/messages`],
      [merchant, 'POST', `/api/tickets/${ticket.id}/rate`],
      [support, 'POST', `/api/console/tickets/${ticket.id}/messages`],
      [support, 'POST', `/api/console/tickets/${ticket.id}/transition`],
      [support, 'POST', `/api/console/tickets/${ticket.id}/assign`],
      [support, 'POST', `/api/console/tickets/${ticket.id}/priority`],
      [support, 'POST', `/api/console/tickets/${ticket.id}/merge`],
      [support, 'POST', `/api/console/tickets/${ticket.id}/site-visits`],
      [providerAdmin, 'PUT', '/api/console/provider/sla'],
    ];
    for (const [session, method, url] of targets) {
      for (const payload of junk) {
        const response = await t.app.inject({ method, url, headers: { authorization: `Bearer ${session.accessToken}`, 'content-type': 'application/json' }, payload: JSON.stringify(payload) });
        expect(response.statusCode, `${method} ${url} ${JSON.stringify(payload)} → ${response.body}`).toBeLessThan(500);
      }
    }
  });
});
