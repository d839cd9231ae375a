import {
  ErrorCode,
  type FeeScheduleListResponse,
  type FeeScheduleView,
  type ProviderDetail,
  type ProviderListResponse,
  type ProviderProfileView,
  type UpdateProviderProfileRequest,
} from '@pos/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, login, type Session } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { DONGFANG, EASYPOS, expectFieldError, providerIds, RUITONG } from './support.js';

let t: TestApp;
let ids: Record<string, string>;
let bankAdmin: Session;
let payAdmin: Session;
let easyAdmin: Session;
beforeAll(async () => {
  t = await createTestApp();
  ids = await providerIds(t);
  [bankAdmin, payAdmin, easyAdmin] = await Promise.all([
    login(t.app, 'admin@dongfang-bank.example'),
    login(t.app, 'admin@ruitong-pay.example'),
    login(t.app, 'admin@easypos.example'),
  ]);
});
afterAll(async () => t?.close());

type Method = 'GET' | 'PUT' | 'POST';
const call = (method: Method, url: string, session?: Session, payload?: unknown) =>
  t.app.inject({ method, url, headers: session ? bearer(session) : {}, ...(payload !== undefined && { payload: payload as object }) });

const PROFILE: UpdateProviderProfileRequest = {
  name: '瑞通支付',
  nameEn: 'RuiTong Pay',
  description: '持牌第三方支付机构，D+0 到账。',
  descriptionEn: 'A licensed payment institution.',
  contactPhone: '400-820-6688',
  serviceRegions: ['440000', '110000'],
  settlementCycle: 'D0',
  responseHours: 3,
  onSiteHours: 36,
  reviewSlaBusinessDays: 4,
  secondApprovalTerminalThreshold: null,
  secondApprovalMccs: ['7995', '5933'],
  inspectionIntervalDays: 180,
};

const SCHEDULE = {
  monthlyFeeFen: 0,
  deviceFeeFen: 500,
  notes: '新版费率',
  rates: [
    { channel: 'DEBIT_CARD', rateBps: 45, capFen: 1800 },
    { channel: 'CREDIT_CARD', rateBps: 55, capFen: null },
  ],
};

const REQUIREMENTS = {
  items: [
    { documentType: 'BUSINESS_LICENCE', required: true, note: '', noteEn: '' },
    { documentType: 'LEGAL_REP_ID_FRONT', required: true, note: '', noteEn: '' },
    { documentType: 'LEGAL_REP_ID_BACK', required: true, note: '', noteEn: '' },
    { documentType: 'STOREFRONT_PHOTO', required: false, note: '门头照片可后补', noteEn: 'Can follow later' },
  ],
};

const MODELS = {
  items: [
    { type: 'SMART_POS', name: '百富 A920', priceFen: null, depositFen: null, monthlyRentFen: 2200 },
    { type: 'SMART_POS', name: '百富 A920 Pro', priceFen: null, depositFen: 9900, monthlyRentFen: 2800 },
  ],
};

