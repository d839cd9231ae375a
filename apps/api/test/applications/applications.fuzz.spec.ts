import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraft, providerId } from '../support/applications.js';
import { bearer, login, type Session } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let merchant: Session;
let draftId: string;

beforeAll(async () => {
  t = await createTestApp();
  merchant = await login(t.app, '13800138000');
  draftId = (await createDraft(t.app, merchant, await providerId(t.prisma, 'EasyPOS'))).id;
});
afterAll(async () => t?.close());

/** Values shaped like the real fields (so validation goes deep), mixed with arbitrary JSON. */
const fieldValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('91350100M000100Y43', '11010519491231002X', '6222021234567890123', '13800138000', '2020-05-01', '110000', '5411'),
  fc.array(fc.record({ channel: fc.constantFrom('DEBIT_CARD', 'ALIPAY', 'X'), monthlyAmountFen: fc.oneof(fc.integer(), fc.double(), fc.string()), count: fc.integer(), terminalType: fc.string() }, { requiredKeys: [] })),
  fc.jsonValue(),
);
const fieldName = fc.constantFrom(
  'businessName', 'creditCode', 'mcc', 'openingDate', 'legalRepIdNumber', 'legalRepMobile', 'contactEmail', 'settlementAccountNumber',
  'installRegion', 'volumes', 'terminalRequests', 'wizardStep', 'status', '__proto__', 'constructor', 'providerId',
);
const body = fc.oneof(fc.dictionary(fieldName, fieldValue, { maxKeys: 6 }), fc.jsonValue(), fc.string());

describe('application endpoints under random bodies', () => {
  it('never answer with a 5xx, and every error has the one error shape', async () => {
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom('PATCH', 'POST'), async (payload, method) => {
        const url = method === 'PATCH' ? `/api/applications/${draftId}` : '/api/applications';
        const response = await t.app.inject({
          method,
          url,
          headers: { ...bearer(merchant), 'content-type': 'application/json' },
          payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
        });
        expect(response.statusCode, response.body).toBeLessThan(500);
        if (response.statusCode >= 400) {
          const error = response.json();
          expect(typeof error.code).toBe('string');
          expect(typeof error.message).toBe('string');
        }
      }),
      { numRuns: 300 },
    );
  });
});
