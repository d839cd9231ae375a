import { ApplicationStatus, creditCodeCheckCharacter, ErrorCode } from '@pos/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLETE_FIELDS, completeApplication, createDraft, providerId, uniqueCreditCode, upload } from '../support/applications.js';
import { bearer, login, type Session } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let merchant: Session;
let otherMerchant: Session;
let bank: string;
let pay: string;

beforeAll(async () => {
  t = await createTestApp();
  merchant = await login(t.app, '13800138000');
  const registered = await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: { loginName: '13911112222', password: 'Othershop2026', displayName: '李老板' } });
  otherMerchant = await login(t.app, '13911112222', 'Othershop2026');
  expect(registered.statusCode).toBe(201);
  bank = await providerId(t.prisma, 'Dongfang');
  pay = await providerId(t.prisma, 'RuiTong');
});
afterAll(async () => t?.close());

const patch = (session: Session, id: string, payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'PATCH', url: `/api/applications/${id}`, headers: { ...bearer(session), ...headers }, payload });
const get = (session: Session, id: string) => t.app.inject({ method: 'GET', url: `/api/applications/${id}`, headers: bearer(session) });
const post = (session: Session, url: string) => t.app.inject({ method: 'POST', url, headers: bearer(session) });

describe('creating and saving a draft', () => {
  it("starts a draft with the provider's requirement list and everything still missing", async () => {
    const draft = await createDraft(t.app, merchant, bank);
    expect(draft.status).toBe(ApplicationStatus.DRAFT);
    expect(draft.reference).toMatch(/^AP-\d{8}-[2-9A-HJ-NP-Z]{6}$/);
    expect(draft.provider.name).toBe('东方商业银行');
    expect(draft.documentRequirements.map((r) => r.documentType)).toContain('LEASE_PROOF');
    expect(draft.missing.fields).toContain('creditCode');
    expect(draft.missing.documents).toEqual(expect.arrayContaining(['BUSINESS_LICENCE', 'LEGAL_REP_ID_FRONT', 'LEASE_PROOF']));
    expect(draft.missing.documents).not.toContain('TAX_REGISTRATION');
    const stored = await t.prisma.application.findUniqueOrThrow({ where: { id: draft.id } });
    expect(stored.feeScheduleId).not.toBeNull();
  });

  it('saves a step and resumes where the merchant left off', async () => {
    const draft = await createDraft(t.app, merchant, bank);
    const saved = await patch(merchant, draft.id, { businessName: ' 王记便利店 ', creditCode: '91350100m000100y43', mcc: '5411', openingDate: '2020-05-01', wizardStep: 1 });
    expect(saved.statusCode).toBe(200);
    const resumed = (await get(merchant, draft.id)).json();
    expect(resumed).toMatchObject({ businessName: '王记便利店', creditCode: '91350100M000100Y43', mcc: '5411', openingDate: '2020-05-01', wizardStep: 1 });
    expect(resumed.missing.fields).not.toContain('businessName');
    const second = await patch(merchant, draft.id, { volumes: [{ channel: 'CREDIT_CARD', monthlyAmountFen: 1_000_000 }], wizardStep: 4 });
    expect(second.json()).toMatchObject({ businessName: '王记便利店', wizardStep: 4, volumes: [{ channel: 'CREDIT_CARD', monthlyAmountFen: 1_000_000, averageTicketFen: null }] });
    await patch(merchant, draft.id, { creditCode: null });
  });

  it('refuses an unknown provider with a field error', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/applications', headers: bearer(merchant), payload: { providerId: '00000000-0000-4000-8000-000000000000' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().details.fields[0]).toMatchObject({ field: 'providerId' });
  });

  it.each([
    [{ creditCode: '91350100M000100Y44' }, 'creditCode', 'creditCodeCheck', /校验位/],
    [{ creditCode: '9135010' }, 'creditCode', 'creditCodeFormat', /18 位/],
    // The published 91350100M000100Y43 with its 17th character changed and the last one recomputed to match.
    [{ creditCode: `91350100M000100Y5${creditCodeCheckCharacter('91350100M000100Y5')}` }, 'creditCode', 'creditCodeOrganizationCheck', /组织机构代码/],
    [{ legalRepIdNumber: '110105201902290012' }, 'legalRepIdNumber', 'residentIdBirthDate', /出生日期/],
    [{ legalRepIdNumber: '110105180001010014' }, 'legalRepIdNumber', 'residentIdBornBefore1900', /1900/],
    [{ openingDate: '2999-01-01' }, 'openingDate', 'dateInFuture', /晚于今天/],
    [{ legalRepIdNumber: '110105194912310021' }, 'legalRepIdNumber', 'residentIdCheck', /校验位/],
    [{ settlementAccountNumber: '12345' }, 'settlementAccountNumber', 'bankAccountFormat', /10 至 30/],
    [{ legalRepMobile: '12800138000' }, 'legalRepMobile', 'isMobile', /手机号/],
    [{ contactEmail: 'wang@' }, 'contactEmail', 'isEmail', /邮箱/],
    [{ mcc: '54X1' }, 'mcc', 'isMcc', /MCC/],
    [{ installRegion: '999999' }, 'installRegion', 'isRegion', /地区/],
    [{ openingDate: '2020-02-30' }, 'openingDate', 'isDateString', /日期/],
    [{ volumes: [{ channel: 'DEBIT_CARD', monthlyAmountFen: -1 }] }, 'volumes.0.monthlyAmountFen', 'min', /./],
    [{ volumes: [{ channel: 'DEBIT_CARD', monthlyAmountFen: 10.5 }] }, 'volumes.0.monthlyAmountFen', 'isInt', /整数/],
    [{ volumes: [{ channel: 'BITCOIN', monthlyAmountFen: 1 }] }, 'volumes.0.channel', 'isIn', /选项/],
    [{ volumes: [{ channel: 'ALIPAY', monthlyAmountFen: 1 }, { channel: 'ALIPAY', monthlyAmountFen: 2 }] }, 'volumes', 'arrayUnique', /重复/],
    [{ terminalRequests: [{ terminalType: 'SMART_POS', count: 0 }] }, 'terminalRequests.0.count', 'min', /./],
    [{ status: 'APPROVED' }, 'status', 'whitelistValidation', /不允许/],
  ])('rejects %j naming the field and the rule, and stores nothing', async (body, field, code, message) => {
    const draft = await createDraft(t.app, merchant, pay);
    const response = await patch(merchant, draft.id, { businessName: 'should not be saved', ...body }, { 'accept-language': 'zh-CN' });
    expect(response.statusCode).toBe(400);
    const error = response.json().details.fields.find((f: { field: string }) => f.field === field);
    expect(error).toMatchObject({ field, code });
    expect(error.message).toMatch(message);
    expect((await get(merchant, draft.id)).json().businessName).toBeNull();
  });

  it('explains field errors in English when asked', async () => {
    const draft = await createDraft(t.app, merchant, pay);
    const response = await patch(merchant, draft.id, { creditCode: '91350100M000100Y44' }, { 'accept-language': 'en' });
    expect(response.json().details.fields[0].message).toMatch(/check character/);
  });

  it('names the 1900 rule in English for a resident ID born before 1900', async () => {
    const draft = await createDraft(t.app, merchant, pay);
    const response = await patch(merchant, draft.id, { legalRepIdNumber: '110105180001010014' }, { 'accept-language': 'en' });
    expect(response.json().details.fields).toEqual([{ field: 'legalRepIdNumber', code: 'residentIdBornBefore1900', message: 'The birth year in a resident ID number cannot be before 1900' }]);
  });

  it('reports one error, that it is not a whole number, for an amount sent as text', async () => {
    const draft = await createDraft(t.app, merchant, pay);
    const response = await patch(merchant, draft.id, { volumes: [{ channel: 'DEBIT_CARD', monthlyAmountFen: 'lots' }] });
    expect(response.statusCode).toBe(400);
    expect(response.json().details.fields).toEqual([expect.objectContaining({ field: 'volumes.0.monthlyAmountFen', code: 'isInt' })]);
  });
});