describe('provider console access', () => {
  const endpoints: [Method, string, unknown][] = [
    ['GET', '/api/console/provider/profile', undefined],
    ['PUT', '/api/console/provider/profile', PROFILE],
    ['GET', '/api/console/provider/fee-schedules', undefined],
    ['POST', '/api/console/provider/fee-schedules', SCHEDULE],
    ['PUT', '/api/console/provider/document-requirements', REQUIREMENTS],
    ['PUT', '/api/console/provider/terminal-models', MODELS],
  ];

  it.each(endpoints)('%s %s answers 401 without a token', async (method, url, payload) => {
    const response = await call(method, url, undefined, payload);
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it.each(endpoints)('%s %s answers 403 to a reviewer, a merchant and the platform admin', async (method, url, payload) => {
    for (const loginName of ['reviewer@dongfang-bank.example', '13800138000', 'ops@pos-portal.example']) {
      const response = await call(method, url, await login(t.app, loginName), payload);
      expect(response.statusCode, loginName).toBe(403);
      expect(response.json().code).toBe(ErrorCode.FORBIDDEN);
    }
  });

  it('changed nothing while refusing', async () => {
    expect(await t.prisma.feeSchedule.count()).toBe(3);
    expect(await t.prisma.provider.count({ where: { name: PROFILE.name } })).toBe(0);
    expect(await t.prisma.auditEvent.count()).toBe(0);
  });
});

describe('GET /api/console/provider/profile', () => {
  it("shows the admin's own provider with its review rules", async () => {
    const response = await call('GET', '/api/console/provider/profile', bankAdmin);
    expect(response.statusCode).toBe(200);
    const body = response.json<ProviderProfileView>();
    expect(body).toMatchObject({
      id: ids[DONGFANG],
      name: DONGFANG,
      kind: 'BANK',
      licenceNumber: 'B0012H111000001',
      secondApprovalTerminalThreshold: 5,
      secondApprovalMccs: ['5933', '7995', '6051'],
      inspectionIntervalDays: 90,
      reviewSlaBusinessDays: 3,
      currentFeeSchedule: { version: 1 },
    });
    expect(body.terminalModels).toHaveLength(2);
    expect(body.documentRequirements).toHaveLength(7);
    expect(body.quality.decidedApplicationCount).toBe(0);
  });

  it('shows a suspended provider to its own admin', async () => {
    await t.prisma.provider.update({ where: { id: ids[EASYPOS] }, data: { status: 'SUSPENDED' } });
    try {
      expect((await call('GET', '/api/console/provider/profile', easyAdmin)).json().id).toBe(ids[EASYPOS]);
    } finally {
      await t.prisma.provider.update({ where: { id: ids[EASYPOS] }, data: { status: 'ACTIVE' } });
    }
  });
});

describe('PUT /api/console/provider/profile', () => {
  it('replaces only the own provider and records who did it', async () => {
    const bankBefore = await t.prisma.provider.findUniqueOrThrow({ where: { id: ids[DONGFANG] } });
    const easyBefore = await t.prisma.provider.findUniqueOrThrow({ where: { id: ids[EASYPOS] } });

    const response = await call('PUT', '/api/console/provider/profile', payAdmin, { ...PROFILE, name: `  ${PROFILE.name} ` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<ProviderProfileView>()).toMatchObject({ ...PROFILE, id: ids[RUITONG], kind: 'THIRD_PARTY_PAYMENT', licenceNumber: 'Z2004831000012' });

    const saved = await t.prisma.provider.findUniqueOrThrow({ where: { id: ids[RUITONG] } });
    expect(saved).toMatchObject({ ...PROFILE });
    expect(await t.prisma.provider.findUniqueOrThrow({ where: { id: ids[DONGFANG] } })).toEqual(bankBefore);
    expect(await t.prisma.provider.findUniqueOrThrow({ where: { id: ids[EASYPOS] } })).toEqual(easyBefore);

    const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { entityType: 'Provider', entityId: ids[RUITONG], action: 'PROVIDER_PROFILE_UPDATED' } });
    expect(audit.actorId).toBe(payAdmin.user.id);

    // The public catalog shows the new profile: 瑞通 left Shanghai.
    const shanghai = (await call('GET', '/api/providers?region=310000')).json<ProviderListResponse>();
    expect(shanghai.items.map((item) => item.name)).toEqual([DONGFANG]);
  });

  it("answers 409 when the name is another provider's, and changes nothing", async () => {
    const before = await t.prisma.provider.findUniqueOrThrow({ where: { id: ids[RUITONG] } });
    const response = await call('PUT', '/api/console/provider/profile', payAdmin, { ...PROFILE, name: DONGFANG, inspectionIntervalDays: 30 });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: ErrorCode.CONFLICT, details: { fields: [{ field: 'name', code: 'providerNameTaken' }] } });
    expect(await t.prisma.provider.findUniqueOrThrow({ where: { id: ids[RUITONG] } })).toEqual(before);
  });

  it("refuses a body naming another provider's id: the scope comes from the token only", async () => {
    const before = await t.prisma.provider.findUniqueOrThrow({ where: { id: ids[DONGFANG] } });
    expectFieldError(await call('PUT', '/api/console/provider/profile', payAdmin, { ...PROFILE, id: ids[DONGFANG], name: '冒名' }), 'id', 'whitelistValidation');
    expect(await t.prisma.provider.findUniqueOrThrow({ where: { id: ids[DONGFANG] } })).toEqual(before);
    expect(await t.prisma.provider.count({ where: { name: '冒名' } })).toBe(0);
  });

  it('accepts a threshold of 1000 and no high-risk industries', async () => {
    const response = await call('PUT', '/api/console/provider/profile', payAdmin, { ...PROFILE, secondApprovalTerminalThreshold: 1000, secondApprovalMccs: [] });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ secondApprovalTerminalThreshold: 1000, secondApprovalMccs: [] });
  });

  it.each([
    ['an unknown region', { serviceRegions: ['440000', '999999'] }, 'serviceRegions', 'isRegion'],
    ['no region', { serviceRegions: [] }, 'serviceRegions', 'arrayMinSize'],
    ['a repeated region', { serviceRegions: ['440000', '440000'] }, 'serviceRegions', 'arrayUnique'],
    ['a 3-digit MCC', { secondApprovalMccs: ['599'] }, 'secondApprovalMccs', 'isMcc'],
    ['a non-numeric MCC', { secondApprovalMccs: ['59a3'] }, 'secondApprovalMccs', 'isMcc'],
    ['0 response hours', { responseHours: 0 }, 'responseHours', 'min'],
    ['721 on-site hours', { onSiteHours: 721 }, 'onSiteHours', 'max'],
    ['fractional hours', { responseHours: 1.5 }, 'responseHours', 'isInt'],
    ['a 31-day review SLA', { reviewSlaBusinessDays: 31 }, 'reviewSlaBusinessDays', 'max'],
    ['a 6-day inspection interval', { inspectionIntervalDays: 6 }, 'inspectionIntervalDays', 'min'],
    ['a 366-day inspection interval', { inspectionIntervalDays: 366 }, 'inspectionIntervalDays', 'max'],
    ['a threshold of 0', { secondApprovalTerminalThreshold: 0 }, 'secondApprovalTerminalThreshold', 'min'],
    ['a threshold of 1001', { secondApprovalTerminalThreshold: 1001 }, 'secondApprovalTerminalThreshold', 'max'],
    ['a blank name', { name: '   ' }, 'name', 'isNotEmpty'],
    ['an unknown settlement cycle', { settlementCycle: 'T7' }, 'settlementCycle', 'isIn'],
    ['letters in the phone number', { contactPhone: 'call me' }, 'contactPhone', 'isContactPhone'],
    ['a field the profile does not have', { status: 'ACTIVE' }, 'status', 'whitelistValidation'],
    ['a licence number (not the admin’s to change)', { licenceNumber: 'X' }, 'licenceNumber', 'whitelistValidation'],
  ])('refuses %s', async (_label, change, field, code) => {
    expectFieldError(await call('PUT', '/api/console/provider/profile', payAdmin, { ...PROFILE, ...change }), field, code);
  });

  it('refuses a profile with a field left out (a PUT replaces everything)', async () => {
    const { secondApprovalTerminalThreshold: _dropped, ...partial } = PROFILE;
    expectFieldError(await call('PUT', '/api/console/provider/profile', payAdmin, partial), 'secondApprovalTerminalThreshold');
  });
});

