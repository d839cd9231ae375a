import { ErrorCode } from '@pos/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedApplication } from '../support/flows.js';
import { bearer, login, type Session } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let merchant: Session;
let otherMerchant: Session;
let dispatcher: Session;
let tech: Session;
let secondTech: Session;
let foreignTech: Session;

const DAY = 86_400_000;
const HOUR = 3_600_000;
const at = (days: number, hour: number) => new Date(Math.floor(Date.now() / DAY) * DAY + days * DAY + (hour - 8) * HOUR).toISOString();
const windows = (day: number) => [
  { start: at(day, 9), end: at(day, 12) },
  { start: at(day, 14), end: at(day, 17) },
];
const ALL_PASS = { power: true, network: true, swipe: true, insert: true, tap: true, qrScan: true, printer: true, pinPad: true };
const APPROVED_TEST = { amountFen: 1, channel: 'DEBIT_CARD', responseCode: '00', receiptPrinted: true };

async function account(email: string, role: 'TECHNICIAN', providerEmail: string, name: string): Promise<Session> {
  const template = await t.prisma.user.findUniqueOrThrow({ where: { email: providerEmail } });
  await t.prisma.user.create({ data: { email, role, displayName: name, passwordHash: template.passwordHash, providerId: template.providerId } });
  return login(t.app, email);
}

beforeAll(async () => {
  t = await createTestApp();
  merchant = await login(t.app, '13800138000');
  await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: { loginName: '13933334444', password: 'Othershop2026', displayName: '钱老板' } });
  otherMerchant = await login(t.app, '13933334444', 'Othershop2026');
  dispatcher = await login(t.app, 'support@dongfang-bank.example');
  tech = await login(t.app, 'tech@dongfang-bank.example');
  secondTech = await account('tech2@dongfang-bank.example', 'TECHNICIAN', 'tech@dongfang-bank.example', '李师傅');
  foreignTech = await account('tech@ruitong-pay.example', 'TECHNICIAN', 'admin@ruitong-pay.example', '瑞通师傅');
});
afterAll(async () => t?.close());

const call = (session: Session | undefined, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: session ? bearer(session) : {}, ...(payload ? { payload } : {}) });
const status = async (applicationId: string) => (await t.prisma.application.findUniqueOrThrow({ where: { id: applicationId } })).status;

async function booked(day: number, overrides: Record<string, unknown> = {}) {
  const applicationId = await signedApplication(t.app, t.prisma, merchant, overrides);
  const response = await call(merchant, 'POST', `/api/applications/${applicationId}/installation`, { windows: windows(day), contactMobile: '13800138000' });
  expect(response.statusCode).toBe(201);
  return { applicationId, appointment: response.json() };
}

async function onSite(day: number, technician = tech) {
  const { applicationId, appointment } = await booked(day);
  expect((await call(dispatcher, 'POST', `/api/console/installations/${appointment.id}/confirm`, { technicianId: technician.user.id, windowIndex: 0 })).statusCode).toBe(200);
  expect((await call(technician, 'POST', `/api/console/jobs/${appointment.id}/arrive`)).statusCode).toBe(200);
  return { applicationId, appointmentId: appointment.id as string };
}

let serial = 0;
const nextSerial = () => `LD-A8-${Date.now().toString(36).toUpperCase()}-${++serial}`;