describe('sensitive numbers', () => {
  it('are encrypted at rest and only ever returned masked', async () => {
    const draft = await createDraft(t.app, merchant, pay);
    const response = await patch(merchant, draft.id, { legalRepIdNumber: '11010519491231002x', settlementAccountNumber: '6222-0212-3456-7890-123' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ legalRepIdMasked: '110***********002X', settlementAccountMasked: '622************0123' });
    expect(response.body).not.toContain('11010519491231002X');
    expect(response.body).not.toContain('6222021234567890123');
    const [row] = await t.prisma.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "Application" WHERE id = ${draft.id}::uuid`;
    const raw = JSON.stringify(row);
    expect(raw).not.toContain('11010519491231002X');
    expect(raw).not.toContain('6222021234567890123');
    expect(row!.legalRepIdEncrypted).toMatch(/^v1:/);
    expect(row!.legalRepIdEncrypted).not.toBe((await t.prisma.application.findUniqueOrThrow({ where: { id: draft.id } })).settlementAccountEncrypted);
  });
});

describe('one submitted application per business per provider', () => {
  const submit = (session: Session, id: string) => post(session, `/api/applications/${id}/submit`);

  it("does not let another account's never-submitted draft block the business", async () => {
    const code = uniqueCreditCode();
    const squatter = await createDraft(t.app, otherMerchant, bank);
    expect((await patch(otherMerchant, squatter.id, { creditCode: code })).statusCode).toBe(200);

    const owner = await createDraft(t.app, merchant, bank);
    await completeApplication(t.app, merchant, owner, { ...COMPLETE_FIELDS, creditCode: code });
    const submitted = await submit(merchant, owner.id);
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().status).toBe(ApplicationStatus.SUBMITTED);
  });

  it('refuses a draft and a submission for a business with a submitted, open application, saying it was submitted', async () => {
    const code = uniqueCreditCode();
    const first = await createDraft(t.app, merchant, bank);
    await completeApplication(t.app, merchant, first, { ...COMPLETE_FIELDS, creditCode: code });
    expect((await submit(merchant, first.id)).statusCode).toBe(200);

    const second = await createDraft(t.app, otherMerchant, bank);
    const duplicate = await patch(otherMerchant, second.id, { creditCode: code }, { 'accept-language': 'en' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ code: ErrorCode.OPEN_APPLICATION_EXISTS, message: expect.stringMatching(/submitted/) });

    const elsewhere = await createDraft(t.app, otherMerchant, pay);
    expect((await patch(otherMerchant, elsewhere.id, { creditCode: code })).statusCode).toBe(200);

    expect((await post(merchant, `/api/applications/${first.id}/withdraw`)).json().status).toBe(ApplicationStatus.WITHDRAWN);
    expect((await patch(otherMerchant, second.id, { creditCode: code })).statusCode).toBe(200);
  });

  it('lets exactly one of two drafts for the same business be submitted, even at the same moment', async () => {
    const code = uniqueCreditCode();
    const mine = await createDraft(t.app, merchant, pay);
    const theirs = await createDraft(t.app, otherMerchant, pay);
    await completeApplication(t.app, merchant, mine, { ...COMPLETE_FIELDS, creditCode: code });
    await completeApplication(t.app, otherMerchant, theirs, { ...COMPLETE_FIELDS, creditCode: code });
    const responses = await Promise.all([submit(merchant, mine.id), submit(otherMerchant, theirs.id)]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(responses.find((r) => r.statusCode === 409)!.json().code).toBe(ErrorCode.OPEN_APPLICATION_EXISTS);
    const statuses = await t.prisma.application.findMany({ where: { id: { in: [mine.id, theirs.id] } }, select: { status: true } });
    expect(statuses.map((a) => a.status).sort()).toEqual([ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED]);
  });
});

describe('POST /api/applications/:id/submit', () => {
  it('lists exactly what is missing and changes nothing', async () => {
    const draft = await createDraft(t.app, merchant, pay);
    await patch(merchant, draft.id, { ...COMPLETE_FIELDS, creditCode: '91310000775785552L', contactName: null });
    await upload(t.app, merchant, draft.id, 'BUSINESS_LICENCE');
    const response = await post(merchant, `/api/applications/${draft.id}/submit`);
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe(ErrorCode.APPLICATION_INCOMPLETE);
    expect(response.json().details.missing.fields).toEqual(['contactName']);
    expect(response.json().details.missing.documents).toEqual(['LEGAL_REP_ID_FRONT', 'LEGAL_REP_ID_BACK', 'SETTLEMENT_ACCOUNT_PROOF', 'STOREFRONT_PHOTO']);
    expect((await get(merchant, draft.id)).json().status).toBe(ApplicationStatus.DRAFT);
  });

  it('submits a complete application with an audit event and an expected decision date, then locks it', async () => {
    const draft = await createDraft(t.app, otherMerchant, bank);
    await completeApplication(t.app, otherMerchant, draft, { ...COMPLETE_FIELDS, creditCode: '91350100M000100Y43' });
    const response = await post(otherMerchant, `/api/applications/${draft.id}/submit`);
    expect(response.statusCode).toBe(200);
    const submitted = response.json();
    expect(submitted.status).toBe(ApplicationStatus.SUBMITTED);
    expect(submitted.missing).toEqual({ fields: [], documents: [] });
    expect(new Date(submitted.reviewDueAt).getTime()).toBeGreaterThan(Date.now() + 2 * 86_400_000);
    const audit = await t.prisma.auditEvent.findMany({ where: { applicationId: draft.id, action: 'SUBMIT' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ fromStatus: 'DRAFT', toStatus: 'SUBMITTED', actorId: otherMerchant.user.id });

    const again = await post(otherMerchant, `/api/applications/${draft.id}/submit`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe(ErrorCode.INVALID_TRANSITION);
    expect((await patch(otherMerchant, draft.id, { businessName: 'changed' })).statusCode).toBe(409);
    expect((await upload(t.app, otherMerchant, draft.id, 'LEASE_PROOF')).statusCode).toBe(409);

    const list = await t.app.inject({ method: 'GET', url: '/api/applications', headers: bearer(otherMerchant) });
    expect(list.json().items.find((a: { id: string }) => a.id === draft.id)).toMatchObject({ status: 'SUBMITTED', businessName: '王记便利店' });
  });

  it.each([
    ['many terminals', { terminalRequests: [{ terminalType: 'SMART_POS', count: 5 }] }, true],
    ['a listed industry', { mcc: '7995' }, true],
    ['neither', {}, false],
  ])('marks an application high-risk by the provider rules: %s', async (_label, overrides, highRisk) => {
    const draft = await createDraft(t.app, merchant, bank);
    await completeApplication(t.app, merchant, draft, { ...COMPLETE_FIELDS, creditCode: uniqueCreditCode(), ...overrides });
    expect((await post(merchant, `/api/applications/${draft.id}/submit`)).statusCode).toBe(200);
    expect((await t.prisma.application.findUniqueOrThrow({ where: { id: draft.id } })).highRisk).toBe(highRisk);
  });
});

describe('tenancy and roles', () => {
  it("gives another merchant 404 for every operation on someone else's application", async () => {
    const draft = await createDraft(t.app, merchant, pay);
    const doc = (await upload(t.app, merchant, draft.id, 'BUSINESS_LICENCE')).json();
    const attempts = [
      get(otherMerchant, draft.id),
      patch(otherMerchant, draft.id, { businessName: 'hijacked' }),
      post(otherMerchant, `/api/applications/${draft.id}/submit`),
      post(otherMerchant, `/api/applications/${draft.id}/withdraw`),
      upload(t.app, otherMerchant, draft.id, 'BUSINESS_LICENCE'),
      t.app.inject({ method: 'DELETE', url: `/api/applications/${draft.id}/documents/${doc.id}`, headers: bearer(otherMerchant) }),
      t.app.inject({ method: 'GET', url: doc.downloadUrl, headers: bearer(otherMerchant) }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe(ErrorCode.NOT_FOUND);
    }
    const after = (await get(merchant, draft.id)).json();
    expect(after.businessName).toBeNull();
    expect(after.documents).toHaveLength(1);
    const list = (await t.app.inject({ method: 'GET', url: '/api/applications', headers: bearer(otherMerchant) })).json();
    expect(list.items.map((a: { id: string }) => a.id)).not.toContain(draft.id);
  });

  it('answers 401 without a token and 403 to provider staff', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/applications' })).statusCode).toBe(401);
    const reviewer = await login(t.app, 'reviewer@dongfang-bank.example');
    const response = await t.app.inject({ method: 'POST', url: '/api/applications', headers: bearer(reviewer), payload: { providerId: bank } });
    expect(response.statusCode).toBe(403);
  });
});
