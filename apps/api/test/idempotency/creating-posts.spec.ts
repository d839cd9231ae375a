import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, login, type Session } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { DONGFANG, providerIds } from '../providers/support.js';

let t: TestApp;
let bankAdmin: Session;
let bankProviderId: string;

beforeAll(async () => {
  // Webhook URLs on this machine are allowed by the operator, so no DNS is needed.
  t = await createTestApp({ WEBHOOK_PRIVATE_HOSTS: '127.0.0.1' });
  bankAdmin = await login(t.app, 'admin@dongfang-bank.example');
  bankProviderId = (await providerIds(t))[DONGFANG]!;
});
afterAll(async () => t?.close());

const post = (session: Session, url: string, payload: object, key?: string) =>
  t.app.inject({ method: 'POST', url, headers: { ...bearer(session), ...(key ? { 'idempotency-key': key } : {}) }, payload });

const SCHEDULE = { monthlyFeeFen: 0, deviceFeeFen: 700, notes: '双击发布', rates: [{ channel: 'DEBIT_CARD', rateBps: 45, capFen: 1800 }] };

describe('POST /api/console/provider/fee-schedules with an Idempotency-Key', () => {
  it('publishes one version for 10 simultaneous requests with one key, answering each with it', async () => {
    const before = await t.prisma.feeSchedule.count({ where: { providerId: bankProviderId } });
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 10 }, () => post(bankAdmin, '/api/console/provider/fee-schedules', SCHEDULE, key)));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(10).fill(201));
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
    expect(await t.prisma.feeSchedule.count({ where: { providerId: bankProviderId } })).toBe(before + 1);
  });

  it('publishes a new version for the next action, which comes with a new key', async () => {
    const before = await t.prisma.feeSchedule.count({ where: { providerId: bankProviderId } });
    const first = await post(bankAdmin, '/api/console/provider/fee-schedules', SCHEDULE, randomUUID());
    const second = await post(bankAdmin, '/api/console/provider/fee-schedules', SCHEDULE, randomUUID());
    expect(second.json().version).toBe(first.json().version + 1);
    expect(await t.prisma.feeSchedule.count({ where: { providerId: bankProviderId } })).toBe(before + 2);
  });
});

describe('POST /api/console/webhooks is unique per provider and URL', () => {
  const hook = { url: 'http://127.0.0.1:9/double-click', events: ['ticket.opened'] };

  it('refuses a repeated registration with a field error on url and keeps one endpoint', async () => {
    const first = await post(bankAdmin, '/api/console/webhooks', hook);
    expect(first.statusCode, first.body).toBe(201);
    const repeat = await post(bankAdmin, '/api/console/webhooks', hook);
    expect(repeat.statusCode).toBe(400);
    expect(repeat.json().details.fields).toEqual([expect.objectContaining({ field: 'url', code: 'webhookUrlTaken' })]);
    expect(repeat.body).not.toContain(first.json().secret);
    expect(await t.prisma.webhookEndpoint.count({ where: { providerId: bankProviderId, url: hook.url } })).toBe(1);
  });

  it('stores one endpoint for 10 simultaneous registrations of one URL: one 201, the rest refused', async () => {
    const racing = { ...hook, url: 'http://127.0.0.1:9/racing' };
    const responses = await Promise.all(Array.from({ length: 10 }, () => post(bankAdmin, '/api/console/webhooks', racing)));
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, ...Array(9).fill(400)]);
    for (const refused of responses.filter((r) => r.statusCode === 400)) expect(refused.json().details.fields[0]).toMatchObject({ field: 'url', code: 'webhookUrlTaken' });
    expect(await t.prisma.webhookEndpoint.count({ where: { providerId: bankProviderId, url: racing.url } })).toBe(1);
  });

  it('lets another provider register the same URL', async () => {
    const other = await login(t.app, 'admin@ruitong-pay.example');
    expect((await post(other, '/api/console/webhooks', hook)).statusCode).toBe(201);
  });
});