describe('from SIGNED to LIVE', () => {
  it('books, dispatches, installs and tests on site, and goes live on the merchant’s confirmation', async () => {
    const { applicationId, appointment } = await booked(3);
    expect(appointment).toMatchObject({ status: 'PROPOSED', proposedWindows: windows(3), terminalsWanted: [{ terminalType: 'TRADITIONAL_POS', count: 1 }] });

    const technicians = (await call(dispatcher, 'GET', '/api/console/technicians')).json().items.map((u: { id: string }) => u.id);
    expect(technicians).toEqual(expect.arrayContaining([tech.user.id, secondTech.user.id]));
    expect(technicians).not.toContain(foreignTech.user.id);

    const confirmed = await call(dispatcher, 'POST', `/api/console/installations/${appointment.id}/confirm`, { technicianId: tech.user.id, windowIndex: 1 });
    expect(confirmed.json()).toMatchObject({ status: 'CONFIRMED', confirmedWindow: windows(3)[1], technician: { id: tech.user.id } });
    expect(await status(applicationId)).toBe('INSTALL_SCHEDULED');
    expect((await call(merchant, 'GET', `/api/applications/${applicationId}/installation`)).json().technician.displayName).toBe('钱师傅');

    const jobs = (await call(tech, 'GET', '/api/console/jobs')).json().items;
    expect(jobs.map((j: { id: string }) => j.id)).toContain(appointment.id);
    expect((await call(tech, 'POST', `/api/console/jobs/${appointment.id}/arrive`)).json().status).toBe('ON_SITE');
    const serialNumber = nextSerial();
    const recorded = await call(tech, 'POST', `/api/console/jobs/${appointment.id}/terminals`, { serialNumber: serialNumber.toLowerCase(), model: '联迪 A8', simNetwork: '中国移动 4G', firmwareVersion: 'V2.3.1' });
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json().terminals[0]).toMatchObject({ serialNumber, type: 'TRADITIONAL_POS', status: 'INSTALLED' });

    const completed = await call(tech, 'POST', `/api/console/jobs/${appointment.id}/complete`, { checklist: ALL_PASS, testTransaction: APPROVED_TEST });
    expect(completed.statusCode).toBe(200);
    expect(completed.json()).toMatchObject({ status: 'TESTED', testTransaction: { responseCode: '00' } });
    expect(await status(applicationId)).toBe('INSTALLED');

    const accepted = await call(merchant, 'POST', `/api/installations/${appointment.id}/accept`);
    expect(accepted.json()).toMatchObject({ status: 'ACCEPTED', terminals: [{ serialNumber, status: 'LIVE' }] });
    expect(await status(applicationId)).toBe('LIVE');
    const mine = (await call(merchant, 'GET', '/api/terminals')).json().items;
    expect(mine.find((x: { serialNumber: string }) => x.serialNumber === serialNumber)).toMatchObject({ status: 'LIVE', model: '联迪 A8', provider: { name: '东方商业银行' } });
    expect(mine[0].nextInspectionDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const found = (await call(dispatcher, 'GET', `/api/console/terminals?q=${serialNumber.slice(0, 10)}`)).json().items;
    expect(found.map((x: { serialNumber: string }) => x.serialNumber)).toContain(serialNumber);
    const actions = (await t.prisma.auditEvent.findMany({ where: { applicationId, entityType: 'Application' }, orderBy: { createdAt: 'asc' } })).map((e) => e.action);
    expect(actions.slice(-3)).toEqual(['SCHEDULE_INSTALL', 'COMPLETE_INSTALL', 'GO_LIVE']);
  });
});