describe('fee schedules', () => {
  it('lists the own versions, newest first', async () => {
    const response = await call('GET', '/api/console/provider/fee-schedules', easyAdmin);
    expect(response.statusCode).toBe(200);
    const body = response.json<FeeScheduleListResponse>();
    expect(body.items.map((item) => item.version)).toEqual([1]);
    expect(body.items[0]).toMatchObject({ deviceFeeFen: 1500, rates: expect.arrayContaining([{ channel: 'DEBIT_CARD', rateBps: 53, capFen: 2000 }]) });
  });

  it('publishes the next version, leaves version 1 as it was and records the publication', async () => {
    const v1Before = await t.prisma.feeSchedule.findFirstOrThrow({ where: { providerId: ids[EASYPOS], version: 1 }, include: { rates: true } });

    const response = await call('POST', '/api/console/provider/fee-schedules', easyAdmin, SCHEDULE);
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json<FeeScheduleView>();
    expect(created).toMatchObject({ version: 2, monthlyFeeFen: 0, deviceFeeFen: 500, notes: '新版费率', rates: SCHEDULE.rates });

    expect(await t.prisma.feeSchedule.findFirstOrThrow({ where: { providerId: ids[EASYPOS], version: 1 }, include: { rates: true } })).toEqual(v1Before);
    const stored = await t.prisma.feeSchedule.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({ providerId: ids[EASYPOS], createdById: easyAdmin.user.id });

    const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { entityType: 'FeeSchedule', entityId: created.id } });
    expect(audit).toMatchObject({ action: 'FEE_SCHEDULE_PUBLISHED', actorId: easyAdmin.user.id, data: { providerId: ids[EASYPOS], version: 2 } });

    const list = (await call('GET', '/api/console/provider/fee-schedules', easyAdmin)).json<FeeScheduleListResponse>();
    expect(list.items.map((item) => item.version)).toEqual([2, 1]);
    const detail = (await call('GET', `/api/providers/${ids[EASYPOS]}`)).json<ProviderDetail>();
    expect(detail.currentFeeSchedule).toEqual(created);
  });

  it('numbers each provider on its own', async () => {
    const response = await call('POST', '/api/console/provider/fee-schedules', bankAdmin, SCHEDULE);
    expect(response.json().version).toBe(2);
    const ruitong = (await call('GET', '/api/console/provider/fee-schedules', payAdmin)).json<FeeScheduleListResponse>();
    expect(ruitong.items.map((item) => item.version)).toEqual([1]);
  });

  it('gives concurrent publications distinct, consecutive versions', async () => {
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, i) => call('POST', '/api/console/provider/fee-schedules', payAdmin, { ...SCHEDULE, notes: `并发 ${i}` })),
    );
    expect(responses.map((response) => response.statusCode)).toEqual(Array(6).fill(201));
    expect(responses.map((response) => response.json().version).sort()).toEqual([2, 3, 4, 5, 6, 7]);
    const stored = await t.prisma.feeSchedule.findMany({ where: { providerId: ids[RUITONG] }, select: { version: true } });
    expect(stored.map((row) => row.version).sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  const rate = SCHEDULE.rates[1]!;
  it.each([
    ['no rates', { rates: [] }, 'rates', 'arrayMinSize'],
    ['a repeated channel', { rates: [rate, { ...rate, rateBps: 10 }] }, 'rates', 'arrayUnique'],
    ['an unknown channel', { rates: [{ ...rate, channel: 'CASH' }] }, 'rates.0.channel', 'isIn'],
    ['a rate above 10 %', { rates: [{ ...rate, rateBps: 1001 }] }, 'rates.0.rateBps', 'max'],
    ['a negative rate', { rates: [{ ...rate, rateBps: -1 }] }, 'rates.0.rateBps', 'min'],
    ['a fractional rate', { rates: [{ ...rate, rateBps: 38.5 }] }, 'rates.0.rateBps', 'isInt'],
    ['a cap of 0', { rates: [{ ...rate, capFen: 0 }] }, 'rates.0.capFen', 'min'],
    ['a cap above ¥1,000', { rates: [{ ...rate, capFen: 100_001 }] }, 'rates.0.capFen', 'max'],
    ['a negative monthly fee', { monthlyFeeFen: -100 }, 'monthlyFeeFen', 'min'],
    ['a fractional device fee', { deviceFeeFen: 1.5 }, 'deviceFeeFen', 'isInt'],
    ['a device fee as a string', { deviceFeeFen: '500' }, 'deviceFeeFen', 'isInt'],
    ['a version chosen by the caller', { version: 1 }, 'version', 'whitelistValidation'],
    ['rates that are not a list', { rates: { channel: 'DEBIT_CARD' } }, 'rates', 'isArray'],
  ])('refuses %s', async (_label, change, field, code) => {
    const before = await t.prisma.feeSchedule.count();
    expectFieldError(await call('POST', '/api/console/provider/fee-schedules', bankAdmin, { ...SCHEDULE, ...change }), field, code);
    expect(await t.prisma.feeSchedule.count()).toBe(before);
  });

  it('accepts a rate without a cap field as uncapped', async () => {
    const response = await call('POST', '/api/console/provider/fee-schedules', bankAdmin, { ...SCHEDULE, rates: [{ channel: 'ALIPAY', rateBps: 0 }] });
    expect(response.statusCode).toBe(201);
    expect(response.json().rates).toEqual([{ channel: 'ALIPAY', rateBps: 0, capFen: null }]);
  });
});

