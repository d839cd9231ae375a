import { addDays, beijingDate, ErrorCode, INSPECTION_ITEMS, type InspectionDueListResponse, type InspectionView } from '@pos/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobQueue } from '../../src/core/jobs/job-queue.js';
import { INSPECTION_REMINDER_JOB, InspectionsService } from '../../src/modules/prevention/inspections.service.js';
import { signedApplication } from '../support/flows.js';
import { bearer, login, type Session } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { until } from '../tickets/support.js';

let t: TestApp;
let merchant: Session;
let otherMerchant: Session;
let tech: Session;
let support: Session;
let admin: Session;
let foreignAdmin: Session;

const DAY = 86_400_000;
const HOUR = 3_600_000;
const today = () => beijingDate();
const date = (value: string) => new Date(`${value}T00:00:00Z`);
const ALL_FINE = Object.fromEntries(INSPECTION_ITEMS.map((item) => [item, true])) as Record<string, boolean>;

const call = (session: Session | undefined, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
  t.app.inject({ method, url, headers: session ? bearer(session) : {}, ...(payload === undefined ? {} : { payload: payload as object }) });

let serial = 0;
/** A live terminal of the demo bank for `merchantId`, due on `due`, of model `model`. */
async function terminal(merchantId: string, due: string | null, model = '联迪 A8', providerNameEn = 'Dongfang Commercial Bank') {
  const provider = await t.prisma.provider.findFirstOrThrow({ where: { nameEn: providerNameEn } });
  return t.prisma.terminal.create({
    data: {
      providerId: provider.id,
      merchantId,
      serialNumber: `INSP-${Date.now().toString(36).toUpperCase()}-${++serial}`,
      type: 'TRADITIONAL_POS',
      model,
      status: 'LIVE',
      address: '北京市朝阳区测试路 1 号',
      liveAt: new Date(Date.now() - 60 * DAY),
      nextInspectionDue: due ? date(due) : null,
    },
  });
}

/** Sets the demo bank's per-model intervals through the provider settings API (null = provider default). */
async function setModelIntervals(intervals: Record<string, number | null>) {
  const profile = (await call(admin, 'GET', '/api/console/provider/profile')).json();
  const items = profile.terminalModels.map(({ id: _id, ...model }: { id: string; name: string }) => ({ ...model, inspectionIntervalDays: intervals[model.name] ?? null }));
  const response = await call(admin, 'PUT', '/api/console/provider/terminal-models', { items });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as { name: string; inspectionIntervalDays: number | null }[];
}

beforeAll(async () => {
  t = await createTestApp();
  merchant = await login(t.app, '13800138000');
  await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: { loginName: '13955556666', password: 'Othershop2026', displayName: '周老板' } });
  otherMerchant = await login(t.app, '13955556666', 'Othershop2026');
  tech = await login(t.app, 'tech@dongfang-bank.example');
  support = await login(t.app, 'support@dongfang-bank.example');
  admin = await login(t.app, 'admin@dongfang-bank.example');
  foreignAdmin = await login(t.app, 'admin@ruitong-pay.example');
});
afterAll(async () => t?.close());