describe('dispatch rules', () => {
  it('refuses to double-book a technician, also when two dispatchers confirm at once', async () => {
    const first = await booked(5);
    const second = await booked(5);
    expect((await call(dispatcher, 'POST', `/api/console/installations/${first.appointment.id}/confirm`, { technicianId: secondTech.user.id, windowIndex: 0 })).statusCode).toBe(200);
    const overlapping = await call(dispatcher, 'POST', `/api/console/installations/${second.appointment.id}/confirm`, { technicianId: secondTech.user.id, window: { start: at(5, 11), end: at(5, 13) } });
    expect(overlapping.statusCode).toBe(409);
    expect(overlapping.json().code).toBe(ErrorCode.TECHNICIAN_DOUBLE_BOOKED);
    expect((await call(dispatcher, 'POST', `/api/console/installations/${second.appointment.id}/confirm`, { technicianId: secondTech.user.id, windowIndex: 1 })).statusCode).toBe(200);

    const a = await booked(7);
    const b = await booked(7);
    const race = await Promise.all([
      call(dispatcher, 'POST', `/api/console/installations/${a.appointment.id}/confirm`, { technicianId: tech.user.id, windowIndex: 0 }),
      call(await login(t.app, 'admin@dongfang-bank.example'), 'POST', `/api/console/installations/${b.appointment.id}/confirm`, { technicianId: tech.user.id, windowIndex: 0 }),
    ]);
    expect(race.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it('only dispatches the provider’s own technicians', async () => {
    const { appointment } = await booked(9);
    const reviewer = await t.prisma.user.findUniqueOrThrow({ where: { email: 'reviewer@dongfang-bank.example' } });
    for (const technicianId of [reviewer.id, foreignTech.user.id]) {
      const response = await call(dispatcher, 'POST', `/api/console/installations/${appointment.id}/confirm`, { technicianId, windowIndex: 0 });
      expect(response.statusCode).toBe(400);
      expect(response.json().details.fields[0]).toMatchObject({ field: 'technicianId', code: 'notTechnician' });
    }
  });

  it('validates the booking: two future windows, and only once signed', async () => {
    const applicationId = await signedApplication(t.app, t.prisma, merchant);
    const one = await call(merchant, 'POST', `/api/applications/${applicationId}/installation`, { windows: windows(3).slice(0, 1) });
    expect(one.json().details.fields[0]).toMatchObject({ field: 'windows', code: 'windowsTooFew' });
    const past = await call(merchant, 'POST', `/api/applications/${applicationId}/installation`, { windows: [{ start: at(-1, 9), end: at(-1, 10) }, ...windows(3).slice(1)] });
    expect(past.json().details.fields[0]).toMatchObject({ field: 'windows.0', code: 'windowInvalid' });
    const backwards = await call(merchant, 'POST', `/api/applications/${applicationId}/installation`, { windows: [{ start: at(3, 12), end: at(3, 9) }, ...windows(3).slice(1)] });
    expect(backwards.statusCode).toBe(400);
    const draft = await t.app.inject({ method: 'POST', url: '/api/applications', headers: bearer(merchant), payload: { providerId: (await t.prisma.provider.findFirstOrThrow()).id } });
    expect((await call(merchant, 'POST', `/api/applications/${draft.json().id}/installation`, { windows: windows(3) })).statusCode).toBe(409);
    expect(await t.prisma.installationAppointment.count({ where: { applicationId } })).toBe(0);
  });
});

describe('on site', () => {
  it('refuses a serial number already registered', async () => {
    const { appointmentId } = await onSite(11);
    const serialNumber = nextSerial();
    expect((await call(tech, 'POST', `/api/console/jobs/${appointmentId}/terminals`, { serialNumber, model: '联迪 A8' })).statusCode).toBe(201);
    const again = await call(tech, 'POST', `/api/console/jobs/${appointmentId}/terminals`, { serialNumber, model: '新大陆 N910' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe(ErrorCode.DUPLICATE_SERIAL);
    const unknownModel = await call(tech, 'POST', `/api/console/jobs/${appointmentId}/terminals`, { serialNumber: nextSerial(), model: '商米 P2' });
    expect(unknownModel.json().details.fields[0]).toMatchObject({ field: 'model', code: 'unknownModel' });
  });

  it('records and removes terminals each with its audit row, in the transaction that changes the job', async () => {
    const { applicationId, appointmentId } = await onSite(23);
    const serialNumber = nextSerial();
    const before = await t.prisma.installationAppointment.findUniqueOrThrow({ where: { id: appointmentId } });
    const recorded = await call(tech, 'POST', `/api/console/jobs/${appointmentId}/terminals`, { serialNumber, model: '联迪 A8' });
    const terminalId = recorded.json().terminals[0].id;
    expect((await call(tech, 'DELETE', `/api/console/jobs/${appointmentId}/terminals/${terminalId}`)).statusCode).toBe(200);
    expect((await call(tech, 'DELETE', `/api/console/jobs/${appointmentId}/terminals/${terminalId}`)).statusCode).toBe(404);
    const rows = await t.prisma.auditEvent.findMany({ where: { applicationId, entityType: 'Terminal' }, orderBy: { createdAt: 'asc' } });
    expect(rows.map((row) => [row.action, row.entityId, row.actorId, row.data])).toEqual([
      ['TERMINAL_RECORDED', terminalId, tech.user.id, { serialNumber }],
      ['TERMINAL_REMOVED', terminalId, tech.user.id, { serialNumber }],
    ]);
    // Both changed the job, so a completion or cancellation read before either of them gets 409.
    expect((await t.prisma.installationAppointment.findUniqueOrThrow({ where: { id: appointmentId } })).version).toBe(before.version + 2);
  });

  it('refuses completion with a failed check, a declined test or no terminal, and says which', async () => {
    const { applicationId, appointmentId } = await onSite(13);
    const complete = (body: object) => call(tech, 'POST', `/api/console/jobs/${appointmentId}/complete`, body);
    const noTerminal = await complete({ checklist: ALL_PASS, testTransaction: APPROVED_TEST });
    expect(noTerminal.statusCode).toBe(422);
    expect(noTerminal.json().details.failures).toEqual(['terminals']);
    await call(tech, 'POST', `/api/console/jobs/${appointmentId}/terminals`, { serialNumber: nextSerial(), model: '联迪 A8' });
    const failedTap = await complete({ checklist: { ...ALL_PASS, tap: false }, testTransaction: APPROVED_TEST });
    expect(failedTap.json()).toMatchObject({ code: ErrorCode.INSTALLATION_CHECKS_FAILED, details: { failures: ['checklist.tap'] } });
    const declined = await complete({ checklist: ALL_PASS, testTransaction: { ...APPROVED_TEST, responseCode: '55', receiptPrinted: false } });
    expect(declined.json().details.failures).toEqual(['testTransaction.responseCode', 'testTransaction.receiptPrinted']);
    expect((await t.prisma.installationAppointment.findUniqueOrThrow({ where: { id: appointmentId } })).status).toBe('ON_SITE');
    expect(await status(applicationId)).toBe('INSTALL_SCHEDULED');
  });

  it('keeps other technicians, other providers and other merchants out (404)', async () => {
    const { appointmentId } = await onSite(15);
    for (const session of [secondTech, foreignTech]) {
      expect((await call(session, 'GET', `/api/console/jobs/${appointmentId}`)).statusCode).toBe(404);
      expect((await call(session, 'POST', `/api/console/jobs/${appointmentId}/terminals`, { serialNumber: nextSerial(), model: '联迪 A8' })).statusCode).toBe(404);
      expect((await call(session, 'POST', `/api/console/jobs/${appointmentId}/complete`, { checklist: ALL_PASS, testTransaction: APPROVED_TEST })).statusCode).toBe(404);
    }
    expect((await call(await login(t.app, 'admin@ruitong-pay.example'), 'GET', `/api/console/installations/${appointmentId}`)).statusCode).toBe(404);
    expect((await call(otherMerchant, 'POST', `/api/installations/${appointmentId}/accept`)).statusCode).toBe(404);
    expect((await call(merchant, 'GET', '/api/console/jobs')).statusCode).toBe(403);
    expect((await call(tech, 'POST', `/api/console/installations/${appointmentId}/confirm`, { technicianId: tech.user.id, windowIndex: 0 })).statusCode).toBe(403);
    expect((await call(undefined, 'GET', '/api/terminals')).statusCode).toBe(401);
  });
});

describe('the merchant disputes', () => {
  it('sends the job back to the technician with the reason, and goes live after the fix', async () => {
    const { applicationId, appointmentId } = await onSite(17);
    await call(tech, 'POST', `/api/console/jobs/${appointmentId}/terminals`, { serialNumber: nextSerial(), model: '联迪 A8' });
    await call(tech, 'POST', `/api/console/jobs/${appointmentId}/complete`, { checklist: ALL_PASS, testTransaction: APPROVED_TEST });
    const noReason = await call(merchant, 'POST', `/api/installations/${appointmentId}/dispute`, { reason: '' });
    expect(noReason.json().details.fields[0]).toMatchObject({ field: 'reason', code: 'reasonRequired' });
    const disputed = await call(merchant, 'POST', `/api/installations/${appointmentId}/dispute`, { reason: '小票打印不清楚' });
    expect(disputed.json()).toMatchObject({ status: 'ON_SITE', lastReason: '小票打印不清楚' });
    expect(await status(applicationId)).toBe('INSTALL_SCHEDULED');
    expect((await call(tech, 'GET', `/api/console/jobs/${appointmentId}`)).json().lastReason).toBe('小票打印不清楚');
    expect((await call(tech, 'POST', `/api/console/jobs/${appointmentId}/complete`, { checklist: ALL_PASS, testTransaction: APPROVED_TEST })).statusCode).toBe(200);
    expect((await call(merchant, 'POST', `/api/installations/${appointmentId}/accept`)).json().status).toBe('ACCEPTED');
    expect(await status(applicationId)).toBe('LIVE');
  });

  it('can reschedule or cancel with a reason', async () => {
    const { appointment } = await booked(19);
    await call(dispatcher, 'POST', `/api/console/installations/${appointment.id}/confirm`, { technicianId: secondTech.user.id, windowIndex: 0 });
    const moved = await call(merchant, 'POST', `/api/installations/${appointment.id}/reschedule`, { reason: '那天店里盘点', windows: windows(21) });
    expect(moved.json()).toMatchObject({ status: 'PROPOSED', technician: null, confirmedWindow: null, lastReason: '那天店里盘点', proposedWindows: windows(21) });
    const cancelled = await call(dispatcher, 'POST', `/api/console/installations/${appointment.id}/cancel`, { reason: '商户要求取消' });
    expect(cancelled.json()).toMatchObject({ status: 'CANCELLED', lastReason: '商户要求取消' });
    expect((await call(merchant, 'POST', `/api/installations/${appointment.id}/accept`)).statusCode).toBe(409);
  });
});