describe('PUT /api/console/provider/document-requirements', () => {
  it("replaces the own list and leaves other providers' lists alone", async () => {
    const bankBefore = await t.prisma.documentRequirement.findMany({ where: { providerId: ids[DONGFANG] }, orderBy: { documentType: 'asc' } });
    const response = await call('PUT', '/api/console/provider/document-requirements', payAdmin, REQUIREMENTS);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().items).toEqual(REQUIREMENTS.items);

    const detail = (await call('GET', `/api/providers/${ids[RUITONG]}`)).json<ProviderDetail>();
    expect(detail.documentRequirements).toEqual(REQUIREMENTS.items);
    expect(await t.prisma.documentRequirement.findMany({ where: { providerId: ids[DONGFANG] }, orderBy: { documentType: 'asc' } })).toEqual(bankBefore);
    expect(await t.prisma.auditEvent.count({ where: { entityId: ids[RUITONG], action: 'DOCUMENT_REQUIREMENTS_UPDATED' } })).toBe(1);
  });

  it.each([
    ['without the business licence', { items: REQUIREMENTS.items.slice(1) }, 'items', 'businessLicenceRequired'],
    ['with the business licence optional', { items: [{ ...REQUIREMENTS.items[0], required: false }, ...REQUIREMENTS.items.slice(1)] }, 'items', 'businessLicenceRequired'],
    ['with a document type twice', { items: [...REQUIREMENTS.items, { ...REQUIREMENTS.items[1], required: false }] }, 'items', 'arrayUnique'],
    ['with an unknown document type', { items: [...REQUIREMENTS.items, { documentType: 'PASSPORT', required: true, note: '', noteEn: '' }] }, 'items.4.documentType', 'isIn'],
    ['with "required" as a string', { items: [{ ...REQUIREMENTS.items[0], required: 'yes' }] }, 'items.0.required', 'isBoolean'],
    ['empty', { items: [] }, 'items', 'arrayMinSize'],
  ])('refuses a list %s and keeps the old one', async (_label, body, field, code) => {
    const before = await t.prisma.documentRequirement.findMany({ where: { providerId: ids[RUITONG] }, orderBy: { documentType: 'asc' } });
    expectFieldError(await call('PUT', '/api/console/provider/document-requirements', payAdmin, body), field, code);
    expect(await t.prisma.documentRequirement.findMany({ where: { providerId: ids[RUITONG] }, orderBy: { documentType: 'asc' } })).toEqual(before);
  });
});

