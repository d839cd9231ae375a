import { addDays, beijingDate } from '@pos/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, login, type Session } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let merchant: Session;
let tech: Session;
let terminalId: string;

beforeAll(async () => {
  t = await createTestApp();
  merchant = await login(t.app, '13800138000');
  tech = await login(t.app, 'tech@dongfang-bank.example');
  terminalId = (await t.prisma.terminal.findFirstOrThrow({ where: { serialNumber: 'DF-A8-DEMO-000001' } })).id;
});
afterAll(async () => t?.close());

/** Values shaped like the real fields (so validation goes deep), mixed with arbitrary JSON. */
const value = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('OPERATING_TERMINAL', 'CHECKING_CARDS', 'A4', '95588', '13800138000', beijingDate(), addDays(beijingDate(), 3), '2026-02-30'),
  fc.array(fc.integer({ min: -2, max: 5 }), { maxLength: 6 }),
  fc.array(fc.record({ name: fc.string(), role: fc.string(), phone: fc.oneof(fc.string(), fc.constant('13800138000')) }, { requiredKeys: [] }), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('power', 'seal', 'printer', 'x'), fc.oneof(fc.boolean(), fc.string())),
  fc.jsonValue(),
);
const key = fc.constantFrom(
  'module', 'traineeName', 'trainedOn', 'trainerName', 'notes', 'answers', 'trainingRefresherDays',
  'fallbackPayment', 'contacts', 'steps', 'providerHotline', 'checklist', 'openFollowUpTicket', '__proto__', 'constructor',
);
const body = fc.oneof(fc.dictionary(key, value, { maxKeys: 7 }), fc.jsonValue(), fc.string());

const ENDPOINTS = [
  { method: 'POST', url: '/api/prevention/training/records', who: () => merchant },
  { method: 'PUT', url: '/api/prevention/settings', who: () => merchant },
  { method: 'PUT', url: '/api/prevention/emergency-plan', who: () => merchant },
  { method: 'POST', url: () => `/api/console/terminals/${terminalId}/inspections`, who: () => tech },
] as const;

describe('prevention endpoints under random bodies and queries', () => {
  it('never answer with a 5xx, and every error has the one error shape', async () => {
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom(...ENDPOINTS), async (payload, endpoint) => {
        const response = await t.app.inject({
          method: endpoint.method,
          url: typeof endpoint.url === 'function' ? endpoint.url() : endpoint.url,
          headers: { ...bearer(endpoint.who()), 'content-type': 'application/json' },
          payload: JSON.stringify(payload),
        });
        expect(response.statusCode, response.body).toBeLessThan(500);
        if (response.statusCode >= 400) expect(response.json()).toMatchObject({ code: expect.any(String), message: expect.any(String) });
      }),
      { numRuns: 150 },
    );
  });

  it('never 5xx on random query strings for the due list and the sign', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom('withinDays', 'overdueOnly', 'size', 'providerId', 'x'), fc.string(), { maxKeys: 3 }), async (query) => {
        const search = new URLSearchParams(query).toString();
        for (const [url, session] of [
          [`/api/console/inspections/due?${search}`, tech],
          [`/api/prevention/reminder-sign?${search}`, merchant],
        ] as const) {
          const response = await t.app.inject({ method: 'GET', url, headers: bearer(session) });
          expect(response.statusCode, `${url} ${response.body.slice(0, 200)}`).toBeLessThan(500);
        }
      }),
      { numRuns: 40 },
    );
  });
});