describe('due dates', () => {
  it('at go-live follow the model’s interval, and the provider’s default for a model without one', async () => {
    const models = await setModelIntervals({ '联迪 A8': 30 });
    expect(models.find((m) => m.name === '联迪 A8')?.inspectionIntervalDays).toBe(30);
    expect(models.filter((m) => m.name !== '联迪 A8').every((m) => m.inspectionIntervalDays === null)).toBe(true);

    // The installation flow, as the installation tests walk it.
    const applicationId = await signedApplication(t.app, t.prisma, merchant);
    const at = (days: number, hour: number) => new Date(Math.floor(Date.now() / DAY) * DAY + days * DAY + (hour - 8) * HOUR).toISOString();
    const booked = await call(merchant, 'POST', `/api/applications/${applicationId}/installation`, { windows: [{ start: at(2, 9), end: at(2, 12) }, { start: at(2, 14), end: at(2, 17) }] });
    const appointmentId = booked.json().id;
    await call(support, 'POST', `/api/console/installations/${appointmentId}/confirm`, { technicianId: tech.user.id, windowIndex: 0 });
    await call(tech, 'POST', `/api/console/jobs/${appointmentId}/arrive`);
    const serialNumber = `LD-A8-GOLIVE-${Date.now().toString(36).toUpperCase()}`;
    expect((await call(tech, 'POST', `/api/console/jobs/${appointmentId}/terminals`, { serialNumber, model: '联迪 A8' })).statusCode).toBe(201);
    const checks = { power: true, network: true, swipe: true, insert: true, tap: true, qrScan: true, printer: true, pinPad: true };
    expect((await call(tech, 'POST', `/api/console/jobs/${appointmentId}/complete`, { checklist: checks, testTransaction: { amountFen: 1, channel: 'DEBIT_CARD', responseCode: '00', receiptPrinted: true } })).statusCode).toBe(200);
    expect((await call(merchant, 'POST', `/api/installations/${appointmentId}/accept`)).json().status).toBe('ACCEPTED');

    const live = (await call(merchant, 'GET', '/api/terminals')).json().items.find((x: { serialNumber: string }) => x.serialNumber === serialNumber);
    expect(live.nextInspectionDue).toBe(addDays(today(), 30));

    // Back to the provider default (90 days for the demo bank): the live terminal follows from its go-live date.
    await setModelIntervals({});
    const row = await t.prisma.terminal.findFirstOrThrow({ where: { serialNumber } });
    expect(row.nextInspectionDue?.toISOString().slice(0, 10)).toBe(addDays(today(), 90));
  });

  it('after an inspection: the inspection date plus the model’s interval, or the provider’s default', async () => {
    await setModelIntervals({ '联迪 A8': 45 });
    const modelled = await terminal(merchant.user.id, addDays(today(), -3));
    const recorded = await call(tech, 'POST', `/api/console/terminals/${modelled.id}/inspections`, { checklist: ALL_FINE, notes: '外观良好' });
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(recorded.json()).toMatchObject({ passed: true, dueDate: addDays(today(), -3), nextInspectionDue: addDays(today(), 45), technician: { id: tech.user.id }, followUpTicket: null });

    // A model the provider does not list (or lists without an interval) takes the provider's default.
    const unlisted = await terminal(merchant.user.id, addDays(today(), 2), '旧款 X1');
    expect((await call(tech, 'POST', `/api/console/terminals/${unlisted.id}/inspections`, { checklist: ALL_FINE })).json().nextInspectionDue).toBe(addDays(today(), 90));
    const profile = await call(admin, 'PUT', '/api/console/provider/profile', { ...(await profileBody()), inspectionIntervalDays: 60 });
    expect(profile.statusCode, profile.body).toBe(200);
    expect((await t.prisma.terminal.findUniqueOrThrow({ where: { id: unlisted.id } })).nextInspectionDue?.toISOString().slice(0, 10)).toBe(addDays(today(), 60));
    await call(admin, 'PUT', '/api/console/provider/profile', { ...(await profileBody()), inspectionIntervalDays: 90 });
    await setModelIntervals({});
  });

  it('a failed inspection with a follow-up opens a linked ticket the support desk sees', async () => {
    const worn = await terminal(merchant.user.id, addDays(today(), -10));
    const response = await call(tech, 'POST', `/api/console/terminals/${worn.id}/inspections`, { checklist: { ...ALL_FINE, printer: false, seal: false }, notes: '打印头老化，防拆标签破损', openFollowUpTicket: true });
    expect(response.statusCode, response.body).toBe(201);
    const inspection: InspectionView = response.json();
    expect(inspection).toMatchObject({ passed: false, followUpTicket: { id: expect.any(String), reference: expect.stringMatching(/^TK-/) } });
    const ticket = await t.prisma.ticket.findUniqueOrThrow({ where: { id: inspection.followUpTicket!.id } });
    expect(ticket).toMatchObject({ terminalId: worn.id, merchantId: merchant.user.id, category: 'PRINTER', status: 'OPEN' });
    expect(ticket.subject).toContain('打印机');
    expect(ticket.description).toContain('防拆标签破损');
    expect((await t.prisma.inspection.findUniqueOrThrow({ where: { id: inspection.id } })).followUpTicketId).toBe(ticket.id);
    const opened = await t.prisma.auditEvent.findFirstOrThrow({ where: { ticketId: ticket.id, action: 'TICKET_OPENED' } });
    expect(opened.actorId).toBe(tech.user.id);
    expect((await call(support, 'GET', '/api/console/tickets')).json().items.map((x: { id: string }) => x.id)).toContain(ticket.id);
    // The merchant sees the ticket and the inspection history of the terminal.
    expect((await call(merchant, 'GET', `/api/tickets/${ticket.id}`)).statusCode).toBe(200);
    const history = (await call(merchant, 'GET', `/api/prevention/terminals/${worn.id}/inspections`)).json().items;
    expect(history).toMatchObject([{ id: inspection.id, passed: false, checklist: { printer: false, seal: false, power: true } }]);
  });

  it('refuses a follow-up for a passed inspection, and a stale second recording, changing nothing', async () => {
    const fine = await terminal(merchant.user.id, addDays(today(), 1));
    const followUp = await call(tech, 'POST', `/api/console/terminals/${fine.id}/inspections`, { checklist: ALL_FINE, openFollowUpTicket: true });
    expect(followUp.statusCode).toBe(400);
    expect(followUp.json().details.fields).toMatchObject([{ field: 'openFollowUpTicket', code: 'followUpNeedsFailure' }]);
    expect(await t.prisma.inspection.count({ where: { terminalId: fine.id } })).toBe(0);

    // Two technicians record the same visit at once: one wins, the other is told to reload.
    const results = await Promise.all([1, 2].map(() => call(tech, 'POST', `/api/console/terminals/${fine.id}/inspections`, { checklist: ALL_FINE })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(await t.prisma.inspection.count({ where: { terminalId: fine.id, status: 'COMPLETED' } })).toBe(1);
  });
});

async function profileBody() {
  const { name, nameEn, description, descriptionEn, contactPhone, serviceRegions, settlementCycle, responseHours, onSiteHours, reviewSlaBusinessDays, secondApprovalTerminalThreshold, secondApprovalMccs, inspectionIntervalDays } = (
    await call(admin, 'GET', '/api/console/provider/profile')
  ).json();
  return { name, nameEn, description, descriptionEn, contactPhone, serviceRegions, settlementCycle, responseHours, onSiteHours, reviewSlaBusinessDays, secondApprovalTerminalThreshold, secondApprovalMccs, inspectionIntervalDays };
}

describe('the due list', () => {
  it('shows the provider’s live terminals due within the window or overdue, most overdue first', async () => {
    const overdue = await terminal(merchant.user.id, addDays(today(), -20));
    const soon = await terminal(otherMerchant.user.id, addDays(today(), 5));
    const later = await terminal(merchant.user.id, addDays(today(), 200));
    const foreign = await terminal(merchant.user.id, addDays(today(), -30), '瑞通 Q1', 'RuiTong Payment Technology Co., Ltd.');

    const list: InspectionDueListResponse = (await call(tech, 'GET', '/api/console/inspections/due?withinDays=30')).json();
    expect(list.today).toBe(today());
    const ids = list.items.map((x) => x.terminalId);
    expect(ids).toEqual(expect.arrayContaining([overdue.id, soon.id]));
    expect(ids).not.toContain(later.id);
    expect(ids).not.toContain(foreign.id);
    expect(ids.indexOf(overdue.id)).toBeLessThan(ids.indexOf(soon.id));
    expect(list.items.find((x) => x.terminalId === overdue.id)).toMatchObject({ overdue: true, daysUntilDue: -20, intervalDays: 90, merchant: { id: merchant.user.id } });
    expect(list.items.find((x) => x.terminalId === soon.id)).toMatchObject({ overdue: false, daysUntilDue: 5 });
    expect(list.overdueCount).toBe(list.items.filter((x) => x.overdue).length);

    const onlyOverdue: InspectionDueListResponse = (await call(admin, 'GET', '/api/console/inspections/due?overdueOnly=true')).json();
    expect(onlyOverdue.items.every((x) => x.overdue)).toBe(true);
    expect(onlyOverdue.items.map((x) => x.terminalId)).toContain(overdue.id);
    expect(onlyOverdue.items.map((x) => x.terminalId)).not.toContain(soon.id);
    expect((await call(support, 'GET', '/api/console/inspections/due?withinDays=365')).json().items.map((x: { terminalId: string }) => x.terminalId)).toContain(later.id);

    // The merchant sees the due date on their terminals page, the overdue one in the past.
    const mine = (await call(merchant, 'GET', '/api/terminals')).json().items;
    expect(mine.find((x: { id: string }) => x.id === overdue.id).nextInspectionDue).toBe(addDays(today(), -20));
  });

  it('tenancy and bad input: 401, 403, 404 for another provider’s terminal, 400 with fields, never 500', async () => {
    const own = await terminal(merchant.user.id, addDays(today(), 3));
    const foreign = await terminal(merchant.user.id, addDays(today(), 3), '瑞通 Q1', 'RuiTong Payment Technology Co., Ltd.');
    expect((await call(undefined, 'GET', '/api/console/inspections/due')).statusCode).toBe(401);
    expect((await call(merchant, 'GET', '/api/console/inspections/due')).statusCode).toBe(403);
    expect((await call(undefined, 'POST', `/api/console/terminals/${own.id}/inspections`, { checklist: ALL_FINE })).statusCode).toBe(401);
    // Recording is the technician's: support and admins see the list but do not record visits.
    expect((await call(support, 'POST', `/api/console/terminals/${own.id}/inspections`, { checklist: ALL_FINE })).statusCode).toBe(403);
    expect((await call(merchant, 'POST', `/api/console/terminals/${own.id}/inspections`, { checklist: ALL_FINE })).statusCode).toBe(403);
    expect((await call(tech, 'POST', `/api/console/terminals/${foreign.id}/inspections`, { checklist: ALL_FINE })).statusCode).toBe(404);
    expect((await call(tech, 'POST', '/api/console/terminals/not-a-uuid/inspections', { checklist: ALL_FINE })).statusCode).toBe(404);
    expect((await call(foreignAdmin, 'GET', `/api/console/terminals/${own.id}/inspections`)).statusCode).toBe(404);
    expect((await call(admin, 'GET', `/api/console/terminals/${own.id}/inspections`)).statusCode).toBe(200);
    expect((await call(otherMerchant, 'GET', `/api/prevention/terminals/${own.id}/inspections`)).statusCode).toBe(404);
    expect((await call(undefined, 'GET', `/api/prevention/terminals/${own.id}/inspections`)).statusCode).toBe(401);
    expect((await call(tech, 'GET', `/api/prevention/terminals/${own.id}/inspections`)).statusCode).toBe(403);

    const missing = await call(tech, 'POST', `/api/console/terminals/${own.id}/inspections`, { checklist: { power: true }, notes: 5, openFollowUpTicket: 'yes' });
    expect(missing.statusCode).toBe(400);
    const fields = missing.json().details.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['checklist.network', 'checklist.seal', 'notes', 'openFollowUpTicket']));
    for (const body of [{}, { checklist: 'all good' }, { checklist: null }, { checklist: [] }, { checklist: [ALL_FINE] }, { checklist: ALL_FINE, extra: 1 }, [], 'x']) {
      const response = await call(tech, 'POST', `/api/console/terminals/${own.id}/inspections`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
    }
    for (const query of ['withinDays=-1', 'withinDays=abc', 'withinDays=9999', 'overdueOnly=maybe', 'foo=1']) {
      expect((await call(tech, 'GET', `/api/console/inspections/due?${query}`)).statusCode, query).toBe(400);
    }
    // A terminal that is not live has no inspection to record.
    await t.prisma.terminal.update({ where: { id: own.id }, data: { status: 'SUSPENDED' } });
    expect((await call(tech, 'POST', `/api/console/terminals/${own.id}/inspections`, { checklist: ALL_FINE })).json().code).toBe(ErrorCode.INVALID_TRANSITION);
  });
});

describe('the reminder job', () => {
  it('is scheduled daily in PostgreSQL, so it survives restarts', async () => {
    const rows = await t.prisma.$queryRawUnsafe<{ name: string; cron: string; timezone: string | null }[]>(`SELECT name, cron, timezone FROM pgboss.schedule WHERE name = $1`, INSPECTION_REMINDER_JOB);
    expect(rows).toMatchObject([{ name: INSPECTION_REMINDER_JOB, cron: '0 8 * * *', timezone: 'Asia/Shanghai' }]);
  });

  it('tells the technicians, admins and the merchant, once per due date', async () => {
    const due = await terminal(merchant.user.id, addDays(today(), 5));
    const far = await terminal(merchant.user.id, addDays(today(), 40));
    const reminded = (userId: string, terminalId: string) =>
      t.prisma.notification.count({ where: { userId, type: 'inspection.due', data: { path: ['terminalId'], equals: terminalId } } });

    // Through the queue, as the daily schedule sends it.
    await t.app.get(JobQueue).send(INSPECTION_REMINDER_JOB, {});
    await until(async () => (await reminded(merchant.user.id, due.id)) > 0);
    expect(await reminded(tech.user.id, due.id)).toBe(1);
    expect(await reminded(admin.user.id, due.id)).toBe(1);
    expect(await reminded(support.user.id, due.id)).toBe(0);
    expect(await reminded(merchant.user.id, far.id)).toBe(0);
    const scheduled = await t.prisma.inspection.findFirstOrThrow({ where: { terminalId: due.id, status: 'SCHEDULED' } });
    expect(scheduled.dueDate.toISOString().slice(0, 10)).toBe(addDays(today(), 5));
    expect(scheduled.reminderSentAt).not.toBeNull();

    // Again, and concurrently: nothing more for the same due date.
    const service = t.app.get(InspectionsService);
    await Promise.all([service.sendReminders(), service.sendReminders()]);
    expect(await reminded(merchant.user.id, due.id)).toBe(1);
    const list: InspectionDueListResponse = (await call(tech, 'GET', '/api/console/inspections/due')).json();
    expect(list.items.find((x) => x.terminalId === due.id)?.reminderSentAt).toBe(scheduled.reminderSentAt!.toISOString());

    // The visit answers the reminded inspection; the next due date gets its own reminder when it comes near.
    const recorded: InspectionView = (await call(tech, 'POST', `/api/console/terminals/${due.id}/inspections`, { checklist: ALL_FINE })).json();
    expect(recorded.id).toBe(scheduled.id);
    expect(await service.sendReminders(new Date(Date.now() + 85 * DAY))).toBeGreaterThanOrEqual(1);
    expect(await reminded(merchant.user.id, due.id)).toBe(2);
    expect(await service.sendReminders(new Date(Date.now() + 85 * DAY))).toBe(0);
  });
});
