import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLETE_FIELDS, completeApplication, createDraft, providerId } from '../support/applications.js';
import { bearer, login, type Session } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let merchant: Session;
let applicationId: string;
let draftId: string;

beforeAll(async () => {
  t = await createTestApp();
  merchant = await login(t.app, '13800138000');
  const bank = await providerId(t.prisma, 'Dongfang');
  const draft = await createDraft(t.app, merchant, bank);
  await completeApplication(t.app, merchant, draft);
  await t.app.inject({ method: 'POST', url: `/api/applications/${draft.id}/submit`, headers: bearer(merchant) });
  applicationId = draft.id;
  draftId = (await createDraft(t.app, merchant, bank)).id;
  await t.app.inject({ method: 'PATCH', url: `/api/applications/${draftId}`, headers: bearer(merchant), payload: { legalRepIdNumber: COMPLETE_FIELDS.legalRepIdNumber } });
});
afterAll(async () => t?.close());

const reveal = (session: Session | undefined, id: string, payload: unknown) =>
  t.app.inject({ method: 'POST', url: `/api/console/applications/${id}/reveal`, headers: session ? bearer(session) : {}, payload: payload as object });

describe('POST /api/console/applications/:id/reveal', () => {
  it("shows the provider's reviewer the full number and writes who saw it to the audit log", async () => {
    const reviewer = await login(t.app, 'reviewer@dongfang-bank.example');
    const idNumber = await reveal(reviewer, applicationId, { field: 'legalRepIdNumber' });
    expect(idNumber.statusCode).toBe(200);
    expect(idNumber.json()).toEqual({ field: 'legalRepIdNumber', value: '11010519491231002X' });
    const account = await reveal(reviewer, applicationId, { field: 'settlementAccountNumber' });
    expect(account.json().value).toBe('6222021234567890123');
    const audit = await t.prisma.auditEvent.findMany({ where: { applicationId, action: 'SENSITIVE_FIELD_REVEALED' }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => [a.actorId, (a.data as { field: string }).field])).toEqual([
      [reviewer.user.id, 'legalRepIdNumber'],
      [reviewer.user.id, 'settlementAccountNumber'],
    ]);
  });

  it("answers 404 to another provider's reviewer and for a draft, 403 to support and merchants, 401 anonymously", async () => {
    expect((await reveal(await login(t.app, 'reviewer@ruitong-pay.example'), applicationId, { field: 'legalRepIdNumber' })).statusCode).toBe(404);
    expect((await reveal(await login(t.app, 'reviewer@dongfang-bank.example'), draftId, { field: 'legalRepIdNumber' })).statusCode).toBe(404);
    expect((await reveal(await login(t.app, 'support@dongfang-bank.example'), applicationId, { field: 'legalRepIdNumber' })).statusCode).toBe(403);
    expect((await reveal(merchant, applicationId, { field: 'legalRepIdNumber' })).statusCode).toBe(403);
    expect((await reveal(undefined, applicationId, { field: 'legalRepIdNumber' })).statusCode).toBe(401);
    expect(await t.prisma.auditEvent.count({ where: { applicationId: draftId, action: 'SENSITIVE_FIELD_REVEALED' } })).toBe(0);
  });

  it('refuses a field that cannot be revealed', async () => {
    const response = await reveal(await login(t.app, 'admin@dongfang-bank.example'), applicationId, { field: 'passwordHash' });
    expect(response.statusCode).toBe(400);
    expect(response.json().details.fields[0]).toMatchObject({ field: 'field', code: 'isIn' });
  });
});
