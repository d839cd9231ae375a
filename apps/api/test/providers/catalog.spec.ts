import { ErrorCode, type ProviderCompareResponse, type ProviderDetail, type ProviderListResponse } from '@pos/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { DONGFANG, EASYPOS, expectFieldError, providerIds, RUITONG } from './support.js';

let t: TestApp;
let ids: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  ids = await providerIds(t);
});
afterAll(async () => t?.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });
const names = (body: { items: { name: string }[] }) => body.items.map((item) => item.name);

describe('GET /api/providers', () => {
  it('lists the three demo providers without a token, by name, with kinds and their current fee schedules', async () => {
    const response = await get('/api/providers');
    expect(response.statusCode).toBe(200);
    const body = response.json<ProviderListResponse>();
    expect(new Set(names(body))).toEqual(new Set([DONGFANG, RUITONG, EASYPOS]));
    // By name in the database's collation, so the order does not depend on how JavaScript compares Chinese text.
    const byDatabase = await t.prisma.provider.findMany({ orderBy: { name: 'asc' }, select: { name: true } });
    expect(names(body)).toEqual(byDatabase.map((row) => row.name));

    const byName = Object.fromEntries(body.items.map((item) => [item.name, item]));
    expect(byName[DONGFANG]).toMatchObject({ kind: 'BANK', settlementCycle: 'T1', terminalTypes: ['TRADITIONAL_POS', 'SMART_POS'] });
    expect(byName[RUITONG]).toMatchObject({ kind: 'THIRD_PARTY_PAYMENT', settlementCycle: 'D0', terminalTypes: ['SMART_POS', 'QR_BOX'] });
    expect(byName[EASYPOS]).toMatchObject({ kind: 'POS_SERVICE_PROVIDER', terminalTypes: ['TRADITIONAL_POS', 'SMART_POS', 'QR_BOX'] });

    expect(byName[DONGFANG]!.currentFeeSchedule).toMatchObject({ version: 1, monthlyFeeFen: 0, deviceFeeFen: 0 });
    expect(byName[DONGFANG]!.currentFeeSchedule.rates).toEqual([
      { channel: 'DEBIT_CARD', rateBps: 50, capFen: 2500 },
      { channel: 'CREDIT_CARD', rateBps: 60, capFen: null },
      { channel: 'WECHAT_PAY', rateBps: 38, capFen: null },
      { channel: 'ALIPAY', rateBps: 38, capFen: null },
      { channel: 'UNIONPAY_QUICKPASS', rateBps: 38, capFen: null },
    ]);
    expect(byName[EASYPOS]!.currentFeeSchedule).toMatchObject({ version: 1, deviceFeeFen: 1500 });
    expect(byName[EASYPOS]!.currentFeeSchedule.rates[0]).toEqual({ channel: 'DEBIT_CARD', rateBps: 53, capFen: 2000 });
    expect(byName[RUITONG]!.currentFeeSchedule.rates[0]).toEqual({ channel: 'DEBIT_CARD', rateBps: 55, capFen: 2000 });
    // A summary is not a detail: admin-only review rules never reach the public list.
    expect(response.body).not.toContain('secondApproval');
  });

  it.each([
    ['region=440000', [RUITONG, EASYPOS]],
    ['region=110000', [DONGFANG, RUITONG]],
    ['region=540000', []],
    ['terminalType=QR_BOX', [RUITONG, EASYPOS]],
    ['terminalType=TRADITIONAL_POS', [DONGFANG, EASYPOS]],
    ['kind=BANK', [DONGFANG]],
    ['kind=POS_SERVICE_PROVIDER', [EASYPOS]],
    ['region=440000&terminalType=TRADITIONAL_POS', [EASYPOS]],
    ['region=310000&kind=THIRD_PARTY_PAYMENT&terminalType=SMART_POS', [RUITONG]],
  ])('narrows by %s', async (query, expected) => {
    const response = await get(`/api/providers?${query}`);
    expect(response.statusCode).toBe(200);
    expect(new Set(names(response.json()))).toEqual(new Set(expected));
  });

  it('treats empty filter parameters as no filter', async () => {
    const response = await get('/api/providers?region=&kind=&terminalType=');
    expect(response.statusCode).toBe(200);
    expect(response.json<ProviderListResponse>().items).toHaveLength(3);
  });

  it.each([
    ['region=999999', 'region', 'isRegion'],
    ['region=44', 'region', 'isRegion'],
    ['kind=BANKS', 'kind', 'isIn'],
    ['terminalType=MPOS', 'terminalType', 'isIn'],
    ['page=2', 'page', 'whitelistValidation'],
  ])('refuses %s with a field error', async (query, field, code) => {
    expectFieldError(await get(`/api/providers?${query}`), field, code);
  });

  it('hides suspended providers and those offering the type only in a withdrawn model', async () => {
    await t.prisma.provider.update({ where: { id: ids[DONGFANG] }, data: { status: 'SUSPENDED' } });
    await t.prisma.terminalModel.updateMany({ where: { providerId: ids[RUITONG], type: 'QR_BOX' }, data: { active: false } });
    try {
      expect(new Set(names((await get('/api/providers')).json()))).toEqual(new Set([RUITONG, EASYPOS]));
      expect(names((await get('/api/providers?terminalType=QR_BOX')).json())).toEqual([EASYPOS]);
      const ruitong = (await get(`/api/providers/${ids[RUITONG]}`)).json<ProviderDetail>();
      expect(ruitong.terminalTypes).toEqual(['SMART_POS']);
      expect(ruitong.terminalModels.map((m) => m.name)).toEqual(['商米 P2']);
    } finally {
      await t.prisma.provider.update({ where: { id: ids[DONGFANG] }, data: { status: 'ACTIVE' } });
      await t.prisma.terminalModel.updateMany({ where: { providerId: ids[RUITONG] }, data: { active: true } });
    }
  });
});

