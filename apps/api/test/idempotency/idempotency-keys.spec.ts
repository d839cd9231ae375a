import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerId } from '../support/applications.js';
import { bearer, login, type Session } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { liveTerminal } from '../tickets/support.js';

let t: TestApp;
let merchant: Session;
let otherMerchant: Session;
let terminalId: string;
let otherTerminalId: string;
let bank: string;

beforeAll(async () => {
  t = await createTestApp();
  merchant = await login(t.app, '13800138000');
  await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: { loginName: '13955556666', password: 'Othershop2026', displayName: '郑老板' } });
  otherMerchant = await login(t.app, '13955556666', 'Othershop2026');
  terminalId = await liveTerminal(t.prisma, merchant.user.id);
  otherTerminalId = await liveTerminal(t.prisma, otherMerchant.user.id);
  bank = await providerId(t.prisma, 'Dongfang');
});
afterAll(async () => t?.close());

const post = (session: Session, url: string, payload: object, key?: string) =>
  t.app.inject({ method: 'POST', url, headers: { ...bearer(session), ...(key ? { 'idempotency-key': key } : {}) }, payload });
const ticket = (subject: string) => ({ terminalId, category: 'PIN_ERROR', responseCode: '55', subject, description: '顾客输密码总提示错误' });

describe('POST /api/tickets with an Idempotency-Key', () => {
  it('opens one ticket for 50 simultaneous identical requests, answering each with it', async () => {
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 50 }, () => post(merchant, '/api/tickets', ticket('双击开单'), key)));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(50).fill(201));
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
    expect(await t.prisma.ticket.count({ where: { subject: '双击开单' } })).toBe(1);
  });

  it('answers a later retry with the same key with the first ticket, as it was', async () => {
    const key = randomUUID();
    const first = await post(merchant, '/api/tickets', ticket('重试开单'), key);
    const retry = await post(merchant, '/api/tickets', ticket('重试开单'), key);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect(await t.prisma.ticket.count({ where: { subject: '重试开单' } })).toBe(1);
  });

  it('refuses the same key with another body, naming the header, and creates nothing', async () => {
    const key = randomUUID();
    expect((await post(merchant, '/api/tickets', ticket('第一张'), key)).statusCode).toBe(201);
    const reused = await post(merchant, '/api/tickets', ticket('第二张'), key);
    expect(reused.statusCode).toBe(400);
    expect(reused.json().details.fields).toEqual([expect.objectContaining({ field: 'Idempotency-Key', code: 'idempotencyKeyReused' })]);
    expect(await t.prisma.ticket.count({ where: { subject: '第二张' } })).toBe(0);
  });

  it('does not keep a failed answer: a corrected retry with the same key creates the ticket', async () => {
    const key = randomUUID();
    expect((await post(merchant, '/api/tickets', { ...ticket('先错后对'), category: 'COFFEE' }, key)).statusCode).toBe(400);
    // A corrected body is a different body, which a kept failure would have refused.
    const corrected = await post(merchant, '/api/tickets', ticket('先错后对'), key);
    expect(corrected.statusCode, corrected.body).toBe(201);
  });

  it("keeps each user's keys apart, and refuses a malformed key", async () => {
    const key = randomUUID();
    const mine = await post(merchant, '/api/tickets', ticket('各用各的'), key);
    const theirs = await post(otherMerchant, '/api/tickets', { ...ticket('各用各的'), terminalId: otherTerminalId }, key);
    expect([mine.statusCode, theirs.statusCode]).toEqual([201, 201]);
    expect(theirs.json().id).not.toBe(mine.json().id);
    const malformed = await post(merchant, '/api/tickets', ticket('坏键'), 'has spaces in it');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().details.fields[0]).toMatchObject({ field: 'Idempotency-Key' });
    expect(await t.prisma.ticket.count({ where: { subject: '坏键' } })).toBe(0);
  });

  it('creates a ticket per request without a key (the header is how a client says "same action")', async () => {
    await post(merchant, '/api/tickets', ticket('无键'));
    await post(merchant, '/api/tickets', ticket('无键'));
    expect(await t.prisma.ticket.count({ where: { subject: '无键' } })).toBe(2);
  });
});

describe('POST /api/tickets/:id/messages with an Idempotency-Key', () => {
  it('adds one message for a double click', async () => {
    const opened = (await post(merchant, '/api/tickets', ticket('留言双击'))).json();
    const key = randomUUID();
    const [a, b] = await Promise.all([0, 1].map(() => post(merchant, `/api/tickets/${opened.id}/messages`, { body: '补充：换了纸也不行' }, key)));
    expect([a!.statusCode, b!.statusCode]).toEqual([201, 201]);
    expect(await t.prisma.ticketComment.count({ where: { ticketId: opened.id, body: '补充：换了纸也不行' } })).toBe(1);
  });
});

describe('POST /api/applications with an Idempotency-Key', () => {
  it('starts one draft for 20 simultaneous identical requests', async () => {
    const before = await t.prisma.application.count({ where: { merchantId: merchant.user.id } });
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 20 }, () => post(merchant, '/api/applications', { providerId: bank }, key)));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
    expect(await t.prisma.application.count({ where: { merchantId: merchant.user.id } })).toBe(before + 1);
    expect(await t.prisma.auditEvent.count({ where: { entityId: responses[0]!.json().id, action: 'CREATED' } })).toBe(1);
  });
});