describe('PUT /api/console/provider/terminal-models', () => {
  it('withdraws models no longer listed instead of deleting them, and the catalog follows', async () => {
    const bankBefore = await t.prisma.terminalModel.findMany({ where: { providerId: ids[DONGFANG] }, orderBy: { name: 'asc' } });
    const response = await call('PUT', '/api/console/provider/terminal-models', easyAdmin, MODELS);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().items).toEqual(MODELS.items.map((item) => ({ ...item, id: expect.any(String), inspectionIntervalDays: null })));

    const stored = await t.prisma.terminalModel.findMany({ where: { providerId: ids[EASYPOS] }, orderBy: { name: 'asc' } });
    expect(stored.map((model) => [model.name, model.active, model.monthlyRentFen])).toEqual([
      ['易装码盒 E2', false, 500],
      ['百富 A920', true, 2200],
      ['百富 A920 Pro', true, 2800],
      ['百富 S90', false, 1500],
    ]);
    expect(await t.prisma.terminalModel.findMany({ where: { providerId: ids[DONGFANG] }, orderBy: { name: 'asc' } })).toEqual(bankBefore);

    const qrBox = (await call('GET', '/api/providers?terminalType=QR_BOX')).json<ProviderListResponse>();
    expect(qrBox.items.map((item) => item.name)).not.toContain(EASYPOS);
    const detail = (await call('GET', `/api/providers/${ids[EASYPOS]}`)).json<ProviderDetail>();
    expect(detail.terminalTypes).toEqual(['SMART_POS']);
  });

  it('offers a withdrawn model again, keeping its id', async () => {
    const withdrawn = await t.prisma.terminalModel.findFirstOrThrow({ where: { providerId: ids[EASYPOS], name: '易装码盒 E2' } });
    const response = await call('PUT', '/api/console/provider/terminal-models', easyAdmin, {
      items: [{ type: 'QR_BOX', name: '易装码盒 E2', priceFen: 4900, depositFen: null, monthlyRentFen: null }],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toEqual([{ id: withdrawn.id, type: 'QR_BOX', name: '易装码盒 E2', priceFen: 4900, depositFen: null, monthlyRentFen: null, inspectionIntervalDays: null }]);
    expect(await t.prisma.terminalModel.count({ where: { providerId: ids[EASYPOS], active: true } })).toBe(1);
  });

  const model = MODELS.items[0]!;
  it.each([
    ['a repeated name', { items: [model, { ...model, monthlyRentFen: 1 }] }, 'items', 'arrayUnique'],
    ['an unknown type', { items: [{ ...model, type: 'MPOS' }] }, 'items.0.type', 'isIn'],
    ['a negative price', { items: [{ ...model, priceFen: -1 }] }, 'items.0.priceFen', 'min'],
    ['a fractional deposit', { items: [{ ...model, depositFen: 99.5 }] }, 'items.0.depositFen', 'isInt'],
    ['an inspection interval under a week', { items: [{ ...model, inspectionIntervalDays: 3 }] }, 'items.0.inspectionIntervalDays', 'min'],
    ['a blank name', { items: [{ ...model, name: ' ' }] }, 'items.0.name', 'isNotEmpty'],
    ['no models', { items: [] }, 'items', 'arrayMinSize'],
    ['a client-chosen id', { items: [{ ...model, id: '00000000-0000-4000-8000-000000000000' }] }, 'items.0.id', 'whitelistValidation'],
  ])('refuses %s', async (_label, body, field, code) => {
    expectFieldError(await call('PUT', '/api/console/provider/terminal-models', easyAdmin, body), field, code);
  });
});