describe('GET /api/providers/:id', () => {
  it('shows one provider with licence, models, document requirements and quality counts', async () => {
    const response = await get(`/api/providers/${ids[EASYPOS]}`);
    expect(response.statusCode).toBe(200);
    const body = response.json<ProviderDetail>();
    expect(body).toMatchObject({ id: ids[EASYPOS], name: EASYPOS, licenceNumber: 'ISO-2025-0417', contactPhone: '400-600-3300', reviewSlaBusinessDays: 2 });
    expect(body.terminalModels).toEqual([
      expect.objectContaining({ type: 'TRADITIONAL_POS', name: '百富 S90', monthlyRentFen: 1500, priceFen: null, depositFen: null }),
      expect.objectContaining({ type: 'SMART_POS', name: '百富 A920', monthlyRentFen: 2500 }),
      expect.objectContaining({ type: 'QR_BOX', name: '易装码盒 E2', monthlyRentFen: 500 }),
    ]);
    expect(body.documentRequirements.map((d) => d.documentType)).toEqual([
      'BUSINESS_LICENCE',
      'TAX_REGISTRATION',
      'LEGAL_REP_ID_FRONT',
      'LEGAL_REP_ID_BACK',
      'SETTLEMENT_ACCOUNT_PROOF',
      'STOREFRONT_PHOTO',
    ]);
    expect(body.documentRequirements.find((d) => d.documentType === 'TAX_REGISTRATION')?.required).toBe(false);
    expect(body.quality).toEqual({
      medianReviewDays: null,
      approvalRatePercent: null,
      decidedApplicationCount: 0,
      medianFirstResponseMinutes: null,
      medianResolutionMinutes: null,
      resolvedTicketCount: 0,
      averageRating: null,
      ratingCount: 0,
    });
    expect(body).not.toHaveProperty('secondApprovalMccs');
  });

  it('answers 404 for an unknown id, a non-UUID and a suspended provider alike', async () => {
    const unknown = await get('/api/providers/00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe(ErrorCode.NOT_FOUND);
    expect((await get('/api/providers/not-a-uuid')).statusCode).toBe(404);

    await t.prisma.provider.update({ where: { id: ids[RUITONG] }, data: { status: 'SUSPENDED' } });
    try {
      const suspended = await get(`/api/providers/${ids[RUITONG]}`);
      expect(suspended.statusCode).toBe(404);
      expect(suspended.json()).toEqual(unknown.json());
    } finally {
      await t.prisma.provider.update({ where: { id: ids[RUITONG] }, data: { status: 'ACTIVE' } });
    }
  });
});

describe('GET /api/providers/compare', () => {
  it('returns the providers in the order asked for', async () => {
    const asked = [ids[EASYPOS]!, ids[DONGFANG]!, ids[RUITONG]!];
    const response = await get(`/api/providers/compare?ids=${asked.join(',')}`);
    expect(response.statusCode).toBe(200);
    const body = response.json<ProviderCompareResponse>();
    expect(body.items.map((item) => item.id)).toEqual(asked);
    expect(body.items[0]!.terminalModels.length).toBe(3);
    expect(body.items[1]!.documentRequirements.length).toBe(7);

    const reversed = await get(`/api/providers/compare?ids=${[...asked].reverse().join(',')}`);
    expect(reversed.json<ProviderCompareResponse>().items.map((item) => item.id)).toEqual([...asked].reverse());
  });

  it.each([
    ['one id', () => `ids=${ids[DONGFANG]}`],
    ['five ids', () => `ids=${[ids[DONGFANG], ids[RUITONG], ids[EASYPOS], '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'].join(',')}`],
    ['a repeated id', () => `ids=${ids[DONGFANG]},${ids[DONGFANG]!.toUpperCase()}`],
    ['a non-UUID', () => `ids=${ids[DONGFANG]},abc`],
    ['no ids', () => 'ids='],
    ['no query at all', () => ''],
  ])('refuses %s with a field error on ids', async (_label, query) => {
    expectFieldError(await get(`/api/providers/compare?${query()}`), 'ids');
  });

  it('answers 404 when any id is unknown or suspended', async () => {
    expect((await get(`/api/providers/compare?ids=${ids[DONGFANG]},00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);
    await t.prisma.provider.update({ where: { id: ids[EASYPOS] }, data: { status: 'SUSPENDED' } });
    try {
      expect((await get(`/api/providers/compare?ids=${ids[DONGFANG]},${ids[EASYPOS]}`)).statusCode).toBe(404);
    } finally {
      await t.prisma.provider.update({ where: { id: ids[EASYPOS] }, data: { status: 'ACTIVE' } });
    }
  });
});

describe('OpenAPI', () => {
  it('describes the marketplace and console endpoints with their request bodies', async () => {
    const response = await get('/api/docs/openapi.json');
    expect(response.statusCode).toBe(200);
    const doc = response.json<{ paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, { properties?: Record<string, unknown> }> } }>();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/providers',
        '/api/providers/compare',
        '/api/providers/{id}',
        '/api/providers/fee-estimate',
        '/api/console/provider/profile',
        '/api/console/provider/fee-schedules',
        '/api/console/provider/document-requirements',
        '/api/console/provider/terminal-models',
      ]),
    );
    expect(Object.keys(doc.components.schemas.FeeEstimateDto!.properties!)).toEqual(['providerIds', 'volumes', 'terminalCount']);
    expect(Object.keys(doc.components.schemas.FeeRateDto!.properties!)).toEqual(['channel', 'rateBps', 'capFen']);
  });
});
