import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, login, type Session } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let bankAdmin: Session;
beforeAll(async () => {
  t = await createTestApp();
  bankAdmin = await login(t.app, 'admin@dongfang-bank.example');
});
afterAll(async () => t?.close());

const VOLUME = { channel: 'CREDIT_CARD', monthlyAmountFen: 2_000_000 };
const SCHEDULE = { monthlyFeeFen: 0, deviceFeeFen: 500, notes: '', rates: [{ channel: 'DEBIT_CARD', rateBps: 45, capFen: 1800 }] };
const MODEL = { type: 'SMART_POS', name: '百富 A920', priceFen: 100, depositFen: null, monthlyRentFen: 2200 };

/**
 * An amount sent as text (or as any other non-number) is one mistake: it is not a whole number. Range rules say
 * nothing true about it ("abc" is neither too large nor too small), so they are not reported alongside.
 */
describe('an amount that is not a number', () => {
  it.each([
    ['fee estimate: monthly amount', 'POST', '/api/providers/fee-estimate', { volumes: [{ ...VOLUME, monthlyAmountFen: 'abc' }], terminalCount: 1 }, 'volumes.0.monthlyAmountFen'],
    ['fee estimate: average ticket', 'POST', '/api/providers/fee-estimate', { volumes: [{ ...VOLUME, averageTicketFen: '800' }], terminalCount: 1 }, 'volumes.0.averageTicketFen'],
    ['fee estimate: terminal count', 'POST', '/api/providers/fee-estimate', { volumes: [VOLUME], terminalCount: 'two' }, 'terminalCount'],
    ['fee schedule: monthly fee', 'POST', '/api/console/provider/fee-schedules', { ...SCHEDULE, monthlyFeeFen: 'free' }, 'monthlyFeeFen'],
    ['fee schedule: rate', 'POST', '/api/console/provider/fee-schedules', { ...SCHEDULE, rates: [{ ...SCHEDULE.rates[0], rateBps: { value: 45 } }] }, 'rates.0.rateBps'],
    ['fee schedule: cap', 'POST', '/api/console/provider/fee-schedules', { ...SCHEDULE, rates: [{ ...SCHEDULE.rates[0], capFen: true }] }, 'rates.0.capFen'],
    ['terminal price', 'PUT', '/api/console/provider/terminal-models', { items: [{ ...MODEL, priceFen: '99.00' }] }, 'items.0.priceFen'],
    ['terminal deposit', 'PUT', '/api/console/provider/terminal-models', { items: [{ ...MODEL, depositFen: [9900] }] }, 'items.0.depositFen'],
    ['terminal rent', 'PUT', '/api/console/provider/terminal-models', { items: [{ ...MODEL, monthlyRentFen: '22元' }] }, 'items.0.monthlyRentFen'],
  ] as const)('%s: one error, isInt, and no contradictory range errors', async (_label, method, url, payload, field) => {
    const response = await t.app.inject({ method, url, headers: bearer(bankAdmin), payload });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().details.fields).toEqual([{ field, code: 'isInt', message: '请输入整数' }]);
  });

  it('still reports a number out of range as out of range', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/providers/fee-estimate', payload: { volumes: [{ ...VOLUME, monthlyAmountFen: -1 }], terminalCount: 1 } });
    expect(response.json().details.fields).toEqual([expect.objectContaining({ field: 'volumes.0.monthlyAmountFen', code: 'min' })]);
  });
});
